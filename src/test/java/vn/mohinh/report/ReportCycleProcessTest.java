package vn.mohinh.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import vn.mohinh.cycle.CycleYear;
import vn.mohinh.cycle.DeadlineKind;
import vn.mohinh.evaluation.CommendationLevel;
import vn.mohinh.evaluation.Evaluation;
import vn.mohinh.evaluation.EvaluationForm;
import vn.mohinh.evaluation.EvaluationRepository;
import vn.mohinh.evaluation.YearSummary;
import vn.mohinh.notification.Notifier;
import vn.mohinh.platform.InvalidInputException;
import vn.mohinh.registration.PlanService;
import vn.mohinh.registration.SubmissionService;
import vn.mohinh.testsupport.ProcessTestSupport;

/**
 * The whole yearly cycle of the small test bloc on the engine, with the features' real services on
 * their own database: registration, then the report phase with a committee's cell (returned once),
 * the committee's own report, a base cell reporting late, a cell that never reports (cut off when
 * the collection closes), an approver's return and the year's figures.
 */
@Deployment(resources = {
  "processes/annual-cycle.bpmn", "processes/unit-registration.bpmn", "processes/plan-registration.bpmn",
  "processes/mass-organisation-plans.bpmn", "processes/mass-organisation-plan.bpmn", "forms/mobilisation-plan.form",
  "forms/mobilisation-plan-review.form",
  "forms/open-year.form", "forms/write-plan.form", "forms/review-plan.form", "forms/compile-summary.form",
  "forms/accept-submission.form", "forms/registration-summary.form",
  "processes/report-phase.bpmn", "processes/model-report.bpmn", "processes/report-evaluation.bpmn",
  "processes/commendation-level.dmn", "forms/write-report.form", "forms/review-cell-report.form", "forms/evaluate-report.form",
  "forms/approve-commendations.form", "forms/reconsider-commendations.form", "forms/close-report-collection.form"
})
class ReportCycleProcessTest extends ProcessTestSupport {

  private ProcessInstance registerEveryUnit() {
    ProcessDefinition definition =
        engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("Process_AnnualCycle").singleResult();
    Map<String, Object> open = new HashMap<>();
    open.put("openYear", (double) YEAR);
    open.put("openCellPlanDeadline", null);
    open.put("openSubmissionDeadline", null);
    open.put("openReportOpens", null);
    open.put("openReportDeadline", null);
    engine.getIdentityService().setAuthenticatedUserId("btg.chuyenvien");
    ProcessInstance cycle = forms.submitStartForm(definition.getId(), open);
    engine.getIdentityService().clearAuthentication();
    runJobs();
    writePlan(task("Task_WritePlan", "dbt"), "Đảng bộ gương mẫu");
    writePlan(task("Task_WritePlan", "dbt-a"), "Tiết kiệm");
    writePlan(task("Task_WritePlan", "dbt-b"), "Một cửa");
    writePlan(task("Task_WritePlan", "cbx"), "Báo chí nêu gương");
    review(task("Task_ReviewCellPlan", "dbt-a"), PlanService.APPROVE, null);
    review(task("Task_ReviewCellPlan", "dbt-b"), PlanService.APPROVE, null);
    compile(task("Task_CompileSummary", "dbt"), SubmissionService.SUBMIT, null, null);
    decide(task("Task_AcceptSubmission", "dbt"), SubmissionService.ACCEPT, null);
    decide(task("Task_AcceptSubmission", "cbx"), SubmissionService.ACCEPT, null);
    tasks.complete(tasks("Task_RegistrationSummary").get(0).getId());
    return cycle;
  }

