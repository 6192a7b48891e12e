package vn.mohinh.report;

import java.time.Instant;

/**
 * A model's result report of a year (báo cáo kết quả, mẫu 03) as stored; the text is in {@link ReportContent}.
 *
 * @param initiativeId the model (mh_initiative) it reports on
 * @param unitCode the unit that carries the model out and writes the report
 * @param baseUnitCode the committee or base cell above it (itself for a base unit)
 * @param dueAt the deadline it was due at (15/12 by default), from the task's due date
 * @param arrivedAt when it reached the bloc; {@code onTime} whether that was by {@code dueAt}
 * @param returnCount how many times the committee returned it
 */
public record ResultReport(
    String id,
    int year,
    String initiativeId,
    String unitCode,
    String baseUnitCode,
    ReportStatus status,
    Instant dueAt,
    Instant openedAt,
    Instant submittedAt,
    String submittedBy,
    Instant arrivedAt,
    String forwardedBy,
    Boolean onTime,
    int returnCount,
    String lastComment,
    String lastReturnedBy) {

  public boolean received() {
    return status == ReportStatus.RECEIVED;
  }

  /** "Đúng hạn", "Nộp muộn" or "Chưa báo cáo" (the report's standing for the bloc). */
  public String timeliness() {
    if (status == ReportStatus.RECEIVED) {
      return Boolean.FALSE.equals(onTime) ? "Nộp muộn" : "Đúng hạn";
    }
    return status == ReportStatus.MISSING ? ReportStatus.MISSING.label() : status.label();
  }
}
