package vn.mohinh.evaluation;

import static vn.mohinh.report.Jdbc.instant;
import static vn.mohinh.report.Jdbc.odt;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.mohinh.report.Jdbc;

/**
 * Evaluations, their scores, the approver's rounds, the approved commendations and the showcase
 * flags ({@code mh_evaluation}, {@code mh_evaluation_score}, {@code mh_commendation_round},
 * {@code mh_commendation}, {@code mh_showcase_candidate}), and the open evaluation tasks.
 */
@Repository
public class EvaluationRepository {

  private static final String SELECT =
      "select report_id, cycle_year, initiative_id, unit_code, total_score, comment, on_time, previous_level, commended_years, "
          + "proposed_level, proposed_label, showcase, proposal_note, evaluated_at, evaluated_by, evaluation_round, reevaluate "
          + "from mh_evaluation ";

  private final JdbcClient jdbc;

  public EvaluationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  // ---- evaluations --------------------------------------------------------------------------

  public Optional<Evaluation> find(String reportId) {
    return jdbc.sql(SELECT + "where report_id = ?").param(reportId).query(EvaluationRepository::evaluation).optional();
  }

  public Map<String, Evaluation> ofYear(int year) {
    Map<String, Evaluation> byReport = new LinkedHashMap<>();
    jdbc.sql(SELECT + "where cycle_year = ?").param(year).query(EvaluationRepository::evaluation).list()
        .forEach(e -> byReport.put(e.reportId(), e));
    return byReport;
  }

  /** Stores (or replaces) the evaluation of a report with its scores; the proposal is cleared until the table runs. */
  public void save(Evaluation e, ScoreCard card) {
    jdbc.sql("delete from mh_evaluation_score where report_id = ?").param(e.reportId()).update();
    jdbc.sql("delete from mh_evaluation where report_id = ?").param(e.reportId()).update();
    jdbc.sql(
            "insert into mh_evaluation (report_id, cycle_year, initiative_id, unit_code, total_score, comment, on_time, previous_level, "
                + "commended_years, evaluated_at, evaluated_by, evaluation_round, reevaluate) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false)")
        .params(
            e.reportId(), e.year(), e.initiativeId(), e.unitCode(), e.totalScore(), e.comment(), e.onTime(),
            e.previousLevel().name(), e.commendedYears(), odt(e.evaluatedAt()), e.evaluatedBy(), e.round())
        .update();
    int seq = 0;
    for (Criterion c : card.criteria()) {
      jdbc.sql(
              "insert into mh_evaluation_score (report_id, criterion_key, label, weight, scale_max, score, seq) values (?, ?, ?, ?, ?, ?, ?)")
          .params(e.reportId(), c.key(), c.label(), c.weight(), c.scaleMax(), card.score(c.key()), ++seq)
          .update();
    }
  }

  /** The scores of a report, by criterion key, in the order they were scored. */
  public Map<String, BigDecimal> scores(String reportId) {
    Map<String, BigDecimal> scores = new LinkedHashMap<>();
    jdbc.sql("select criterion_key, score from mh_evaluation_score where report_id = ? order by seq")
        .param(reportId)
        .query(rs -> {
          scores.put(rs.getString("criterion_key"), rs.getBigDecimal("score"));
        });
    return scores;
  }

  public void propose(String reportId, Proposal p) {
    jdbc.sql("update mh_evaluation set proposed_level = ?, proposed_label = ?, showcase = ?, proposal_note = ? where report_id = ?")
        .params(p.level().name(), p.label(), p.showcase(), p.note(), reportId)
        .update();
  }

  public void markForReevaluation(Collection<String> reportIds) {
    for (String id : reportIds) {
      jdbc.sql("update mh_evaluation set reevaluate = true where report_id = ?").param(id).update();
    }
  }

  public List<String> toReevaluate(int year) {
    return jdbc.sql("select report_id from mh_evaluation where cycle_year = ? and reevaluate = true").param(year).query(String.class).list();
  }

  // ---- the approver's rounds ----------------------------------------------------------------

  /** A decision of the approver on the year's list, and the reviewer's reply to a return. */
  public record Round(
      int year, int round, String decision, String comment, String decidedBy, Instant decidedAt, String reply, String repliedBy,
      Instant repliedAt) {}

  public Optional<Round> latestRound(int year) {
    return jdbc.sql(
            "select cycle_year, round, decision, comment, decided_by, decided_at, reply, replied_by, replied_at from mh_commendation_round "
                + "where cycle_year = ? order by round desc")
        .param(year)
        .query(
            (rs, n) ->
                new Round(
                    rs.getInt("cycle_year"), rs.getInt("round"), rs.getString("decision"), rs.getString("comment"),
                    rs.getString("decided_by"), instant(rs, "decided_at"), rs.getString("reply"), rs.getString("replied_by"),
                    instant(rs, "replied_at")))
        .list()
        .stream()
        .findFirst();
  }

  public void insertRound(Round r) {
    jdbc.sql(
            "insert into mh_commendation_round (cycle_year, round, decision, comment, decided_by, decided_at) values (?, ?, ?, ?, ?, ?)")
        .params(r.year(), r.round(), r.decision(), r.comment(), r.decidedBy(), odt(r.decidedAt()))
        .update();
  }

  public void reply(int year, int round, String reply, String by, Instant at) {
    jdbc.sql("update mh_commendation_round set reply = ?, replied_by = ?, replied_at = ? where cycle_year = ? and round = ?")
        .params(reply, by, odt(at), year, round)
        .update();
  }

