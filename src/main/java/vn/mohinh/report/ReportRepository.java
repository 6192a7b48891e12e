package vn.mohinh.report;

import static vn.mohinh.report.Jdbc.instant;
import static vn.mohinh.report.Jdbc.odt;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Result reports, their text and figures in {@code mh_report}, {@code mh_report_content}, {@code mh_report_indicator}. */
@Repository
public class ReportRepository {

  private static final String SELECT =
      "select r.id, r.cycle_year, r.initiative_id, r.unit_code, r.base_unit_code, r.status, r.due_at, r.opened_at, r.submitted_at, "
          + "r.submitted_by, r.arrived_at, r.forwarded_by, r.on_time, r.return_count, r.last_comment, r.last_returned_by "
          + "from mh_report r ";
  private static final String IN_UNIT_ORDER =
      "join mh_org_unit u on u.code = r.unit_code left join mh_org_unit b on b.code = r.base_unit_code ";
  private static final String UNIT_ORDER =
      " order by coalesce(b.sort_order, u.sort_order), case when u.parent_code is null then 0 else 1 end, u.sort_order, r.id";

  private final JdbcClient jdbc;

  public ReportRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores a new report of a model, with an empty text. */
  public void insert(ResultReport r) {
    jdbc.sql(
            "insert into mh_report (id, cycle_year, initiative_id, unit_code, base_unit_code, status, due_at, opened_at, return_count, "
                + "updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, 0, ?)")
        .params(
            r.id(), r.year(), r.initiativeId(), r.unitCode(), r.baseUnitCode(), r.status().name(), odt(r.dueAt()),
            odt(r.openedAt()), odt(r.openedAt()))
        .update();
    jdbc.sql("insert into mh_report_content (report_id) values (?)").param(r.id()).update();
  }

  public Optional<ResultReport> find(String id) {
    return jdbc.sql(SELECT + "where r.id = ?").param(id).query(ReportRepository::report).optional();
  }

  public Optional<ResultReport> ofInitiative(String initiativeId) {
    return jdbc.sql(SELECT + "where r.initiative_id = ?").param(initiativeId).query(ReportRepository::report).optional();
  }

  /** Every report of the year, in the organisation's order. */
  public List<ResultReport> ofYear(int year) {
    return jdbc.sql(SELECT + IN_UNIT_ORDER + "where r.cycle_year = ?" + UNIT_ORDER)
        .param(year)
        .query(ReportRepository::report)
        .list();
  }

  public ReportContent content(String reportId) {
    List<Indicator> indicators =
        jdbc.sql("select seq, name, unit, before_value, after_value from mh_report_indicator where report_id = ? order by seq")
            .param(reportId)
            .query(
                (rs, n) ->
                    new Indicator(
                        rs.getInt("seq"), rs.getString("name"), rs.getString("unit"), plain(rs.getBigDecimal("before_value")),
                        plain(rs.getBigDecimal("after_value"))))
            .list();
    return jdbc.sql(
            "select situation, necessity, related_documents, basic_content, leadership, initiatives, effectiveness, lessons, "
                + "shortcomings, replication_scope, replication_leadership, next_steps from mh_report_content where report_id = ?")
        .param(reportId)
        .query(
            (rs, n) ->
                new ReportContent(
                    rs.getString("situation"), rs.getString("necessity"), rs.getString("related_documents"),
                    rs.getString("basic_content"), rs.getString("leadership"), rs.getString("initiatives"),
                    rs.getString("effectiveness"), rs.getString("lessons"), rs.getString("shortcomings"),
                    rs.getString("replication_scope"), rs.getString("replication_leadership"), rs.getString("next_steps"),
                    indicators))
        .optional()
        .orElse(ReportContent.empty());
  }

