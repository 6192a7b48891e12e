package vn.mohinh.cycle;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
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

  public int closeRegistration(int year, Instant at, String by) {
    return jdbc.sql(
            "update mh_cycle_year set status = ?, registration_closed_at = ?, registration_closed_by = ? "
                + "where cycle_year = ? and status = ?")
        .params(CycleYear.Status.REGISTRATION_CLOSED.name(), odt(at), by, year, CycleYear.Status.REGISTRATION.name())
        .update();
  }

  static OffsetDateTime odt(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  static Instant instant(OffsetDateTime odt) {
    return odt == null ? null : odt.toInstant();
  }
}
