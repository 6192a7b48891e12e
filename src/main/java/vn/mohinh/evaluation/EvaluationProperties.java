package vn.mohinh.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the evaluation ({@code mohinh.evaluation}).
 *
 * @param criteria the criteria a report is scored on, in the order of the form (at most
 *     {@link #MAX_CRITERIA}: the evaluation form has that many score fields); default: thiết thực,
 *     hiệu quả, sáng tạo, sức lan tỏa, khả năng nhân rộng, each 0–10, equal weights
 * @param dueAfterDays the reviewing office's evaluation tasks are due this many days after the
 *     report collection closes
 */
@ConfigurationProperties("mohinh.evaluation")
public record EvaluationProperties(List<Criterion> criteria, Integer dueAfterDays) {

  /** How many score fields {@code forms/evaluate-report.form} has. */
  public static final int MAX_CRITERIA = 8;

  public static final List<Criterion> DEFAULT_CRITERIA =
      List.of(
          criterion("PRACTICAL", "Thiết thực"),
          criterion("EFFECTIVE", "Hiệu quả"),
          criterion("CREATIVE", "Sáng tạo"),
          criterion("SPREADING", "Sức lan tỏa"),
          criterion("REPLICABLE", "Khả năng nhân rộng"));

  public EvaluationProperties {
    criteria = criteria == null || criteria.isEmpty() ? DEFAULT_CRITERIA : List.copyOf(criteria);
    dueAfterDays = dueAfterDays == null || dueAfterDays < 0 ? 15 : dueAfterDays;
    List<String> problems = new ArrayList<>();
    if (criteria.size() > MAX_CRITERIA) {
      problems.add("at most " + MAX_CRITERIA + " criteria (the evaluation form has " + MAX_CRITERIA + " score fields)");
    }
    Set<String> keys = new HashSet<>();
    for (Criterion c : criteria) {
      if (c.key() == null || !c.key().matches("[A-Z][A-Z0-9_]{0,63}")) {
        problems.add("criterion key '" + c.key() + "' must be upper-case letters, digits and '_'");
      } else if (!keys.add(c.key())) {
        problems.add("criterion key '" + c.key() + "' is used twice");
      }
      if (c.label() == null || c.label().isBlank()) {
        problems.add("criterion '" + c.key() + "' has no label");
      }
      if (c.weight() == null || c.weight().signum() <= 0) {
        problems.add("criterion '" + c.key() + "' needs a positive weight");
      }
      if (c.scaleMax() == null || c.scaleMax().signum() <= 0) {
        problems.add("criterion '" + c.key() + "' needs a positive scale-max");
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("mohinh.evaluation.criteria: " + String.join("; ", problems));
    }
  }

  public static EvaluationProperties defaults() {
    return new EvaluationProperties(null, null);
  }

  public Optional<Criterion> criterion(String key) {
    return criteria.stream().filter(c -> c.key().equals(key)).findFirst();
  }

  private static Criterion criterion(String key, String label) {
    return new Criterion(key, label, BigDecimal.ONE, BigDecimal.TEN);
  }
}
