package vn.mohinh.registration;

import java.util.Arrays;
import java.util.List;

/**
 * The fields of a plan as mẫu 01 asks them, with the key of the matching field of
 * {@code forms/write-plan.form}. Form keys start with {@code plan} so they never collide with a
 * process variable.
 */
public enum PlanField {
  NAME("planName", "Tên mô hình", true, 500),
  GROUP("planGroup", "Nhóm mô hình", true, 64),
  TYPE("planType", "Mô hình đang triển khai thực hiện / mô hình mới", true, 20),
  PERIOD("planPeriod", "Thời gian thực hiện", true, 255),
  SITUATION("planSituation", "I. Đặc điểm tình hình", true, PlanField.TEXT_LIMIT),
  ADVANTAGES("planAdvantages", "Thuận lợi", false, PlanField.TEXT_LIMIT),
  DIFFICULTIES("planDifficulties", "Khó khăn", false, PlanField.TEXT_LIMIT),
  PURPOSE("planPurpose", "II. Mục đích, yêu cầu", true, PlanField.TEXT_LIMIT),
  STUDY_CONTENT("planStudyContent", "III.1. Nội dung học tập Bác của mô hình", true, PlanField.TEXT_LIMIT),
  NECESSITY("planNecessity", "III.2. Sự cần thiết xây dựng mô hình", true, PlanField.TEXT_LIMIT),
  METHOD(
      "planMethod",
      "III.3. Phương pháp triển khai xây dựng và thực hiện mô hình (cách làm, thời gian thực hiện)",
      true,
      PlanField.TEXT_LIMIT),
  EFFECTIVENESS("planEffectiveness", "III.4. Hiệu quả mô hình", true, PlanField.TEXT_LIMIT),
  REPLICABILITY("planReplicability", "III.5. Tính khả thi nhân rộng mô hình", true, PlanField.TEXT_LIMIT),
  ORGANIZATION("planOrganization", "IV. Tổ chức thực hiện", true, PlanField.TEXT_LIMIT),
  /** Not part of the plan: after this one, the unit registers another model of the same year. */
  ADD_ANOTHER("planAddAnother", "Đăng ký thêm mô hình khác", false, 0);

  static final int TEXT_LIMIT = 20000;

  /** Values of {@link #TYPE}. */
  public static final String CONTINUING = "CONTINUING";

  public static final String NEW = "NEW";

  private final String key;
  private final String label;
  private final boolean required;
  private final int maxLength;

  PlanField(String key, String label, boolean required, int maxLength) {
    this.key = key;
    this.label = label;
    this.required = required;
    this.maxLength = maxLength;
  }

  public String key() {
    return key;
  }

  /** The key without its {@code plan} prefix: {@code planStudyContent} → {@code studyContent}. */
  public String shortKey() {
    return Character.toLowerCase(key.charAt(4)) + key.substring(5);
  }

  public String label() {
    return label;
  }

  public boolean required() {
    return required;
  }

  public int maxLength() {
    return maxLength;
  }

  /** The free-text sections of mẫu 01, in the template's order. */
  public static List<PlanField> sections() {
    return Arrays.stream(values()).filter(f -> f.maxLength == TEXT_LIMIT).toList();
  }

  public static List<String> keys() {
    return Arrays.stream(values()).map(PlanField::key).toList();
  }

  public static String typeLabel(Boolean continuing) {
    if (continuing == null) {
      return "";
    }
    return continuing ? "Mô hình đang triển khai thực hiện" : "Mô hình mới";
  }
}
