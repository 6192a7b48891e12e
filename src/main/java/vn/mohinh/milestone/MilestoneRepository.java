package vn.mohinh.milestone;

import static vn.mohinh.workflow.SqlTimes.at;
import static vn.mohinh.workflow.SqlTimes.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Milestone reviews and the units' reports in mh_milestone_review and mh_milestone_report. */
@Repository
public class MilestoneRepository {

  private static final String REVIEW_SELECT =
      "select id, milestone_key, milestone_name, kind, from_year, to_year, due_at, cell_due_at, status, process_instance_id, "
          + "started_by, started_at, bloc_report, commendation_proposal, compiled_by, compiled_at, return_count, last_comment, "
          + "approved_by, approved_at from mh_milestone_review ";
  private static final String REPORT_SELECT =
      "select id, review_id, unit_code, parent_code, model_count, models_overview, situation, results, lessons, shortcomings, "
          + "next_steps, commendation_proposal, due_at, submitted_by, submitted_at, on_time from mh_milestone_report ";

  private final JdbcClient jdbc;

  public MilestoneRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insertReview(MilestoneReview r) {
    jdbc.sql("insert into mh_milestone_review (id, milestone_key, milestone_name, kind, from_year, to_year, due_at, cell_due_at, status, "
                + "process_instance_id, started_by, started_at, return_count) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
        .params(r.id(), r.milestoneKey(), r.milestoneName(), r.kind().name(), r.fromYear(), r.toYear(), at(r.dueAt()), at(r.cellDueAt()),
            r.status().name(), r.processInstanceId(), r.startedBy(), at(r.startedAt()))
        .update();
  }

  public Optional<MilestoneReview> findReview(String id) {
    return jdbc.sql(REVIEW_SELECT + "where id = ?").param(id).query(MilestoneRepository::review).optional();
  }

  public Optional<MilestoneReview> findReviewOfProcess(String processInstanceId) {
    return jdbc.sql(REVIEW_SELECT + "where process_instance_id = ?").param(processInstanceId).query(MilestoneRepository::review).optional();
  }

  public List<MilestoneReview> findReviewsOf(String milestoneKey) {
    return jdbc.sql(REVIEW_SELECT + "where milestone_key = ? order by started_at").param(milestoneKey).query(MilestoneRepository::review).list();
  }

  public void compile(String id, String blocReport, String proposal, String by, Instant at) {
    jdbc.sql("update mh_milestone_review set bloc_report = ?, commendation_proposal = ?, compiled_by = ?, compiled_at = ?, status = ? "
                + "where id = ?")
        .params(blocReport, proposal, by, at(at), MilestoneStatus.AWAITING_APPROVAL.name(), id)
        .update();
  }

  public void returnForRevision(String id, String comment) {
    jdbc.sql("update mh_milestone_review set return_count = return_count + 1, last_comment = ?, status = ? where id = ?")
        .params(comment, MilestoneStatus.COLLECTING.name(), id)
        .update();
  }

  public void approve(String id, String by, Instant at) {
    jdbc.sql("update mh_milestone_review set approved_by = ?, approved_at = ?, status = ? where id = ?")
        .params(by, at(at), MilestoneStatus.APPROVED.name(), id)
        .update();
  }

  /** Saves a unit's report; a second submission (the task done again) replaces the first. */
  public void saveReport(MilestoneReport r) {
    int updated = jdbc.sql("update mh_milestone_report set model_count = ?, models_overview = ?, situation = ?, results = ?, lessons = ?, "
                + "shortcomings = ?, next_steps = ?, commendation_proposal = ?, submitted_by = ?, submitted_at = ?, on_time = ? "
                + "where review_id = ? and unit_code = ?")
        .params(r.modelCount(), r.modelsOverview(), r.situation(), r.results(), r.lessons(), r.shortcomings(), r.nextSteps(),
            r.commendationProposal(), r.submittedBy(), at(r.submittedAt()), r.onTime(), r.reviewId(), r.unitCode())
        .update();
    if (updated == 0) {
      jdbc.sql("insert into mh_milestone_report (id, review_id, unit_code, parent_code, model_count, models_overview, situation, results, "
                  + "lessons, shortcomings, next_steps, commendation_proposal, due_at, submitted_by, submitted_at, on_time) "
                  + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
          .params(r.id(), r.reviewId(), r.unitCode(), r.parentCode(), r.modelCount(), r.modelsOverview(), r.situation(), r.results(),
              r.lessons(), r.shortcomings(), r.nextSteps(), r.commendationProposal(), at(r.dueAt()), r.submittedBy(),
              at(r.submittedAt()), r.onTime())
          .update();
    }
  }

  public List<MilestoneReport> findReports(String reviewId) {
    return jdbc.sql(REPORT_SELECT + "where review_id = ? order by submitted_at").param(reviewId).query(MilestoneRepository::report).list();
  }

  public Optional<MilestoneReport> findReport(String reviewId, String unitCode) {
    return jdbc.sql(REPORT_SELECT + "where review_id = ? and unit_code = ?").params(reviewId, unitCode)
        .query(MilestoneRepository::report).optional();
  }

  private static MilestoneReview review(ResultSet rs, int row) throws SQLException {
    return new MilestoneReview(
        rs.getString("id"), rs.getString("milestone_key"), rs.getString("milestone_name"), MilestoneKind.valueOf(rs.getString("kind")),
        rs.getInt("from_year"), rs.getInt("to_year"), instant(rs, "due_at"), instant(rs, "cell_due_at"),
        MilestoneStatus.valueOf(rs.getString("status")), rs.getString("process_instance_id"), rs.getString("started_by"),
        instant(rs, "started_at"), rs.getString("bloc_report"), rs.getString("commendation_proposal"), rs.getString("compiled_by"),
        instant(rs, "compiled_at"), rs.getInt("return_count"), rs.getString("last_comment"), rs.getString("approved_by"),
        instant(rs, "approved_at"));
  }

  private static MilestoneReport report(ResultSet rs, int row) throws SQLException {
    Object count = rs.getObject("model_count");
    return new MilestoneReport(
        rs.getString("id"), rs.getString("review_id"), rs.getString("unit_code"), rs.getString("parent_code"),
        count == null ? null : rs.getInt("model_count"), rs.getString("models_overview"), rs.getString("situation"),
        rs.getString("results"), rs.getString("lessons"), rs.getString("shortcomings"), rs.getString("next_steps"),
        rs.getString("commendation_proposal"), instant(rs, "due_at"), rs.getString("submitted_by"), instant(rs, "submitted_at"),
        rs.getBoolean("on_time"));
  }
}
