package vn.mohinh.inspection;

import static vn.mohinh.workflow.SqlTimes.at;
import static vn.mohinh.workflow.SqlTimes.instant;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Inspections in mh_inspection. */
@Repository
public class InspectionRepository {

  private static final String SELECT =
      "select id, initiative_id, model_year, unit_code, initiative_name, kind, planned_on, team, status, process_instance_id, "
          + "started_by, started_at, model_state, strengths, shortcomings, recommendations, rating, findings_by, findings_at, "
          + "answer_due_at, answer, answered_by, answered_at, answered_on_time, overdue_at from mh_inspection ";

  private final JdbcClient jdbc;

  public InspectionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(Inspection i) {
    jdbc.sql("insert into mh_inspection (id, initiative_id, model_year, unit_code, initiative_name, kind, planned_on, team, status, "
                + "process_instance_id, started_by, started_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(i.id(), i.initiativeId(), i.year(), i.unitCode(), i.initiativeName(), i.kind().name(), Date.valueOf(i.plannedOn()),
            String.join(",", i.team()), i.status().name(), i.processInstanceId(), i.startedBy(), at(i.startedAt()))
        .update();
  }

  public Optional<Inspection> find(String id) {
    return jdbc.sql(SELECT + "where id = ?").param(id).query(InspectionRepository::inspection).optional();
  }

  public Optional<Inspection> findByProcess(String processInstanceId) {
    return jdbc.sql(SELECT + "where process_instance_id = ?").param(processInstanceId).query(InspectionRepository::inspection).optional();
  }

  public List<Inspection> findByInitiative(String initiativeId) {
    return jdbc.sql(SELECT + "where initiative_id = ? order by planned_on, started_at").param(initiativeId)
        .query(InspectionRepository::inspection).list();
  }

  public List<Inspection> findByYear(int year) {
    return jdbc.sql(SELECT + "where model_year = ? order by planned_on, started_at").param(year).query(InspectionRepository::inspection).list();
  }

  public List<Inspection> findByYearAndUnits(int year, Collection<String> unitCodes) {
    if (unitCodes.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(SELECT + "where model_year = :year and unit_code in (:units) order by planned_on, started_at")
        .param("year", year).param("units", List.copyOf(unitCodes)).query(InspectionRepository::inspection).list();
  }

  public void recordFindings(String id, String state, String strengths, String shortcomings, String recommendations,
      InspectionRating rating, String by, Instant at, Instant answerDueAt, InspectionStatus status) {
    jdbc.sql("update mh_inspection set model_state = ?, strengths = ?, shortcomings = ?, recommendations = ?, rating = ?, "
                + "findings_by = ?, findings_at = ?, answer_due_at = ?, status = ? where id = ?")
        .params(state, strengths, shortcomings, recommendations, rating.name(), by, at(at), at(answerDueAt), status.name(), id)
        .update();
  }

  public void recordAnswer(String id, String answer, String by, Instant at, boolean onTime) {
    jdbc.sql("update mh_inspection set answer = ?, answered_by = ?, answered_at = ?, answered_on_time = ?, status = ? where id = ?")
        .params(answer, by, at(at), onTime, InspectionStatus.ANSWERED.name(), id)
        .update();
  }

  public void markOverdue(String id, Instant at) {
    jdbc.sql("update mh_inspection set overdue_at = ?, answered_on_time = false where id = ? and answered_at is null")
        .params(at(at), id)
        .update();
  }

  private static Inspection inspection(ResultSet rs, int row) throws SQLException {
    String rating = rs.getString("rating");
    String team = rs.getString("team");
    Object onTime = rs.getObject("answered_on_time");
    return new Inspection(
        rs.getString("id"), rs.getString("initiative_id"), rs.getInt("model_year"), rs.getString("unit_code"),
        rs.getString("initiative_name"), InspectionKind.valueOf(rs.getString("kind")), rs.getDate("planned_on").toLocalDate(),
        team == null || team.isBlank() ? List.of() : Arrays.asList(team.split(",")),
        InspectionStatus.valueOf(rs.getString("status")), rs.getString("process_instance_id"), rs.getString("started_by"),
        instant(rs, "started_at"), rs.getString("model_state"), rs.getString("strengths"), rs.getString("shortcomings"),
        rs.getString("recommendations"), rating == null ? null : InspectionRating.valueOf(rating), rs.getString("findings_by"),
        instant(rs, "findings_at"), instant(rs, "answer_due_at"), rs.getString("answer"), rs.getString("answered_by"),
        instant(rs, "answered_at"), onTime == null ? null : rs.getBoolean("answered_on_time"), instant(rs, "overdue_at"));
  }
}
