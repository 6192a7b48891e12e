package vn.mohinh.cycle;

/**
 * The deadlines of a year. The name is the stable key of a deadline: it is stored in
 * {@code mh_deadline.kind}, used in BPMN expressions ({@code deadlineCalendar.due(year, 'CELL_PLAN')})
 * and in the unique key of reminder mails. Never rename a constant.
 */
public enum DeadlineKind {
  /** A cell (chi bộ trực thuộc) sends its plan to its committee. */
  CELL_PLAN("nộp kế hoạch thực hiện mô hình của chi bộ trực thuộc"),
  /** A base unit (committee or base cell) sends its registration to the bloc (before 25/02). */
  SUBMISSION("nộp hồ sơ đăng ký mô hình về Đảng ủy Khối"),
  /** The result reports are opened (report phase). */
  REPORT_OPENS("bắt đầu báo cáo kết quả thực hiện mô hình"),
  /** The result reports are due (before 15/12). */
  REPORT("nộp báo cáo kết quả thực hiện mô hình");

  private final String label;

  DeadlineKind(String label) {
    this.label = label;
  }

  /** How people name the deadline, as it reads after "Hạn …". */
  public String label() {
    return label;
  }

  /** How people name the deadline on its own: "Hạn nộp …", "Ngày bắt đầu báo cáo …". */
  public String title() {
    return (this == REPORT_OPENS ? "Ngày " : "Hạn ") + label;
  }

  public static DeadlineKind of(String key) {
    try {
      return valueOf(key.trim());
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("Không có loại hạn '" + key + "'");
    }
  }
}
