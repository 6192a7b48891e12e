package vn.mohinh.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.mohinh.platform.InvalidInputException;
import vn.mohinh.report.Markdown;
import vn.mohinh.report.ReportForm;

/**
 * The evaluation form ({@code forms/evaluate-report.form}): one number field per configured
 * criterion ({@code evaluationScore1} … {@code evaluationScore8}, labelled and bounded by the
 * task-local {@code evaluationScore<i>n</i>Label} / {@code …Max}, hidden when the slot is unused) and a
 * comment. Pre-fills it and checks what comes back.
 */
public final class EvaluationForm {

  public static final String COMMENT = "evaluationComment";
  public static final int COMMENT_LIMIT = 4000;

  private EvaluationForm() {}

  /** "evaluationScore3" */
  public static String scoreKey(int slot) {
    return "evaluationScore" + slot;
  }

  /** Every submitted key of the form. */
  public static List<String> keys() {
    List<String> keys = new ArrayList<>();
    for (int slot = 1; slot <= EvaluationProperties.MAX_CRITERIA; slot++) {
      keys.add(scoreKey(slot));
    }
    keys.add(COMMENT);
    return keys;
  }

  /**
   * The form's fields and the labels and bounds of the score slots; {@code scores} pre-fills them
   * (a re-evaluation), may be empty.
   */
  public static Map<String, Object> fields(List<Criterion> criteria, Map<String, BigDecimal> scores, String comment) {
    boolean equalWeights = criteria.stream().map(c -> c.weight().stripTrailingZeros()).distinct().count() <= 1;
    Map<String, Object> fields = new LinkedHashMap<>();
    for (int slot = 1; slot <= EvaluationProperties.MAX_CRITERIA; slot++) {
      Criterion c = slot <= criteria.size() ? criteria.get(slot - 1) : null;
      BigDecimal score = c == null ? null : scores.get(c.key());
      fields.put(scoreKey(slot), score == null ? null : score.doubleValue());
      fields.put(scoreKey(slot) + "Label", c == null ? null : label(slot, c, equalWeights));
      fields.put(scoreKey(slot) + "Max", c == null ? null : c.scaleMax().doubleValue());
    }
    fields.put(COMMENT, comment);
    return fields;
  }

  /** "1. Thiết thực (0–10 điểm)", with the weight when the weights differ. */
  static String label(int slot, Criterion c, boolean equalWeights) {
    return slot + ". " + c.label() + " (0–" + Markdown.number(c.scaleMax()) + " điểm"
        + (equalWeights ? "" : ", hệ số " + Markdown.number(c.weight())) + ")";
  }

  /** A checked submission: the scores per criterion and the comment. */
  public record Submitted(ScoreCard card, String comment) {}

  /** Checks every field at once; the message names each problem. */
  public static Submitted parse(Map<String, Object> values, List<Criterion> criteria) {
    List<String> problems = new ArrayList<>();
    Map<String, BigDecimal> scores = new LinkedHashMap<>();
    for (int slot = 1; slot <= EvaluationProperties.MAX_CRITERIA; slot++) {
      Object value = values.get(scoreKey(slot));
      if (slot > criteria.size()) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
          problems.add("Không có tiêu chí thứ " + slot + " để chấm");
        }
        continue;
      }
      Criterion c = criteria.get(slot - 1);
      String label = "Điểm “" + c.label() + "”";
      BigDecimal score = ReportForm.number(value, label, problems);
      if (score == null) {
        if (problems.stream().noneMatch(p -> p.startsWith(label))) {
          problems.add("Chưa chấm điểm “" + c.label() + "”");
        }
        continue;
      }
      if (score.signum() < 0 || score.compareTo(c.scaleMax()) > 0) {
        problems.add(label + " phải từ 0 đến " + Markdown.number(c.scaleMax()));
      } else if (score.stripTrailingZeros().scale() > 2) {
        problems.add(label + " chỉ được có tối đa hai chữ số thập phân");
      } else {
        scores.put(c.key(), score);
      }
    }
    String comment = ReportForm.text(values.get(COMMENT));
    if (comment == null) {
      problems.add("Chưa nhập nhận xét, đánh giá");
    } else if (comment.length() > COMMENT_LIMIT) {
      problems.add("Nhận xét dài quá " + COMMENT_LIMIT + " ký tự");
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new Submitted(new ScoreCard(criteria, scores), comment);
  }
}