  // ---- approved commendations and showcase flags --------------------------------------------

  /** An approved commendation of a model. */
  public record Commendation(
      String initiativeId, int year, String reportId, String unitCode, CommendationLevel level, String levelLabel,
      BigDecimal totalScore, boolean showcase, int approvedRound, Instant approvedAt, String approvedBy) {}

  /** Stores (or, when the step is retried, replaces) the approved commendation of a model. */
  public void saveCommendation(Commendation c) {
    jdbc.sql("delete from mh_commendation where initiative_id = ?").param(c.initiativeId()).update();
    jdbc.sql(
            "insert into mh_commendation (initiative_id, cycle_year, report_id, unit_code, level, level_label, total_score, showcase, "
                + "approved_round, approved_at, approved_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            c.initiativeId(), c.year(), c.reportId(), c.unitCode(), c.level().name(), c.levelLabel(), c.totalScore(), c.showcase(),
            c.approvedRound(), odt(c.approvedAt()), c.approvedBy())
        .update();
  }

  public List<Commendation> commendationsOf(int year) {
    return jdbc.sql(
            "select initiative_id, cycle_year, report_id, unit_code, level, level_label, total_score, showcase, approved_round, approved_at, "
                + "approved_by from mh_commendation where cycle_year = ?")
        .param(year)
        .query(EvaluationRepository::commendation)
        .list();
  }

  /** The approved commendations of earlier years of the given models (a model's lineage). */
  public List<Commendation> commendationsOfModels(Collection<String> initiativeIds) {
    if (initiativeIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "select initiative_id, cycle_year, report_id, unit_code, level, level_label, total_score, showcase, approved_round, approved_at, "
                + "approved_by from mh_commendation where initiative_id in (:ids)")
        .param("ids", initiativeIds)
        .query(EvaluationRepository::commendation)
        .list();
  }

  /** Flags a model for publication on the bloc's website, once (a retried step changes nothing). */
  public void flagForShowcase(Commendation c, Instant at, String by) {
    Integer present =
        jdbc.sql("select count(*) from mh_showcase_candidate where initiative_id = ?").param(c.initiativeId()).query(Integer.class).single();
    if (present == 0) {
      jdbc.sql(
              "insert into mh_showcase_candidate (initiative_id, cycle_year, report_id, unit_code, level, status, flagged_at, flagged_by) "
                  + "values (?, ?, ?, ?, ?, ?, ?, ?)")
          .params(c.initiativeId(), c.year(), c.reportId(), c.unitCode(), c.level().name(), ShowcaseStatus.TO_PUBLISH.name(), odt(at), by)
          .update();
    }
  }

  public List<String> showcaseCandidates(int year) {
    return jdbc.sql("select initiative_id from mh_showcase_candidate where cycle_year = ? order by initiative_id")
        .param(year)
        .query(String.class)
        .list();
  }

  // ---- open tasks ---------------------------------------------------------------------------

  public void openTask(EvaluationTask task, Instant at) {
    jdbc.sql("delete from mh_evaluation_task where task_id = ?").param(task.taskId()).update();
    jdbc.sql("insert into mh_evaluation_task (task_id, kind, cycle_year, report_id, created_at) values (?, ?, ?, ?, ?)")
        .params(task.taskId(), task.kind().name(), task.year(), task.reportId(), odt(at))
        .update();
  }

  public Optional<EvaluationTask> findTask(String taskId) {
    return jdbc.sql("select task_id, kind, cycle_year, report_id from mh_evaluation_task where task_id = ?")
        .param(taskId)
        .query(
            (rs, n) ->
                new EvaluationTask(
                    rs.getString("task_id"), EvaluationTask.Kind.valueOf(rs.getString("kind")), rs.getInt("cycle_year"),
                    rs.getString("report_id")))
        .optional();
  }

  public void closeTask(String taskId) {
    jdbc.sql("delete from mh_evaluation_task where task_id = ?").param(taskId).update();
  }

  private static Evaluation evaluation(ResultSet rs, int row) throws SQLException {
    String proposed = rs.getString("proposed_level");
    return new Evaluation(
        rs.getString("report_id"),
        rs.getInt("cycle_year"),
        rs.getString("initiative_id"),
        rs.getString("unit_code"),
        rs.getBigDecimal("total_score"),
        rs.getString("comment"),
        rs.getBoolean("on_time"),
        CommendationLevel.of(rs.getString("previous_level")),
        rs.getInt("commended_years"),
        proposed == null ? null : CommendationLevel.of(proposed),
        rs.getString("proposed_label"),
        Jdbc.bool(rs, "showcase"),
        rs.getString("proposal_note"),
        instant(rs, "evaluated_at"),
        rs.getString("evaluated_by"),
        rs.getInt("evaluation_round"),
        rs.getBoolean("reevaluate"));
  }

  private static Commendation commendation(ResultSet rs, int row) throws SQLException {
    return new Commendation(
        rs.getString("initiative_id"),
        rs.getInt("cycle_year"),
        rs.getString("report_id"),
        rs.getString("unit_code"),
        CommendationLevel.of(rs.getString("level")),
        rs.getString("level_label"),
        rs.getBigDecimal("total_score"),
        rs.getBoolean("showcase"),
        rs.getInt("approved_round"),
        instant(rs, "approved_at"),
        rs.getString("approved_by"));
  }
}
