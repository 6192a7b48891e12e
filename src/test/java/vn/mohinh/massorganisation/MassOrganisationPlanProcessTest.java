package vn.mohinh.massorganisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.verify;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.mohinh.cycle.DeadlineChangeService;
import vn.mohinh.cycle.DeadlineKind;
import vn.mohinh.cycle.DeadlineRescheduler;
import vn.mohinh.notification.Notifier;
import vn.mohinh.testsupport.ProcessTestSupport;
import vn.mohinh.testsupport.RegistrationWorld;

/**
 * The mass organisations' mobilisation plans on the engine, with the real services: opening the year
 * (Process_AnnualCycle calls Process_MassOrganisationPlans) asks each mass organisation for its plan, due at the year's SUBMISSION deadline like the units'
 * registrations, with the same reminders and overdue notice; a late plan is still taken, returned
 * once and accepted.
 */
@Deployment(resources = {
  "processes/annual-cycle.bpmn", "processes/annual-cycle-auto-open.bpmn", "processes/unit-registration.bpmn",
  "processes/plan-registration.bpmn", "forms/open-year.form", "forms/write-plan.form", "forms/review-plan.form",
  "forms/compile-summary.form", "forms/accept-submission.form", "forms/registration-summary.form",
  "processes/mass-organisation-plans.bpmn", "processes/mass-organisation-plan.bpmn", "forms/mobilisation-plan.form",
  "forms/mobilisation-plan-review.form"
})
class MassOrganisationPlanProcessTest extends ProcessTestSupport {

  @BeforeEach
  void aBlocWithAMassOrganisation() {
    world.close();
    world = new RegistrationWorld("organization/test-bloc-doan-the.yml").register();
  }

  private ProcessInstance openYear2027() {
    ProcessDefinition definition =
        engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("Process_AnnualCycle").singleResult();
    Map<String, Object> form = new HashMap<>();
    form.put("openYear", (double) YEAR);
    form.put("openCellPlanDeadline", null);
    form.put("openSubmissionDeadline", null);
    form.put("openReportOpens", null);
    form.put("openReportDeadline", null);
    engine.getIdentityService().setAuthenticatedUserId("btg.chuyenvien");
    try {
      forms.submitStartForm(definition.getId(), form);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    runJobs();
    return runtime.createProcessInstanceQuery().processDefinitionKey(MobilisationPlanService.YEAR_PROCESS_KEY).singleResult();
  }

  private ProcessInstance cycle() {
    return runtime.createProcessInstanceQuery().processDefinitionKey("Process_AnnualCycle").singleResult();
  }

  private Notifier.DeadlineNotice submissionDeadline() {
    return new Notifier.DeadlineNotice(YEAR, "SUBMISSION", DeadlineKind.SUBMISSION.label(), instant("2027-02-25T17:00"));
  }

  @Test
  void openingTheYearAsksEachMassOrganisationForItsPlanDueWithTheUnitsRegistrations() {
    ProcessInstance plans = openYear2027();

    assertThat(plans).isNotNull();
    assertThat(plans.getBusinessKey()).isEqualTo("2027/doan-the");
    Task write = task("Task_WriteMobilisationPlan", "cdt");
    assertThat(candidateGroups(write)).containsExactly("unit-cdt");
    assertThat(write.getDueDate()).isEqualTo(date("2027-02-25T17:00"));
    assertThat(tasks.getVariable(write.getId(), "year")).isEqualTo(YEAR);
    assertThat(tasks.getVariable(write.getId(), "unitCode")).isEqualTo("cdt");
    assertThat(tasks("Task_WritePlan")).as("the units' own registration runs unchanged").hasSize(4);
    assertThat(world.mobilisationPlans.plan(YEAR, "cdt").status()).isEqualTo(MobilisationPlanStatus.DRAFT);

    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(MobilisationPlanService.YEAR_PROCESS_KEY)
        .superProcessInstanceId(cycle().getId()).count()).as("called by the annual cycle").isEqualTo(1);

    submit(write, plan("Vận động đoàn viên"));
    decideOn(task("Task_ReviewMobilisationPlan", "cdt"), "ACCEPT", null);

    BpmnAwareTests.assertThat(plans).isEnded().hasPassed("EndEvent_AllPlansAccepted");
    BpmnAwareTests.assertThat(cycle()).hasPassed("CallActivity_MassOrganisationPlans", "EndEvent_MassOrganisationPlansDone")
        .isActive();
    assertThat(management.createJobQuery().processInstanceId(plans.getId()).count()).as("reminder timers cancelled").isZero();
    MobilisationPlan accepted = world.mobilisationPlans.plan(YEAR, "cdt");
    assertThat(accepted.status()).isEqualTo(MobilisationPlanStatus.ACCEPTED);
    assertThat(accepted.submittedOnTime()).isTrue();
    assertThat(accepted.purpose()).isEqualTo("Vận động đoàn viên");
    verify(world.notifier).notifyAccepted(any());
  }

