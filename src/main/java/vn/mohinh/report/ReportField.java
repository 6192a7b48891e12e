package vn.mohinh.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The text sections of a result report as mẫu 03 asks them, with the key of the matching field of
 * {@code forms/write-report.form}. Keys start with {@code report} so they never collide with a
 * process variable. The figures compared with before are {@link #INDICATOR_ROWS} rows of
 * {@link #indicatorKey(int, String) reportIndicator<i>n</i>Name/Unit/Before/After}.
 */
public enum ReportField {
  SITUATION("reportSituation", "I. Đặc điểm tình hình trước khi xây dựng mô hình", true),
  NECESSITY("reportNecessity", "I. Sự cần thiết phải xây dựng mô hình", true),
  RELATED_DOCUMENTS("reportRelatedDocuments", "II.1. Văn bản có liên quan", true),
  BASIC_CONTENT("reportBasicContent", "II.1. Nội dung cơ bản của mô hình học tập và làm theo Bác", true),
  LEADERSHIP(
      "reportLeadership",
      "II.1. Sự lãnh đạo, chỉ đạo của cấp ủy, lãnh đạo cơ quan, đơn vị, doanh nghiệp",
      true),
  INITIATIVES("reportInitiatives", "II.2. Sáng kiến, cách làm hay, giải pháp thiết thực", true),
  EFFECTIVENESS(
      "reportEffectiveness",
      "II.2. Hiệu quả thiết thực mang lại (có số liệu so sánh, chứng minh cụ thể)",
      true),
  LESSONS("reportLessons", "II.2. Kinh nghiệm rút ra", false),
  SHORTCOMINGS("reportShortcomings", "II.2. Những hạn chế cần khắc phục", false),
  REPLICATION_SCOPE("reportReplicationScope", "II.3. Phạm vi, đối tượng nhân rộng", true),
  REPLICATION_LEADERSHIP(
      "reportReplicationLeadership",
      "II.3. Sự lãnh đạo, chỉ đạo của cấp ủy, sự phối hợp trong triển khai nhân rộng mô hình",
      true),
  NEXT_STEPS("reportNextSteps", "III. Hướng tới", true);

  /**
   * Longest text accepted in a section: what a String variable of the engine holds (Tasklist submits
   * a form's text fields as String variables). The template asks for a short report anyway.
   */
  public static final int TEXT_LIMIT = 4000;

  /** How many rows of figures the form has; the first is required. */
  public static final int INDICATOR_ROWS = 3;

  /** The parts of a row of figures. */
  public static final String NAME = "Name";

  public static final String UNIT = "Unit";
  public static final String BEFORE = "Before";
  public static final String AFTER = "After";

  private final String key;
  private final String label;
  private final boolean required;

  ReportField(String key, String label, boolean required) {
    this.key = key;
    this.label = label;
    this.required = required;
  }

  public String key() {
    return key;
  }

  public String label() {
    return label;
  }

  public boolean required() {
    return required;
  }

  /** "reportIndicator2Before" */
  public static String indicatorKey(int row, String part) {
    return "reportIndicator" + row + part;
  }

  /** Every key of the form that is submitted: the sections and the figures. */
  public static List<String> keys() {
    List<String> keys = new ArrayList<>(Arrays.stream(values()).map(ReportField::key).toList());
    for (int row = 1; row <= INDICATOR_ROWS; row++) {
      for (String part : List.of(NAME, UNIT, BEFORE, AFTER)) {
        keys.add(indicatorKey(row, part));
      }
    }
    return keys;
  }
}
