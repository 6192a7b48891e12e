package vn.mohinh.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The year's evaluation and commendation list: each evaluated model with its score per criterion,
 * the total and the proposed and approved commendation level.
 *
 * @param criteria the evaluation criteria, in column order
 * @param signature the signature block, or null
 */
public record CommendationList(
    Issuer issuer,
    int year,
    LocalDate issuedOn,
    List<Criterion> criteria,
    List<Row> rows,
    Signature signature,
    List<String> recipients) {

  public CommendationList {
    if (issuer == null || issuedOn == null) {
      throw new IllegalArgumentException("issuer and issuedOn are required");
    }
    criteria = criteria == null ? List.of() : List.copyOf(criteria);
    rows = rows == null ? List.of() : List.copyOf(rows);
    recipients = recipients == null ? List.of() : List.copyOf(recipients);
    for (Row row : rows) {
      if (row.scores().size() != criteria.size()) {
        throw new IllegalArgumentException(
            "Row '" + row.modelName() + "' has " + row.scores().size() + " scores for " + criteria.size() + " criteria");
      }
    }
  }

  /**
   * An evaluation criterion.
   *
   * @param name its name ("Thiết thực", "Hiệu quả", …)
   * @param maxScore the highest score, printed under the name; null when not shown
   */
  public record Criterion(String name, BigDecimal maxScore) {}

  /**
   * An evaluated model.
   *
   * @param scores one score per criterion (null: not scored)
   * @param total the total score (null: not scored)
   * @param proposedLevel the commendation level the decision table proposed
   * @param approvedLevel the level the standing committee approved (empty until approved)
   */
  public record Row(
      String unitName,
      String modelName,
      List<BigDecimal> scores,
      BigDecimal total,
      String proposedLevel,
      String approvedLevel,
      String note) {

    public Row {
      scores = scores == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(scores));
    }
  }
}
