package vn.mohinh.inspection;

/** Where an inspection stands. */
public enum InspectionStatus {
  /** Planned; the unit was told; the team has not recorded its findings yet. */
  PLANNED("Đã lên kế hoạch"),
  /** Findings recorded; the unit must answer the recommendations. */
  AWAITING_ANSWER("Chờ đơn vị trả lời kiến nghị"),
  /** The unit answered the recommendations (on time or late: see {@code answeredOnTime}). */
  ANSWERED("Đơn vị đã trả lời kiến nghị"),
  /** Findings recorded without recommendations to answer. */
  CLOSED("Đã kết thúc"),
  /** The reviewer did not go on with it (no model chosen). */
  CANCELLED("Đã hủy");

  private final String label;

  InspectionStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
