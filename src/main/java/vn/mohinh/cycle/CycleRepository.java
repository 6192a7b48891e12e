package vn.mohinh.cycle;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The years and their deadlines in the domain tables. */
@Repository
public class CycleRepository {

  private final JdbcClient jdbc;

  public CycleRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<CycleYear> findYear(int year) {
    return jdbc.sql(
            "select cycle_year, status, opened_at, opened_by, process_instance_id, registration_closed_at "
                + "from mh_cycle_year where cycle_year = ?")
        .param(year)
        .query(
            (rs, n) ->
                new CycleYear(
                    rs.getInt("cycle_year"),
                    CycleYear.Status.valueOf(rs.getString("status")),
                    instant(rs.getObject("opened_at", OffsetDateTime.class)),
                    rs.getString("opened_by"),
                    rs.getString("process_instance_id"),
                    instant(rs.getObject("registration_closed_at", OffsetDateTime.class))))
        .optional();
  }

  public void insertYear(int year, Instant openedAt, String openedBy, String processInstanceId) {
    jdbc.sql(
            "insert into mh_cycle_year (cycle_year, status, opened_at, opened_by, process_instance_id) values (?, ?, ?, ?, ?)")
        .params(year, CycleYear.Status.REGISTRATION.name(), odt(openedAt), openedBy, processInstanceId)
        .update();
  }

  public void insertDeadline(int year, DeadlineKind kind, Instant dueAt, Instant now, String by) {
    jdbc.sql("insert into mh_deadline (cycle_year, kind, due_at, updated_at, updated_by) values (?, ?, ?, ?, ?)")
        .params(year, kind.name(), odt(dueAt), odt(now), by)
        .update();
  }

  public Map<DeadlineKind, Instant> findDeadlines(int year) {
    Map<DeadlineKind, Instant> deadlines = new EnumMap<>(DeadlineKind.class);
    jdbc.sql("select kind, due_at from mh_deadline where cycle_year = ?")
        .param(year)
        .query(
            rs -> {
              deadlines.put(DeadlineKind.valueOf(rs.getString("kind")), instant(rs.getObject("due_at", OffsetDateTime.class)));
            });
    return deadlines;
  }

  public Optional<Instant> findDeadline(int year, DeadlineKind kind) {
    return jdbc.sql("select due_at from mh_deadline where cycle_year = ? and kind = ?")
        .params(year, kind.name())
        .query((rs, n) -> instant(rs.getObject("due_at", OffsetDateTime.class)))
        .optional();
  }

  /**
   * Sets a deadline of the year, if it is still {@code expected} (two people changing it at once:
   * the second one changes nothing). Returns whether it was changed.
   */
  public boolean updateDeadline(int year, DeadlineKind kind, Instant expected, Instant dueAt, Instant now, String by) {
    return jdbc.sql(
            "update mh_deadline set due_at = ?, updated_at = ?, updated_by = ? where cycle_year = ? and kind = ? and due_at = ?")
        .params(odt(dueAt), odt(now), by, year, kind.name(), odt(expected))
        .update() == 1;
  }

  public long insertChange(DeadlineChange change) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into mh_deadline_change (cycle_year, kind, old_due_at, new_due_at, reason, changed_by, changed_at, "
                + "timers_moved, tasks_moved) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            change.year(), change.kind().name(), odt(change.oldDue()), odt(change.newDue()), change.reason(),
            change.changedBy(), odt(change.changedAt()), change.timersMoved(), change.tasksMoved())
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  /** The changes of the deadlines of a year, oldest first. */
  public List<DeadlineChange> findChanges(int year) {
    return jdbc.sql(
            "select id, cycle_year, kind, old_due_at, new_due_at, reason, changed_by, changed_at, timers_moved, tasks_moved "
                + "from mh_deadline_change where cycle_year = ? order by changed_at, id")
        .param(year)
        .query(
            (rs, n) ->
                new DeadlineChange(
                    rs.getLong("id"),
                    rs.getInt("cycle_year"),
                    DeadlineKind.valueOf(rs.getString("kind")),
                    instant(rs.getObject("old_due_at", OffsetDateTime.class)),
                    instant(rs.getObject("new_due_at", OffsetDateTime.class)),
                    rs.getString("reason"),
                    rs.getString("changed_by"),
                    instant(rs.getObject("changed_at", OffsetDateTime.class)),
                    rs.getInt("timers_moved"),
                    rs.getInt("tasks_moved")))
        .list();
  }

  /** The years opened, latest first. */
  public List<Integer> years() {
    return jdbc.sql("select cycle_year from mh_cycle_year order by cycle_year desc").query(Integer.class).list();
  }

  public int closeRegistration(int year, Instant at, String by) {
    return jdbc.sql(
            "update mh_cycle_year set status = ?, registration_closed_at = ?, registration_closed_by = ? "
                + "where cycle_year = ? and status = ?")
        .params(CycleYear.Status.REGISTRATION_CLOSED.name(), odt(at), by, year, CycleYear.Status.REGISTRATION.name())
        .update();
  }

  /** Moves the year to {@code to} if it stands at one of {@code from}; returns whether it moved. */
  public boolean advance(int year, CycleYear.Status to, java.util.Collection<CycleYear.Status> from) {
    int moved = 0;
    for (CycleYear.Status status : from) {
      moved += jdbc.sql("update mh_cycle_year set status = ? where cycle_year = ? and status = ?")
          .params(to.name(), year, status.name())
          .update();
    }
    return moved > 0;
  }

  static OffsetDateTime odt(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  static Instant instant(OffsetDateTime odt) {
    return odt == null ? null : odt.toInstant();
  }
}
