package vn.mohinh.massorganisation;

/** Where a mass organisation's mobilisation plan stands. */
public enum MobilisationPlanStatus {
  DRAFT("Chưa nộp"),
  SUBMITTED("Đã nộp, chờ tiếp nhận"),
  RETURNED("Bị trả lại, đang sửa"),
  ACCEPTED("Đã được tiếp nhận");

  private final String label;

  MobilisationPlanStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
