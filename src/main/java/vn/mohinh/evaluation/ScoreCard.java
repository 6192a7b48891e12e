package vn.mohinh.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scores of a report per criterion and their weighted total on a 0–100 scale:
 * {@code 100 × Σ(weight × score / scaleMax) / Σ weight}, rounded to two decimals (half up).
 */
public record ScoreCard(List<Criterion> criteria, Map<String, BigDecimal> scores) {

  public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public ScoreCard {
    criteria = List.copyOf(criteria);
    scores = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(scores));
    for (Criterion c : criteria) {
      if (!scores.containsKey(c.key())) {
        throw new IllegalArgumentException("No score for criterion " + c.key());
      }
    }
  }

  public BigDecimal score(String key) {
    return scores.get(key);
  }

  public BigDecimal total() {
    BigDecimal weighted = BigDecimal.ZERO;
    BigDecimal weights = BigDecimal.ZERO;
    for (Criterion c : criteria) {
      weighted = weighted.add(c.weight().multiply(scores.get(c.key())).divide(c.scaleMax(), 10, RoundingMode.HALF_UP));
      weights = weights.add(c.weight());
    }
    return weighted.multiply(HUNDRED).divide(weights, 2, RoundingMode.HALF_UP);
  }
}
