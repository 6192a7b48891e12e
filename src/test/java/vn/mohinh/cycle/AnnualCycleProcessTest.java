package vn.mohinh.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import vn.mohinh.notification.Notifier;
import vn.mohinh.registration.InitiativeStatus;
import vn.mohinh.registration.PlanService;
import vn.mohinh.registration.SubmissionService;
import vn.mohinh.testsupport.ProcessTestSupport;

/**
 * The yearly cycle (Process_AnnualCycle) on the engine: opening the year, the fan-out to every base
 * unit, the bloc-wide summary and hand-over, and the deadline timers with their reminders and
 * overdue notices.
 */
@Deployment(resources = {
  "processes/annual-cycle.bpmn", "processes/mass-organisation-plans.bpmn", "processes/mass-organisation-plan.bpmn", "forms/mobilisation-plan.form",
  "forms/mobilisation-plan-review.form", "processes/annual-cycle-auto-open.bpmn", "processes/unit-registration.bpmn",
  "processes/plan-registration.bpmn", "forms/open-year.form", "forms/write-plan.form", "forms/review-plan.form",
  "forms/compile-summary.form", "forms/accept-submission.form", "forms/registration-summary.form",
  "processes/report-phase.bpmn", "processes/model-report.bpmn", "processes/report-evaluation.bpmn",
  "processes/commendation-level.dmn", "forms/write-report.form", "forms/review-cell-report.form", "forms/evaluate-report.form",
  "forms/approve-commendations.form", "forms/reconsider-commendations.form", "forms/close-report-collection.form"
})
class AnnualCycleProcessTest extends ProcessTestSupport {

