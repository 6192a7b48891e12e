package vn.mohinh.registration;

import static vn.mohinh.registration.InitiativeRepository.instant;
import static vn.mohinh.registration.InitiativeRepository.odt;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.mohinh.platform.InvalidInputException;

/** The open tasks of the registration ({@code mh_registration_task}) and who did what ({@code mh_registration_event}). */
@Repository
public class RegistrationLog {

  /** What happened, as stored in {@code mh_registration_event.action}. */
  public enum Action {
    PLAN_SUBMITTED,
    PLAN_RESUBMITTED,
    PLAN_APPROVED,
    PLAN_RETURNED,
    REVISION_REQUESTED,
    SUBMISSION_SENT,
    SUBMISSION_ACCEPTED,
    SUBMISSION_RETURNED
  }

  /** An entry of the audit trail. */
  public record Event(
      int year, String unitCode, String initiativeId, String submissionId, Action action, String actor, String comment,
      Instant at) {}

  private final JdbcClient jdbc;

  public RegistrationLog(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Records (or, when the engine re-creates the task, replaces) an open task. */
  public void openTask(RegistrationTask task, Instant at) {
    jdbc.sql("delete from mh_registration_task where task_id = ?").param(task.taskId()).update();
    jdbc.sql(
            "insert into mh_registration_task (task_id, kind, cycle_year, unit_code, initiative_id, created_at) values (?, ?, ?, ?, ?, ?)")
        .params(task.taskId(), task.kind().name(), task.year(), task.unitCode(), task.initiativeId(), odt(at))
        .update();
  }

  public Optional<RegistrationTask> findTask(String taskId) {
    return jdbc.sql("select task_id, kind, cycle_year, unit_code, initiative_id from mh_registration_task where task_id = ?")
        .param(taskId)
        .query(
            (rs, n) ->
                new RegistrationTask(
                    rs.getString("task_id"),
                    RegistrationTask.Kind.valueOf(rs.getString("kind")),
                    rs.getInt("cycle_year"),
                    rs.getString("unit_code"),
                    rs.getString("initiative_id")))
        .optional();
  }

  /** The open task, which must be of the expected kind. */
  public RegistrationTask requireTask(String taskId, RegistrationTask.Kind kind) {
    RegistrationTask task =
        findTask(taskId).orElseThrow(() -> new InvalidInputException("Công việc " + taskId + " không còn mở hoặc không thuộc đăng ký mô hình"));
    if (task.kind() != kind) {
      throw new IllegalStateException("Task " + taskId + " is a " + task.kind() + ", not a " + kind);
    }
    return task;
  }

  public void closeTask(String taskId) {
    jdbc.sql("delete from mh_registration_task where task_id = ?").param(taskId).update();
  }

  public void record(Event e) {
    jdbc.sql(
            "insert into mh_registration_event (cycle_year, unit_code, initiative_id, submission_id, action, actor, comment, occurred_at) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(e.year(), e.unitCode(), e.initiativeId(), e.submissionId(), e.action().name(), e.actor(), e.comment(), odt(e.at()))
        .update();
  }

  public List<Event> eventsOfInitiative(String initiativeId) {
    return jdbc.sql(
            "select cycle_year, unit_code, initiative_id, submission_id, action, actor, comment, occurred_at from mh_registration_event "
                + "where initiative_id = ? order by id")
        .param(initiativeId)
        .query(
            (rs, n) ->
                new Event(
                    rs.getInt("cycle_year"), rs.getString("unit_code"), rs.getString("initiative_id"), rs.getString("submission_id"),
                    Action.valueOf(rs.getString("action")), rs.getString("actor"), rs.getString("comment"),
                    instant(rs, "occurred_at")))
        .list();
  }

  public List<Event> eventsOfUnit(int year, String unitCode) {
    return jdbc.sql(
            "select cycle_year, unit_code, initiative_id, submission_id, action, actor, comment, occurred_at from mh_registration_event "
                + "where cycle_year = ? and unit_code = ? order by id")
        .params(year, unitCode)
        .query(
            (rs, n) ->
                new Event(
                    rs.getInt("cycle_year"), rs.getString("unit_code"), rs.getString("initiative_id"), rs.getString("submission_id"),
                    Action.valueOf(rs.getString("action")), rs.getString("actor"), rs.getString("comment"),
                    instant(rs, "occurred_at")))
        .list();
  }
}
