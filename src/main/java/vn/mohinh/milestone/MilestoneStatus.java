package vn.mohinh.milestone;

/** Where a milestone review stands. */
public enum MilestoneStatus {
  /** The units report; the reviewing office may compile once every unit reported or the due date passed. */
  COLLECTING("Các đơn vị đang báo cáo"),
  /** The bloc's report waits for the standing committee. */
  AWAITING_APPROVAL("Chờ Ban Thường vụ phê duyệt"),
  /** Approved. */
  APPROVED("Đã phê duyệt");

  private final String label;

  MilestoneStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
