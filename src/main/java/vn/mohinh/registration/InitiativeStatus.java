package vn.mohinh.registration;

/** Where a model's plan stands in the registration. */
public enum InitiativeStatus {
  /** The task to write it is open; nothing submitted yet. */
  DRAFT("Chưa nộp kế hoạch"),
  /** Written; waits for the committee (a cell's plan) or the bloc (a base cell's plan). */
  SUBMITTED("Đã nộp, chờ duyệt"),
  /** Returned for revision, by the committee or the bloc; the unit revises it. */
  RETURNED("Bị trả lại, đang sửa"),
  /** Approved by the committee (a committee's own plan is approved by writing it); waits for the bloc. */
  APPROVED("Đảng ủy cơ sở đã duyệt, chờ Khối tiếp nhận"),
  /** Accepted by the bloc with the base unit's submission. */
  ACCEPTED("Đã được Khối tiếp nhận");

  private final String label;

  InitiativeStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
