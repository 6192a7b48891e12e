package vn.mohinh.report;

/** Where a model's result report (mẫu 03) stands. */
public enum ReportStatus {
  /** The unit's task to write it is open; nothing sent yet. */
  OPEN("Chưa gửi báo cáo"),
  /** A cell sent it to its committee, which has not decided yet. */
  SUBMITTED("Đã gửi đảng ủy cơ sở, chờ duyệt"),
  /** Returned for revision by the committee; the cell revises it. */
  RETURNED("Bị trả lại, đang sửa"),
  /** It reached the bloc (a base unit sent it, or the committee forwarded a cell's). */
  RECEIVED("Đảng ủy Khối đã nhận"),
  /** The collection closed before it reached the bloc: "chưa báo cáo". */
  MISSING("Chưa báo cáo");

  private final String label;

  ReportStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