  @Test
  void aLatePlanIsRemindedOfToldOverdueStillTakenReturnedAndAccepted() {
    ProcessInstance plans = openYear2027();

    assertThat(timer("Timer_PlanReminder").getDuedate()).isEqualTo(date("2027-02-18T17:00"));
    fire("Timer_PlanReminder");
    verify(world.notifier, atLeastOnce()).remindDeadline(submissionDeadline(), 7);
    fire("Timer_PlanReminder");
    verify(world.notifier, atLeastOnce()).remindDeadline(submissionDeadline(), 3);
    fire("Timer_PlanReminder");
    verify(world.notifier, atLeastOnce()).remindDeadline(submissionDeadline(), 1);
    fire("Timer_PlanDeadline");
    verify(world.notifier, atLeastOnce()).notifyOverdue(submissionDeadline());
    BpmnAwareTests.assertThat(plans).hasPassed("EndEvent_PlanDeadlineHandled").isActive();

    at("2027-02-27T09:00");
    Task write = task("Task_WriteMobilisationPlan", "cdt");
    assertThatThrownBy(() -> submit(write, Map.of("purpose", "Chỉ có mục đích")))
        .hasMessageContaining("Chưa nhập nội dung, hoạt động vận động");
    submit(write, plan("Nộp muộn"));
    assertThat(world.mobilisationPlans.plan(YEAR, "cdt").submittedOnTime()).isFalse();

    Task review = task("Task_ReviewMobilisationPlan", "cdt");
    assertThat(candidateGroups(review)).containsExactly("reviewers");
    assertThat(local(review, "planYear")).isEqualTo("Năm 2027 – nộp sau hạn");
    decideOn(review, "RETURN", "Bổ sung lịch phối hợp với chi bộ");
    verify(world.notifier).notifyReturned(eq(new Notifier.ReturnNotice(YEAR, "cdt", MobilisationPlanService.subject(YEAR),
        "Bổ sung lịch phối hợp với chi bộ", "Ban Tuyên giáo Đảng ủy Khối", 1)));

    Task again = task("Task_WriteMobilisationPlan", "cdt");
    assertThat(local(again, "returnComment")).isEqualTo("Bổ sung lịch phối hợp với chi bộ");
    assertThat(local(again, "purpose")).isEqualTo("Nộp muộn");
    submit(again, plan("Nộp muộn, đã bổ sung"));
    decideOn(task("Task_ReviewMobilisationPlan", "cdt"), "ACCEPT", null);

    BpmnAwareTests.assertThat(plans).isEnded();
    assertThat(world.mobilisationPlans.plan(YEAR, "cdt").status()).isEqualTo(MobilisationPlanStatus.ACCEPTED);
  }

  @Test
  void aChangedSubmissionDeadlineMovesTheOrganisationsTaskAndTheirReminders() {
    ProcessInstance plans = openYear2027();
    DeadlineChangeService changes =
        new DeadlineChangeService(world.cycleRepository, world.calendar, new DeadlineRescheduler(engine, world.calendar));

    changes.change(YEAR, DeadlineKind.SUBMISSION, instant("2027-03-05T17:00"), "Tết Nguyên đán đến muộn", "btg.chuyenvien");

    assertThat(task("Task_WriteMobilisationPlan", "cdt").getDueDate()).isEqualTo(date("2027-03-05T17:00"));
    assertThat(timer("Timer_PlanReminder").getDuedate()).isEqualTo(date("2027-02-26T17:00"));
    assertThat(timer("Timer_PlanReminder").getProcessInstanceId()).isEqualTo(plans.getId());
  }

  private void submit(Task task, Map<String, Object> values) {
    forms.submitTaskForm(task.getId(), values);
  }

  private void decideOn(Task task, String decision, String comment) {
    Map<String, Object> values = new HashMap<>();
    values.put("reviewDecision", decision);
    values.put("reviewComment", comment);
    forms.submitTaskForm(task.getId(), values);
    runJobs(); // an accepted plan's completion continues in the year's process, in a job of its own
  }

  private static Map<String, Object> plan(String purpose) {
    return Map.of("purpose", purpose, "activities", "Tọa đàm, hội thi", "timeline", "Quý I – quý IV", "coordination",
        "Phối hợp với các chi bộ");
  }
}