  /** A text a form only shows (a JSON string variable), as the form gets it. */
  private String shown(Task task, String name) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().readValue(String.valueOf(local(task, name)), String.class);
    } catch (Exception e) {
      throw new AssertionError("Not a JSON string: " + name, e);
    }
  }

  private Map<String, String> reportIdsByUnit() {
    return reportWorld.reports.reportsOfYear(YEAR).stream().collect(Collectors.toMap(ResultReport::unitCode, ResultReport::id));
  }

  private void writeReport(Task task, String user) {
    engine.getIdentityService().setAuthenticatedUserId(user);
    try {
      forms.submitTaskForm(task.getId(), ReportFormTest.complete());
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    runJobs();
  }

  private void reviewReport(Task task, String decision, String comment) {
    Map<String, Object> values = new HashMap<>();
    values.put("reviewDecision", decision);
    values.put("reviewComment", comment);
    engine.getIdentityService().setAuthenticatedUserId("dbt.bithu");
    try {
      forms.submitTaskForm(task.getId(), values);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    runJobs();
  }

  private Task evaluationTask(String reportId) {
    List<Task> found =
        tasks.createTaskQuery().taskDefinitionKey("Task_EvaluateReport").processVariableValueEquals("reportId", reportId).list();
    assertThat(found).as("evaluation of %s", reportId).hasSize(1);
    return found.get(0);
  }

  private void evaluate(String reportId, double score) {
    Map<String, Object> values = new HashMap<>();
    for (int slot = 1; slot <= 8; slot++) {
      values.put(EvaluationForm.scoreKey(slot), slot <= 5 ? score : null);
    }
    values.put(EvaluationForm.COMMENT, "Nhận xét " + score);
    engine.getIdentityService().setAuthenticatedUserId("btg.chuyenvien");
    try {
      forms.submitTaskForm(evaluationTask(reportId).getId(), values);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    runJobs();
  }

  private void approval(String decision, String comment) {
    Map<String, Object> values = new HashMap<>();
    values.put("approvalDecision", decision);
    values.put("approvalComment", comment);
    engine.getIdentityService().setAuthenticatedUserId("btv.bithu");
    try {
      forms.submitTaskForm(tasks("Task_ApproveCommendations").get(0).getId(), values);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    runJobs();
  }

  @Test
  void theYearRunsFromRegistrationToTheApprovedCommendationsAndItsFigures() {
    ProcessInstance cycle = registerEveryUnit();
    ProcessInstance phase =
        runtime.createProcessInstanceQuery().processDefinitionKey("Process_ReportPhase").superProcessInstanceId(cycle.getId()).singleResult();
    BpmnAwareTests.assertThat(phase).isWaitingAt("Timer_ReportWindowOpens");

    fire("Timer_ReportWindowOpens");
    assertThat(world.cycle.year(YEAR)).get().extracting(CycleYear::status).isEqualTo(CycleYear.Status.REPORTING);
    Map<String, String> ids = reportIdsByUnit();
    assertThat(ids).containsOnlyKeys("dbt", "dbt-a", "dbt-b", "cbx");
    Task cellWrite = task("Task_WriteReport", "dbt-a");
    assertThat(cellWrite.getName()).isEqualTo("Báo cáo kết quả mô hình năm 2027 – Tiết kiệm – Chi bộ Phòng A – Đảng bộ Sở Thử nghiệm");
    assertThat(cellWrite.getDueDate()).isEqualTo(date("2027-12-15T17:00"));
    assertThat(candidateGroups(cellWrite)).containsExactly("unit-dbt", "unit-dbt-a");
    assertThat(shown(cellWrite, "planMarkdown")).contains("Tiết kiệm").contains("III\\.1\\. Nội dung học tập Bác");
    assertThat(local(cellWrite, "reportDeadlineText")).isEqualTo("17 giờ 00 ngày 15/12/2027");

    // the cell's report: a bad submission changes nothing; returned once, then forwarded
    Map<String, Object> incomplete = ReportFormTest.complete();
    incomplete.put("reportEffectiveness", null);
    assertThatThrownBy(() -> forms.submitTaskForm(cellWrite.getId(), incomplete)).hasRootCauseInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Chưa nhập “II.2. Hiệu quả thiết thực");
    assertThat(reportWorld.reportRepository.find(ids.get("dbt-a")).orElseThrow().status()).isEqualTo(ReportStatus.OPEN);
    writeReport(cellWrite, "dbt-a.bithu");
    assertThat(reportWorld.reportRepository.find(ids.get("dbt-a")).orElseThrow().status()).isEqualTo(ReportStatus.SUBMITTED);
    Task review = task("Task_ReviewCellReport", "dbt-a");
    assertThat(candidateGroups(review)).containsExactly("unit-dbt");
    assertThat(tasks.getVariable(review.getId(), "unitCode")).isEqualTo("dbt");
    reviewReport(review, "RETURN", "Bổ sung số liệu tiết kiệm điện");
    verify(world.notifier).notifyReturned(
        new Notifier.ReturnNotice(YEAR, "dbt-a", "báo cáo kết quả thực hiện mô hình “Tiết kiệm”", "Bổ sung số liệu tiết kiệm điện",
            "Đảng bộ Sở Thử nghiệm", 1));
    Task again = task("Task_WriteReport", "dbt-a");
    assertThat(shown(again, "returnComment")).contains("Bổ sung số liệu tiết kiệm điện");
    assertThat(local(again, "reportSituation")).isEqualTo(ReportField.SITUATION.label() + "\ndòng hai");
    writeReport(again, "dbt-a.bithu");
    reviewReport(task("Task_ReviewCellReport", "dbt-a"), "APPROVE", null);
    ResultReport forwarded = reportWorld.reportRepository.find(ids.get("dbt-a")).orElseThrow();
    assertThat(forwarded.status()).isEqualTo(ReportStatus.RECEIVED);
    assertThat(forwarded.onTime()).isTrue();
    assertThat(forwarded.returnCount()).isEqualTo(1);
    assertThat(forwarded.forwardedBy()).isEqualTo("dbt.bithu");

    // the committee's own report goes straight to the bloc
    writeReport(task("Task_WriteReport", "dbt"), "dbt.bithu");
    assertThat(tasks("Task_ReviewCellReport")).isEmpty();
    evaluate(ids.get("dbt-a"), 8.5);
    evaluate(ids.get("dbt"), 7.0);

    // reminders, then the deadline: the base cell and one cell are late
    fire("Timer_ReportReminder");
    fire("Timer_ReportReminder");
    fire("Timer_ReportReminder");
    Notifier.DeadlineNotice deadline =
        new Notifier.DeadlineNotice(YEAR, "REPORT", DeadlineKind.REPORT.label(), instant("2027-12-15T17:00"));
    verify(world.notifier).remindDeadline(deadline, 7);
    verify(world.notifier).remindDeadline(deadline, 3);
    verify(world.notifier).remindDeadline(deadline, 1);
    verify(world.notifier, never()).notifyOverdue(any());
    fire("Timer_ReportDeadline");
    verify(world.notifier).notifyOverdue(deadline);
    assertThat(tasks("Task_WriteReport")).extracting(t -> tasks.getVariable(t.getId(), "unitCode")).containsExactlyInAnyOrder("dbt-b", "cbx");

    at("2027-12-17T09:00");
    writeReport(task("Task_WriteReport", "cbx"), "cbx.bithu");
    ResultReport late = reportWorld.reportRepository.find(ids.get("cbx")).orElseThrow();
    assertThat(late.onTime()).isFalse();
    assertThat(late.timeliness()).isEqualTo("Nộp muộn");
    evaluate(ids.get("cbx"), 8.5);

    // the collection closes by itself: dbt-b never reported
    fire("Timer_ReportCollectionCloses");
    assertThat(tasks("Task_WriteReport")).isEmpty();
    assertThat(reportWorld.reportRepository.find(ids.get("dbt-b")).orElseThrow().status()).isEqualTo(ReportStatus.MISSING);
    BpmnAwareTests.assertThat(phase).isWaitingAt("Task_ApproveCommendations");
    Task approve = tasks("Task_ApproveCommendations").get(0);
    assertThat(candidateGroups(approve)).containsExactly("approvers");
    assertThat(rows(approve, "proposals"))
        .extracting(r -> r.get("unitName"), r -> r.get("score"), r -> r.get("level"), r -> r.get("timeliness"))
        .containsExactly(
            tuple("Đảng bộ Sở Thử nghiệm", "70,00", "Đề nghị biểu dương", "Đúng hạn"),
            tuple("Chi bộ Phòng A – Đảng bộ Sở Thử nghiệm", "85,00", "Giấy khen của Ban Thường vụ Đảng ủy Khối", "Đúng hạn"),
            tuple("Chi bộ Phòng B – Đảng bộ Sở Thử nghiệm", "", "Chưa báo cáo", "Chưa báo cáo"),
            tuple("Chi bộ Báo Thử nghiệm", "85,00", "Đề nghị biểu dương", "Nộp muộn"));

    // the standing committee returns the list; the reviewer re-evaluates the committee's report
    approval("RETURN", "Đề nghị xem lại điểm của Đảng bộ Sở Thử nghiệm");
    Task reconsider = tasks("Task_ReconsiderCommendations").get(0);
    assertThat(shown(reconsider, "approverComment")).contains("xem lại điểm");
    Map<String, Object> chosen = new HashMap<>();
    chosen.put("reconsiderReports", SpinValues.jsonValue("[\"" + ids.get("dbt") + "\"]").create());
    chosen.put("reconsiderComment", "Đã chấm lại theo ý kiến");
    forms.submitTaskForm(reconsider.getId(), chosen);
    runJobs();
    assertThat(shown(evaluationTask(ids.get("dbt")), "approverComment")).contains("xem lại điểm");
    assertThat(local(evaluationTask(ids.get("dbt")), "evaluationScore1")).isEqualTo(7.0);
    evaluate(ids.get("dbt"), 9.2);
    Evaluation reevaluated = reportWorld.evaluationRepository.find(ids.get("dbt")).orElseThrow();
    assertThat(reevaluated.round()).isEqualTo(2);
    assertThat(reevaluated.totalScore()).isEqualByComparingTo("92");
    assertThat(reevaluated.proposedLevel()).isEqualTo(CommendationLevel.BLOC_CERTIFICATE);
    approval("APPROVE", "Đồng ý");

    BpmnAwareTests.assertThat(phase).isEnded();
    BpmnAwareTests.assertThat(cycle).isEnded().hasPassed("CallActivity_ReportPhase", "EndEvent_CycleDone");
    assertThat(world.cycle.year(YEAR)).get().extracting(CycleYear::status).isEqualTo(CycleYear.Status.CLOSED);
    assertThat(reportWorld.evaluationRepository.commendationsOf(YEAR))
        .extracting(EvaluationRepository.Commendation::unitCode, EvaluationRepository.Commendation::level, EvaluationRepository.Commendation::showcase)
        .containsExactlyInAnyOrder(
            tuple("dbt", CommendationLevel.BLOC_CERTIFICATE, true),
            tuple("dbt-a", CommendationLevel.BLOC_CERTIFICATE, true),
            tuple("cbx", CommendationLevel.PRAISE, true));
    assertThat(reportWorld.evaluationRepository.showcaseCandidates(YEAR)).hasSize(3);
    verify(world.notifier).notifyCommendation(
        new Notifier.CommendationNotice(YEAR, "dbt-b", "Một cửa", null, "Ban Thường vụ Đảng ủy Khối",
            "Đơn vị chưa gửi báo cáo kết quả thực hiện mô hình đúng thời gian"));
    verify(world.notifier).notifyCommendation(
        new Notifier.CommendationNotice(YEAR, "cbx", "Báo chí nêu gương", "Đề nghị biểu dương", "Ban Thường vụ Đảng ủy Khối",
            "Tổng điểm đánh giá: 85,00/100; mô hình được giới thiệu nhân rộng"));

    YearSummary summary = reportWorld.summaries.stored(YEAR).orElseThrow();
    assertThat(summary.registeringUnits()).isEqualTo(4);
    assertThat(summary.unitsWithModel()).isEqualTo(4);
    assertThat(summary.unitsWithoutModel()).isZero();
    assertThat(summary.models()).isEqualTo(4);
    assertThat(summary.newModels()).isEqualTo(4);
    assertThat(summary.continuingModels()).isZero();
    assertThat(summary.count(summary.byGroup(), "THRIFT_SOLIDARITY")).isEqualTo(4);
    assertThat(summary.byGroup()).hasSize(5);
    assertThat(summary.reportsExpected()).isEqualTo(4);
    assertThat(summary.reportsOnTime()).isEqualTo(2);
    assertThat(summary.reportsLate()).isEqualTo(1);
    assertThat(summary.reportsMissing()).isEqualTo(1);
    assertThat(summary.count(summary.byLevel(), "BLOC_CERTIFICATE")).isEqualTo(2);
    assertThat(summary.count(summary.byLevel(), "PRAISE")).isEqualTo(1);
    assertThat(summary.count(summary.byLevel(), "HIGHER_AWARD")).isZero();
    assertThat(summary.commendedModels()).isEqualTo(3);
    assertThat(summary.showcasedModels()).isEqualTo(3);
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(phase.getId())
        .variableName("yearSummary").singleResult().getValue().toString()).contains("\"reportsMissing\":1");
  }

  @Test
  void movingTheReportDeadlineMovesTheReportPhaseWithIt() {
    registerEveryUnit();
    fire("Timer_ReportWindowOpens");
    vn.mohinh.cycle.DeadlineChangeService changes =
        new vn.mohinh.cycle.DeadlineChangeService(
            world.cycleRepository, world.calendar, new vn.mohinh.cycle.DeadlineRescheduler(engine, world.calendar));
    at("2027-12-01T09:00");

    changes.change(YEAR, DeadlineKind.REPORT, instant("2027-12-20T17:00"), "Lùi hạn vì bão", "btg.chuyenvien");

    assertThat(tasks("Task_WriteReport")).hasSize(4).allSatisfy(t -> {
      assertThat(t.getDueDate()).isEqualTo(date("2027-12-20T17:00"));
      assertThat(local(t, "reportDeadlineText")).isEqualTo("17 giờ 00 ngày 20/12/2027");
    });
    assertThat(timer("Timer_ReportReminder").getDuedate()).isEqualTo(date("2027-12-13T17:00"));
    assertThat(timer("Timer_ReportCollectionCloses").getDuedate()).isEqualTo(date("2027-12-30T17:00"));
    assertThat(tasks("Task_CloseReportCollection").get(0).getDueDate()).isEqualTo(date("2027-12-30T17:00"));

    // a report sent after the old deadline but before the new one is on time
    at("2027-12-18T09:00");
    writeReport(task("Task_WriteReport", "cbx"), "cbx.bithu");
    ResultReport report = reportWorld.reportRepository.find(reportIdsByUnit().get("cbx")).orElseThrow();
    assertThat(report.onTime()).isTrue();
    assertThat(report.dueAt()).isEqualTo(instant("2027-12-20T17:00"));
    assertThat(evaluationTask(report.id()).getDueDate()).isEqualTo(date("2028-01-14T17:00"));
  }
}
