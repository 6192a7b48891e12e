package vn.mohinh.massorganisation;

import static vn.mohinh.workflow.SqlTimes.at;
import static vn.mohinh.workflow.SqlTimes.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Mobilisation plans in mh_mobilisation_plan. */
@Repository
public class MobilisationPlanRepository {

  private static final String SELECT =
      "select id, plan_year, unit_code, status, process_instance_id, purpose, activities, timeline, coordination, due_at, "
          + "submitted_by, submitted_at, submitted_on_time, return_count, last_comment, decided_by, decided_at, created_at "
          + "from mh_mobilisation_plan ";

  private final JdbcClient jdbc;

  public MobilisationPlanRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Creates the year's plan of the organisation unless it exists. */
  public void insertIfAbsent(String id, int year, String unitCode, String processInstanceId, Instant dueAt, Instant at) {
    if (find(year, unitCode).isPresent()) {
      return;
    }
    jdbc.sql("insert into mh_mobilisation_plan (id, plan_year, unit_code, status, process_instance_id, due_at, return_count, created_at) "
                + "values (?, ?, ?, ?, ?, ?, 0, ?)")
        .params(id, year, unitCode, MobilisationPlanStatus.DRAFT.name(), processInstanceId, at(dueAt), at(at))
        .update();
  }

  public Optional<MobilisationPlan> find(int year, String unitCode) {
    return jdbc.sql(SELECT + "where plan_year = ? and unit_code = ?").params(year, unitCode).query(MobilisationPlanRepository::plan).optional();
  }

  public List<MobilisationPlan> ofYear(int year) {
    return jdbc.sql(SELECT + "where plan_year = ? order by unit_code").param(year).query(MobilisationPlanRepository::plan).list();
  }

  public void submit(int year, String unitCode, String purpose, String activities, String timeline, String coordination, String by,
      Instant at, boolean onTime) {
    jdbc.sql("update mh_mobilisation_plan set purpose = ?, activities = ?, timeline = ?, coordination = ?, submitted_by = ?, "
                + "submitted_at = ?, submitted_on_time = ?, status = ? where plan_year = ? and unit_code = ?")
        .params(purpose, activities, timeline, coordination, by, at(at), onTime, MobilisationPlanStatus.SUBMITTED.name(), year, unitCode)
        .update();
  }

  public void accept(int year, String unitCode, String by, Instant at) {
    jdbc.sql("update mh_mobilisation_plan set status = ?, decided_by = ?, decided_at = ? where plan_year = ? and unit_code = ?")
        .params(MobilisationPlanStatus.ACCEPTED.name(), by, at(at), year, unitCode)
        .update();
  }

  public void returnForRevision(int year, String unitCode, String comment, String by, Instant at) {
    jdbc.sql("update mh_mobilisation_plan set status = ?, return_count = return_count + 1, last_comment = ?, decided_by = ?, "
                + "decided_at = ? where plan_year = ? and unit_code = ?")
        .params(MobilisationPlanStatus.RETURNED.name(), comment, by, at(at), year, unitCode)
        .update();
  }

  private static MobilisationPlan plan(ResultSet rs, int row) throws SQLException {
    Object onTime = rs.getObject("submitted_on_time");
    return new MobilisationPlan(
        rs.getString("id"), rs.getInt("plan_year"), rs.getString("unit_code"), MobilisationPlanStatus.valueOf(rs.getString("status")),
        rs.getString("process_instance_id"), rs.getString("purpose"), rs.getString("activities"), rs.getString("timeline"),
        rs.getString("coordination"), instant(rs, "due_at"), rs.getString("submitted_by"), instant(rs, "submitted_at"),
        onTime == null ? null : rs.getBoolean("submitted_on_time"), rs.getInt("return_count"), rs.getString("last_comment"),
        rs.getString("decided_by"), instant(rs, "decided_at"), instant(rs, "created_at"));
  }
}