  private ProcessInstance openYearFromTasklist(Map<String, Object> form) {
    ProcessDefinition definition =
        engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("Process_AnnualCycle").singleResult();
    engine.getIdentityService().setAuthenticatedUserId("btg.chuyenvien");
    try {
      return forms.submitStartForm(definition.getId(), form);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private ProcessInstance openYearFromTasklist() {
    Map<String, Object> form = new HashMap<>();
    form.put("openYear", (double) YEAR); // Tasklist sends numbers as Double
    form.put("openCellPlanDeadline", null);
    form.put("openSubmissionDeadline", null);
    form.put("openReportOpens", null);
    form.put("openReportDeadline", null);
    ProcessInstance cycle = openYearFromTasklist(form);
    runJobs();
    return cycle;
  }

  private Notifier.DeadlineNotice notice(String kind, String due) {
    DeadlineKind k = DeadlineKind.valueOf(kind);
    return new Notifier.DeadlineNotice(YEAR, kind, k.label(), instant(due));
  }

  @Test
  void eachBaseUnitStartsInAJobOfItsOwnSoThatUnitsOpenInParallel() {
    ProcessDefinition definition =
        engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("Process_AnnualCycle").singleResult();
    Map<String, Object> form = new HashMap<>();
    form.put("openYear", (double) YEAR);
    engine.getIdentityService().setAuthenticatedUserId("btg.chuyenvien");
    ProcessInstance cycle = forms.submitStartForm(definition.getId(), form);
    engine.getIdentityService().clearAuthentication();
    management.executeJob(management.createJobQuery().processInstanceId(cycle.getId()).activityId("Task_OpenYear").singleResult().getId());

    // The cycle's own transaction created one instance per base unit, each waiting in a job of its
    // own instance: exclusive jobs of different instances run side by side on the job executor.
    List<ProcessInstance> units = runtime.createProcessInstanceQuery().processDefinitionKey("Process_UnitRegistration").list();
    assertThat(units).extracting(ProcessInstance::getBusinessKey).containsExactlyInAnyOrder("2027/dbt", "2027/cbx");
    List<Job> starts = management.createJobQuery().activityId("StartEvent_UnitRegistration").list();
    assertThat(starts).extracting(Job::getProcessInstanceId)
        .containsExactlyInAnyOrderElementsOf(units.stream().map(ProcessInstance::getId).toList());
    assertThat(tasks("Task_WritePlan")).isEmpty();

    runJobs();
    assertThat(tasks("Task_WritePlan")).hasSize(4);
  }

  @Test
  void theYearRunsFromOpeningToTheBlocWideSummary() {
    ProcessInstance cycle = openYearFromTasklist();

    assertThat(cycle.getBusinessKey()).isEqualTo("2027");
    assertThat(world.cycle.year(YEAR)).get().extracting(CycleYear::openedBy, CycleYear::status)
        .containsExactly("btg.chuyenvien", CycleYear.Status.REGISTRATION);
    assertThat(world.calendar.deadlinesOf(YEAR))
        .containsEntry(DeadlineKind.CELL_PLAN, instant("2027-02-20T17:00"))
        .containsEntry(DeadlineKind.SUBMISSION, instant("2027-02-25T17:00"))
        .containsEntry(DeadlineKind.REPORT_OPENS, instant("2027-11-15T17:00"))
        .containsEntry(DeadlineKind.REPORT, instant("2027-12-15T17:00"));
    verify(world.notifier).notifyYearOpened(YEAR);
    assertThat(runtime.getVariables(cycle.getId())).containsOnlyKeys("year", "yearAlreadyOpened");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("Process_UnitRegistration").list())
        .extracting(ProcessInstance::getBusinessKey).containsExactlyInAnyOrder("2027/dbt", "2027/cbx");
    assertThat(tasks("Task_WritePlan")).hasSize(4);
    assertThat(timer("Timer_CellPlanReminder").getDuedate()).isEqualTo(date("2027-02-13T17:00"));
    assertThat(timer("Timer_SubmissionReminder").getDuedate()).isEqualTo(date("2027-02-18T17:00"));

    writePlan(task("Task_WritePlan", "cbx"), "Báo chí nêu gương");
    writePlan(task("Task_WritePlan", "dbt"), "Đảng bộ gương mẫu");
    writePlan(task("Task_WritePlan", "dbt-a"), "Tiết kiệm");
    writePlan(task("Task_WritePlan", "dbt-b"), "Một cửa");
    review(task("Task_ReviewCellPlan", "dbt-a"), PlanService.APPROVE, null);
    review(task("Task_ReviewCellPlan", "dbt-b"), PlanService.APPROVE, null);
    compile(task("Task_CompileSummary", "dbt"), SubmissionService.SUBMIT, null, null);
    decide(task("Task_AcceptSubmission", "cbx"), SubmissionService.ACCEPT, null);
    assertThat(tasks("Task_RegistrationSummary")).isEmpty();
    decide(task("Task_AcceptSubmission", "dbt"), SubmissionService.ACCEPT, null);

    Task summary = tasks("Task_RegistrationSummary").get(0);
    assertThat(summary.getName()).isEqualTo("Tổng hợp đăng ký mô hình toàn Khối năm 2027");
    assertThat(candidateGroups(summary)).containsExactly("reviewers");
    assertThat(rows(summary, "summaryRows")).extracting(r -> r.get("unitName"), r -> r.get("name"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Đảng bộ Sở Thử nghiệm", "Đảng bộ gương mẫu"),
            org.assertj.core.groups.Tuple.tuple("Chi bộ Phòng A", "Tiết kiệm"),
            org.assertj.core.groups.Tuple.tuple("Chi bộ Phòng B", "Một cửa"),
            org.assertj.core.groups.Tuple.tuple("Chi bộ Báo Thử nghiệm", "Báo chí nêu gương"));
    assertThat(rows(summary, "summaryMissingUnits")).isEmpty();
    assertThat((String) local(summary, "summaryFigures")).startsWith("4 mô hình được Khối tiếp nhận (4 mô hình mới");
    tasks.complete(summary.getId());

    BpmnAwareTests.assertThat(cycle).hasPassed("SubProcess_Registration", "EndEvent_RegistrationDone")
        .isWaitingAt("CallActivity_ReportPhase");
    assertThat(management.createJobQuery().processInstanceId(cycle.getId()).count()).as("timers cancelled").isZero();
    // the report phase takes over: it waits for the report window to open (15/11)
    ProcessInstance reportPhase =
        runtime.createProcessInstanceQuery().processDefinitionKey("Process_ReportPhase").superProcessInstanceId(cycle.getId()).singleResult();
    BpmnAwareTests.assertThat(reportPhase).isWaitingAt("Timer_ReportWindowOpens");
    assertThat(reportPhase.getBusinessKey()).isEqualTo("2027");
    assertThat(timer("Timer_ReportWindowOpens").getDuedate()).isEqualTo(date("2027-11-15T17:00"));
    assertThat(world.cycle.year(YEAR)).get().extracting(CycleYear::status).isEqualTo(CycleYear.Status.REGISTRATION_CLOSED);
    assertThat(world.initiatives.ofYear(YEAR)).extracting(i -> i.status()).containsOnly(InitiativeStatus.ACCEPTED);
  }

  @Test
  void remindersGoOutBeforeEachDeadline() {
    openYearFromTasklist();

    fire("Timer_CellPlanReminder");
    verify(world.notifier).remindDeadline(notice("CELL_PLAN", "2027-02-20T17:00"), 7);
    assertThat(timer("Timer_CellPlanReminder").getDuedate()).isEqualTo(date("2027-02-17T17:00"));
    fire("Timer_CellPlanReminder");
    verify(world.notifier).remindDeadline(notice("CELL_PLAN", "2027-02-20T17:00"), 3);
    fire("Timer_CellPlanReminder");
    verify(world.notifier).remindDeadline(notice("CELL_PLAN", "2027-02-20T17:00"), 1);
    assertThat(management.createJobQuery().timers().activityId("Timer_CellPlanReminder").count()).isZero();
    assertThat(timer("Timer_CellPlanDeadline").getDuedate()).isEqualTo(date("2027-02-20T17:00"));

    fire("Timer_SubmissionReminder");
    verify(world.notifier).remindDeadline(notice("SUBMISSION", "2027-02-25T17:00"), 7);
    assertThat(timer("Timer_SubmissionReminder").getDuedate()).isEqualTo(date("2027-02-22T17:00"));
  }

  @Test
  void aLatePlanIsStillWanted() {
    openYearFromTasklist();
    writePlan(task("Task_WritePlan", "dbt-b"), "Một cửa");
    for (int i = 0; i < 3; i++) {
      fire("Timer_CellPlanReminder");
    }

    fire("Timer_CellPlanDeadline");

    verify(world.notifier).notifyOverdue(notice("CELL_PLAN", "2027-02-20T17:00"));
    Task late = task("Task_WritePlan", "dbt-a");
    assertThat(late.getDueDate()).isEqualTo(date("2027-02-20T17:00"));
    assertThat(management.createJobQuery().activityId("Timer_CellPlanDeadline").count()).isZero();
    at("2027-02-21T09:00");
    writePlan(late, "Tiết kiệm");
    Task review = task("Task_ReviewCellPlan", "dbt-a");
    assertThat(world.initiatives.ofUnit(YEAR, "dbt-a").get(0).submittedAt()).isEqualTo(instant("2027-02-21T09:00"));
    review(review, PlanService.APPROVE, null);
    assertThat(world.initiatives.ofUnit(YEAR, "dbt-a").get(0).status()).isEqualTo(InitiativeStatus.APPROVED);
  }

  @Test
  void aYearOpenedLateSkipsThePastReminders() {
    at("2027-02-15T10:00");
    openYearFromTasklist();

    assertThat(timer("Timer_CellPlanReminder").getDuedate()).isEqualTo(date("2027-02-17T17:00"));
    assertThat(timer("Timer_SubmissionReminder").getDuedate()).isEqualTo(date("2027-02-18T17:00"));
    fire("Timer_CellPlanReminder");
    verify(world.notifier).remindDeadline(notice("CELL_PLAN", "2027-02-20T17:00"), 3);
    verify(world.notifier, never()).remindDeadline(eq(notice("CELL_PLAN", "2027-02-20T17:00")), eq(7));
  }

  @Test
  void aYearOpenedAfterTheLastReminderGoesStraightToTheDeadline() {
    at("2027-02-20T08:00");
    openYearFromTasklist();

    assertThat(management.createJobQuery().activityId("Timer_CellPlanReminder").count()).isZero();
    assertThat(timer("Timer_CellPlanDeadline").getDuedate()).isEqualTo(date("2027-02-20T17:00"));
    verify(world.notifier, never()).remindDeadline(any(), anyInt());
  }

  @Test
  void theStartFormIsCheckedOnTheServer() {
    openYearFromTasklist();
    long instances = runtime.createProcessInstanceQuery().count();

    assertThatThrownBy(() -> openYearFromTasklist(Map.of("openYear", (double) YEAR)))
        .hasMessageContaining("Năm 2027 đã được mở");
    assertThatThrownBy(() -> openYearFromTasklist(Map.of("openYear", 2028.5))).hasMessageContaining("không hợp lệ");
    assertThatThrownBy(() -> openYearFromTasklist(Map.of())).hasMessageContaining("Chưa nhập năm");
    assertThatThrownBy(
            () -> openYearFromTasklist(
                Map.of("openYear", 2028.0, "openCellPlanDeadline", "2028-03-01", "openSubmissionDeadline", "2028-02-25")))
        .hasMessageContaining("không được sớm hơn");
    assertThatThrownBy(() -> openYearFromTasklist(Map.of("openYear", 2028.0, "openReportDeadline", "2029-01-10")))
        .hasMessageContaining("phải nằm trong năm 2028");
    assertThatThrownBy(() -> openYearFromTasklist(Map.of("openYear", 2028.0, "openCellPlanDeadline", "ngày 20")))
        .hasMessageContaining("Ngày không hợp lệ");

    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instances);
    assertThat(world.cycle.year(2028)).isEmpty();
  }

  @Test
  void theStartFormMayOverrideTheDeadlines() {
    Map<String, Object> form = new HashMap<>();
    form.put("openYear", (double) YEAR);
    form.put("openCellPlanDeadline", "2027-02-10");
    form.put("openSubmissionDeadline", "2027-02-28T11:30");
    openYearFromTasklist(form);
    runJobs();

    assertThat(world.calendar.deadlinesOf(YEAR))
        .containsEntry(DeadlineKind.CELL_PLAN, instant("2027-02-10T17:00"))
        .containsEntry(DeadlineKind.SUBMISSION, instant("2027-02-28T11:30"))
        .containsEntry(DeadlineKind.REPORT, instant("2027-12-15T17:00"));
    assertThat(task("Task_WritePlan", "dbt-a").getDueDate()).isEqualTo(date("2027-02-10T17:00"));
    assertThat(task("Task_WritePlan", "cbx").getDueDate()).isEqualTo(date("2027-02-28T11:30"));
    assertThat(timer("Timer_CellPlanReminder").getDuedate()).isEqualTo(date("2027-02-03T17:00"));
  }

  @Test
  void theTimerOpensTheCurrentYearOnceWhenEnabled() {
    Job timer = management.createJobQuery().timers().processDefinitionKey("Process_AnnualCycleAutoOpen").singleResult();
    at("2028-01-02T07:00");
    management.executeJob(timer.getId());
    runJobs();

    ProcessInstance cycle = runtime.createProcessInstanceQuery().processDefinitionKey("Process_AnnualCycle").singleResult();
    assertThat(cycle.getBusinessKey()).isEqualTo("2028");
    assertThat(world.cycle.year(2028)).get().extracting(CycleYear::openedBy).isNull();
    assertThat(tasks("Task_WritePlan")).hasSize(4);

    Job next = management.createJobQuery().timers().processDefinitionKey("Process_AnnualCycleAutoOpen").singleResult();
    management.executeJob(next.getId());
    runJobs();
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("Process_AnnualCycle").count()).isOne();
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().activityId("EndEvent_YearAlreadyOpen").count())
        .as("the second start found the year open").isOne();
    verify(world.notifier).notifyYearOpened(2028);
  }

  @Test
  void remindersAndOverdueNoticesAreSentInOrder() {
    openYearFromTasklist();
    for (int i = 0; i < 3; i++) {
      fire("Timer_CellPlanReminder");
    }
    fire("Timer_CellPlanDeadline");
    InOrder order = inOrder(world.notifier);
    order.verify(world.notifier).remindDeadline(any(), eq(7));
    order.verify(world.notifier).remindDeadline(any(), eq(3));
    order.verify(world.notifier).remindDeadline(any(), eq(1));
    order.verify(world.notifier).notifyOverdue(notice("CELL_PLAN", "2027-02-20T17:00"));
    assertThat(tasks("Task_WritePlan")).hasSize(4);
    List<Job> remaining = management.createJobQuery().timers().processDefinitionKey("Process_AnnualCycle").list();
    assertThat(remaining).extracting(Job::getDuedate).containsExactly(date("2027-02-18T17:00"));
  }
}
