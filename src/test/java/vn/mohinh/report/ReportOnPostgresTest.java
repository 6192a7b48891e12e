package vn.mohinh.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.mohinh.cycle.CycleService;
import vn.mohinh.evaluation.CommendationLevel;
import vn.mohinh.evaluation.EvaluationForm;
import vn.mohinh.evaluation.EvaluationService;
import vn.mohinh.evaluation.YearSummary;
import vn.mohinh.platform.InvalidInputException;
import vn.mohinh.testsupport.RegistrationWorld;
import vn.mohinh.testsupport.ReportWorld;

/** The report phase's migrations and queries on PostgreSQL, the production database (embedded). */
class ReportOnPostgresTest {

  private static final int YEAR = 2027;
  private static EmbeddedPostgres postgres;
  private static RegistrationWorld world;
  private static ReportWorld reports;

  @BeforeAll
  static void start() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
    world = new RegistrationWorld(postgres.getPostgresDatabase(), "organization/test-bloc.yml");
    reports = new ReportWorld(world);
  }

  @AfterAll
  static void stop() throws Exception {
    ClockUtil.reset();
    if (world != null) {
      world.close();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  private static void at(String localDateTime) {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(localDateTime).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant()));
  }

  private static String accepted(String unit, String baseUnit, String continuesId, int year) {
    String id = UUID.randomUUID().toString();
    world.jdbc.sql(
            "insert into mh_initiative (id, cycle_year, unit_code, base_unit_code, seq, status, name, group_code, group_name, continuing, "
                + "period, continues_id, return_count, created_at, updated_at) values (?, ?, ?, ?, 1, 'ACCEPTED', ?, 'PARTY_BUILDING', "
                + "'Nhóm', ?, 'Năm', ?, 0, ?, ?)")
        .params(id, year, unit, baseUnit, "Mô hình " + unit, continuesId != null, continuesId, OffsetDateTime.now(), OffsetDateTime.now())
        .update();
    world.jdbc.sql("insert into mh_initiative_plan (initiative_id, situation) values (?, ?)").params(id, "Tình hình *đặc biệt*").update();
    return id;
  }

  private static String reportOf(String initiativeId) {
    return reports.reportRepository.ofInitiative(initiativeId).orElseThrow().id();
  }

  private static Map<String, Object> scores(double score) {
    Map<String, Object> values = new HashMap<>();
    for (int slot = 1; slot <= 5; slot++) {
      values.put(EvaluationForm.scoreKey(slot), score);
    }
    values.put(EvaluationForm.COMMENT, "Tốt");
    return values;
  }

  @Test
  void reportsAreWrittenReviewedEvaluatedApprovedAndCounted() {
    at("2027-01-05T08:00");
    world.cycle.openYear(new CycleService.OpenYearCommand(YEAR, false, Map.of(), "btg.chuyenvien", null));
    String lastYear = accepted("dbt-a", "dbt", null, YEAR - 1);
    String cell = accepted("dbt-a", "dbt", lastYear, YEAR);
    String base = accepted("cbx", "cbx", null, YEAR);
    String missing = accepted("dbt-b", "dbt", null, YEAR);

    at("2027-11-15T17:01");
    assertThat(reports.flow.openReports(YEAR)).isEqualTo(3);
    assertThat(reports.flow.reportIds(YEAR)).containsExactly(reportOf(cell), reportOf(missing), reportOf(base));
    java.time.Instant due = reports.calendar.reportDue(YEAR);

    ReportService.WriteTask write = reports.reports.openWriteTask("w1", YEAR, "dbt-a", reportOf(cell), due);
    assertThat(write.planMarkdown()).contains("Tình hình \\*đặc biệt\\*");
    assertThatThrownBy(() -> reports.reports.submitReport("w1", Map.of(), "dbt-a.bithu", due)).isInstanceOf(InvalidInputException.class);
    assertThat(reports.reports.submitReport("w1", ReportFormTest.complete(), "dbt-a.bithu", due)).isTrue();
    reports.reports.openReviewTask("r1", YEAR, "dbt-a", reportOf(cell));
    assertThat(reports.reports.reviewReport("r1", "APPROVE", null, "dbt.bithu", due)).isTrue();
    assertThat(reports.reports.content(reportOf(cell)).indicators()).hasSize(1);
    assertThat(reports.reports.content(reportOf(cell)).indicators().get(0).before()).isEqualByComparingTo("12");

    at("2027-12-16T09:00");
    reports.reports.openWriteTask("w2", YEAR, "cbx", reportOf(base), due);
    assertThat(reports.reports.submitReport("w2", ReportFormTest.complete(), "cbx.bithu", due)).isFalse();
    assertThat(reports.reportRepository.find(reportOf(base)).orElseThrow().onTime()).isFalse();
    assertThat(reports.reports.progress(YEAR).pendingTotal()).isEqualTo(1);
    assertThat(reports.flow.closeCollection(YEAR)).isEqualTo(1);

    // last year the model got the bloc's certificate
    world.jdbc.sql("insert into mh_report (id, cycle_year, initiative_id, unit_code, base_unit_code, status, opened_at, return_count, updated_at) "
            + "values ('old', ?, ?, 'dbt-a', 'dbt', 'RECEIVED', ?, 0, ?)").params(YEAR - 1, lastYear, OffsetDateTime.now(), OffsetDateTime.now()).update();
    world.jdbc.sql("insert into mh_commendation (initiative_id, cycle_year, report_id, unit_code, level, level_label, total_score, showcase, "
            + "approved_round, approved_at) values (?, ?, 'old', 'dbt-a', 'BLOC_CERTIFICATE', 'Giấy khen', 88, true, 1, ?)")
        .params(lastYear, YEAR - 1, OffsetDateTime.now()).update();

    reports.evaluations.openEvaluationTask("e1", YEAR, reportOf(cell));
    reports.evaluations.evaluate("e1", scores(9.5), "btg.chuyenvien");
    assertThat(reports.evaluationFlow.previousLevel(reportOf(cell))).isEqualTo("BLOC_CERTIFICATE");
    assertThat(reports.evaluationFlow.commendedYears(reportOf(cell))).isEqualTo(1);
    assertThat(reports.evaluationFlow.totalScore(reportOf(cell))).isEqualTo(95.0);
    reports.evaluationFlow.storeProposal(reportOf(cell), Map.of("level", "HIGHER_AWARD", "levelLabel", "Đề nghị cấp trên khen thưởng", "showcase", true, "note", "x"));
    reports.evaluations.openEvaluationTask("e2", YEAR, reportOf(base));
    reports.evaluations.evaluate("e2", scores(7), "btg.chuyenvien");
    reports.evaluationFlow.storeProposal(reportOf(base), Map.of("level", "PRAISE", "levelLabel", "Đề nghị biểu dương", "showcase", false));
    assertThat(reports.evaluationFlow.awaitingEvaluation(YEAR)).isEmpty();

    EvaluationService.ApproveTask approve = reports.evaluations.openApprovalTask("a1", YEAR);
    assertThat(approve.list().rows()).extracting(EvaluationService.ListRow::levelLabel)
        .containsExactly("Đề nghị cấp trên khen thưởng", "Chưa báo cáo", "Đề nghị biểu dương");
    assertThat(reports.evaluations.decideApproval("a1", "RETURN", "Xem lại", "btv.bithu")).isFalse();
    reports.evaluations.openReconsiderTask("c1", YEAR);
    assertThat(reports.evaluations.reconsider("c1", List.of(reportOf(base)), null, "btg.chuyenvien")).containsExactly(reportOf(base));
    assertThat(reports.evaluationFlow.toReevaluate(YEAR)).containsExactly(reportOf(base));
    reports.evaluations.openEvaluationTask("e3", YEAR, reportOf(base));
    reports.evaluations.evaluate("e3", scores(7.5), "btg.chuyenvien");
    reports.evaluationFlow.storeProposal(reportOf(base), Map.of("level", "PRAISE", "levelLabel", "Đề nghị biểu dương", "showcase", false));
    assertThat(reports.evaluationFlow.toReevaluate(YEAR)).isEmpty();
    reports.evaluations.openApprovalTask("a2", YEAR);
    assertThat(reports.evaluations.decideApproval("a2", "APPROVE", null, "btv.bithu")).isTrue();
    assertThat(reports.evaluationFlow.recordCommendations(YEAR)).isEqualTo(2);
    assertThat(reports.evaluationFlow.recordCommendations(YEAR)).as("a retried job changes nothing").isEqualTo(2);
    assertThat(reports.evaluationRepository.showcaseCandidates(YEAR)).containsExactly(cell);

    reports.evaluationFlow.storeYearSummary(YEAR);
    YearSummary summary = reports.summaries.stored(YEAR).orElseThrow();
    assertThat(summary.models()).isEqualTo(3);
    assertThat(summary.continuingModels()).isEqualTo(1);
    assertThat(summary.reportsOnTime()).isEqualTo(1);
    assertThat(summary.reportsLate()).isEqualTo(1);
    assertThat(summary.reportsMissing()).isEqualTo(1);
    assertThat(summary.count(summary.byLevel(), CommendationLevel.HIGHER_AWARD.name())).isEqualTo(1);
    assertThat(reports.log.eventsOfYear(YEAR)).extracting(ReportLog.Event::action).contains(
        ReportLog.Action.REPORTS_OPENED, ReportLog.Action.REPORT_RECEIVED, ReportLog.Action.REPORT_MISSING,
        ReportLog.Action.REPORT_EVALUATED, ReportLog.Action.LIST_RETURNED, ReportLog.Action.REEVALUATION_REQUESTED,
        ReportLog.Action.LIST_APPROVED, ReportLog.Action.COMMENDATIONS_RECORDED);
  }
}
