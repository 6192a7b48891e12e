package vn.mohinh.report;

import static vn.mohinh.report.Jdbc.instant;
import static vn.mohinh.report.Jdbc.odt;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.mohinh.platform.InvalidInputException;

/** The open tasks of the report phase ({@code mh_report_task}) and who did what to a report ({@code mh_report_event}). */
@Repository
public class ReportLog {

  /** What happened, as stored in {@code mh_report_event.action}. */
  public enum Action {
    REPORTS_OPENED,
    REPORT_SUBMITTED,
    REPORT_RESUBMITTED,
    REPORT_RETURNED,
    REPORT_RECEIVED,
    REPORT_MISSING,
    COLLECTION_CLOSED,
    REPORT_EVALUATED,
    REEVALUATION_REQUESTED,
    LIST_APPROVED,
    LIST_RETURNED,
    LIST_RESUBMITTED,
    COMMENDATIONS_RECORDED
  }

  /** An entry of the audit trail; {@code reportId} is null for what concerns the whole year. */
  public record Event(int year, String reportId, String unitCode, Action action, String actor, String comment, Instant at) {}

  private final JdbcClient jdbc;

  public ReportLog(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Records (or, when the engine re-creates the task, replaces) an open task. */
  public void openTask(ReportTask task, Instant at) {
    jdbc.sql("delete from mh_report_task where task_id = ?").param(task.taskId()).update();
    jdbc.sql("insert into mh_report_task (task_id, kind, cycle_year, unit_code, report_id, created_at) values (?, ?, ?, ?, ?, ?)")
        .params(task.taskId(), task.kind().name(), task.year(), task.unitCode(), task.reportId(), odt(at))
        .update();
  }

  public Optional<ReportTask> findTask(String taskId) {
    return jdbc.sql("select task_id, kind, cycle_year, unit_code, report_id from mh_report_task where task_id = ?")
        .param(taskId)
        .query(
            (rs, n) ->
                new ReportTask(
                    rs.getString("task_id"), ReportTask.Kind.valueOf(rs.getString("kind")), rs.getInt("cycle_year"),
                    rs.getString("unit_code"), rs.getString("report_id")))
        .optional();
  }

  /** The open task, which must be of the expected kind. */
  public ReportTask requireTask(String taskId, ReportTask.Kind kind) {
    ReportTask task =
        findTask(taskId)
            .orElseThrow(() -> new InvalidInputException("Công việc " + taskId + " không còn mở hoặc không thuộc báo cáo kết quả mô hình"));
    if (task.kind() != kind) {
      throw new IllegalStateException("Task " + taskId + " is a " + task.kind() + ", not a " + kind);
    }
    return task;
  }

  public void closeTask(String taskId) {
    jdbc.sql("delete from mh_report_task where task_id = ?").param(taskId).update();
  }

  public void record(Event e) {
    jdbc.sql(
            "insert into mh_report_event (cycle_year, report_id, unit_code, action, actor, comment, occurred_at) values (?, ?, ?, ?, ?, ?, ?)")
        .params(e.year(), e.reportId(), e.unitCode(), e.action().name(), e.actor(), e.comment(), odt(e.at()))
        .update();
  }

  public List<Event> eventsOfReport(String reportId) {
    return jdbc.sql(
            "select cycle_year, report_id, unit_code, action, actor, comment, occurred_at from mh_report_event where report_id = ? order by id")
        .param(reportId)
        .query(ReportLog::event)
        .list();
  }

  public List<Event> eventsOfYear(int year) {
    return jdbc.sql(
            "select cycle_year, report_id, unit_code, action, actor, comment, occurred_at from mh_report_event where cycle_year = ? order by id")
        .param(year)
        .query(ReportLog::event)
        .list();
  }

  private static Event event(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new Event(
        rs.getInt("cycle_year"), rs.getString("report_id"), rs.getString("unit_code"), Action.valueOf(rs.getString("action")),
        rs.getString("actor"), rs.getString("comment"), instant(rs, "occurred_at"));
  }
}