  /** Stores the submitted text and figures, and the report's new status. */
  public void submit(String id, ReportContent c, ReportStatus status, Instant dueAt, Instant at, String by) {
    jdbc.sql(
            "update mh_report_content set situation = ?, necessity = ?, related_documents = ?, basic_content = ?, leadership = ?, "
                + "initiatives = ?, effectiveness = ?, lessons = ?, shortcomings = ?, replication_scope = ?, "
                + "replication_leadership = ?, next_steps = ? where report_id = ?")
        .params(
            c.situation(), c.necessity(), c.relatedDocuments(), c.basicContent(), c.leadership(), c.initiatives(),
            c.effectiveness(), c.lessons(), c.shortcomings(), c.replicationScope(), c.replicationLeadership(), c.nextSteps(), id)
        .update();
    jdbc.sql("delete from mh_report_indicator where report_id = ?").param(id).update();
    for (Indicator i : c.indicators()) {
      jdbc.sql(
              "insert into mh_report_indicator (report_id, seq, name, unit, before_value, after_value) values (?, ?, ?, ?, ?, ?)")
          .params(id, i.seq(), i.name(), i.unit(), i.before(), i.after())
          .update();
    }
    jdbc.sql(
            "update mh_report set status = ?, due_at = coalesce(?, due_at), submitted_at = ?, submitted_by = ?, updated_at = ? "
                + "where id = ?")
        .params(status.name(), odt(dueAt), odt(at), by, odt(at), id)
        .update();
  }

  /** The report reached the bloc: sent by a base unit, or forwarded by the committee. */
  public void markReceived(String id, Instant dueAt, Instant at, boolean onTime, String forwardedBy) {
    jdbc.sql(
            "update mh_report set status = ?, due_at = coalesce(?, due_at), arrived_at = ?, on_time = ?, forwarded_by = ?, "
                + "updated_at = ? where id = ?")
        .params(ReportStatus.RECEIVED.name(), odt(dueAt), odt(at), onTime, forwardedBy, odt(at), id)
        .update();
  }

  /** Returned by the committee with a comment; counts the round. */
  public void markReturned(String id, String comment, String returnedBy, Instant at) {
    jdbc.sql(
            "update mh_report set status = ?, return_count = return_count + 1, last_comment = ?, last_returned_by = ?, "
                + "updated_at = ? where id = ?")
        .params(ReportStatus.RETURNED.name(), comment, returnedBy, odt(at), id)
        .update();
  }

  /** The write task was (re)created: its deadline as the task carries it. */
  public void updateDue(String id, Instant dueAt) {
    if (dueAt != null) {
      jdbc.sql("update mh_report set due_at = ? where id = ?").params(odt(dueAt), id).update();
    }
  }

  /** The collection closed: every report of the year that has not reached the bloc is missing. Returns the ids. */
  public List<String> markMissing(int year, Instant at) {
    List<String> ids =
        jdbc.sql("select id from mh_report where cycle_year = ? and status in (?, ?, ?)")
            .params(year, ReportStatus.OPEN.name(), ReportStatus.SUBMITTED.name(), ReportStatus.RETURNED.name())
            .query(String.class)
            .list();
    for (String id : ids) {
      jdbc.sql("update mh_report set status = ?, closed_at = ?, updated_at = ? where id = ?")
          .params(ReportStatus.MISSING.name(), odt(at), odt(at), id)
          .update();
    }
    return new ArrayList<>(ids);
  }

  private static BigDecimal plain(BigDecimal value) {
    if (value == null) {
      return null;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  private static ResultReport report(ResultSet rs, int row) throws SQLException {
    return new ResultReport(
        rs.getString("id"),
        rs.getInt("cycle_year"),
        rs.getString("initiative_id"),
        rs.getString("unit_code"),
        rs.getString("base_unit_code"),
        ReportStatus.valueOf(rs.getString("status")),
        instant(rs, "due_at"),
        instant(rs, "opened_at"),
        instant(rs, "submitted_at"),
        rs.getString("submitted_by"),
        instant(rs, "arrived_at"),
        rs.getString("forwarded_by"),
        Jdbc.bool(rs, "on_time"),
        rs.getInt("return_count"),
        rs.getString("last_comment"),
        rs.getString("last_returned_by"));
  }
}
