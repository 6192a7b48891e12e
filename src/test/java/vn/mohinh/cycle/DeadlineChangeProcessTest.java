package vn.mohinh.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.mohinh.notification.Notifier;
import vn.mohinh.platform.InvalidInputException;
import vn.mohinh.testsupport.ProcessTestSupport;

/**
 * Changing a deadline of an opened year on the engine (Process_ChangeDeadline started from its
 * start form as Tasklist does): the date in force, the audit trail, the reminder loop of the
 * deadline wherever its token waits (or after it ended), the timers that follow the deadline, and
 * the open tasks due at it; and refusals that change nothing.
 */
@Deployment(resources = {
  "processes/annual-cycle.bpmn", "processes/mass-organisation-plans.bpmn", "processes/mass-organisation-plan.bpmn", "forms/mobilisation-plan.form",
  "forms/mobilisation-plan-review.form", "processes/unit-registration.bpmn", "processes/plan-registration.bpmn",
  "processes/change-deadline.bpmn", "cycle/deadline-followers-test.bpmn", "forms/open-year.form",
  "forms/write-plan.form", "forms/review-plan.form", "forms/compile-summary.form", "forms/accept-submission.form",
  "forms/registration-summary.form", "forms/change-deadline.form"
})
class DeadlineChangeProcessTest extends ProcessTestSupport {

  private static final String REVIEWER = "btg.chuyenvien";

  private DeadlineRescheduler rescheduler;
  private DeadlineChangeService changes;

  @BeforeEach
  void changeBeans() {
    rescheduler = new DeadlineRescheduler(engine, world.calendar);
    changes = new DeadlineChangeService(world.cycleRepository, world.calendar, rescheduler);
    Mocks.register(ChangeDeadlineDelegate.BEAN_NAME, new ChangeDeadlineDelegate(changes, world.calendar));
    Mocks.register("testDates", new TestDates(world.calendar));
  }

  /** A bean of the test BPMN: a date derived from the REPORT deadline. */
  public record TestDates(DeadlineCalendar calendar) {
    public Date threeDaysAfterReport(int year) {
      return Date.from(calendar.dueInstant(year, DeadlineKind.REPORT).plus(3, ChronoUnit.DAYS));
    }
  }

  private ProcessInstance open(Map<String, Object> overrides) {
    Map<String, Object> form = new HashMap<>();
    form.put("openYear", (double) YEAR);
    form.put("openCellPlanDeadline", null);
    form.put("openSubmissionDeadline", null);
    form.put("openReportOpens", null);
    form.put("openReportDeadline", null);
    form.putAll(overrides);
    ProcessInstance cycle = submitStart("Process_AnnualCycle", form);
    runJobs();
    return cycle;
  }

  private ProcessInstance submitStart(String key, Map<String, Object> form) {
    ProcessDefinition definition =
        engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key).singleResult();
    engine.getIdentityService().setAuthenticatedUserId(REVIEWER);
    try {
      return forms.submitStartForm(definition.getId(), form);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  /** What Tasklist submits from forms/change-deadline.form. */
  private ProcessInstance change(Object year, String kind, String day, String time, String reason) {
    Map<String, Object> form = new HashMap<>();
    form.put(ChangeDeadlineDelegate.FIELD_YEAR, year);
    form.put(ChangeDeadlineDelegate.FIELD_KIND, kind);
    form.put(ChangeDeadlineDelegate.FIELD_DATE, day);
    form.put(ChangeDeadlineDelegate.FIELD_TIME, time);
    form.put(ChangeDeadlineDelegate.FIELD_REASON, reason);
    return submitStart("Process_ChangeDeadline", form);
  }

  private ProcessInstance change(String kind, String day, String reason) {
    return change((double) YEAR, kind, day, null, reason);
  }

  private Notifier.DeadlineNotice notice(DeadlineKind kind, String due) {
    return new Notifier.DeadlineNotice(YEAR, kind.name(), kind.label(), instant(due));
  }

  private long jobsAt(String activityId) {
    return management.createJobQuery().timers().activityId(activityId).count();
  }

  @Test
  void aChangedCellPlanDeadlineMovesItsReminderItsTasksAndItsOverdueNotice() {
    open(Map.of());
    Job submissionReminder = timer("Timer_SubmissionReminder");

    ProcessInstance request = change("CELL_PLAN", "2027-02-22", "Công văn số 15-CV/BTG gia hạn cho các chi bộ");

    assertThat(world.calendar.dueInstant(YEAR, DeadlineKind.CELL_PLAN)).isEqualTo(instant("2027-02-22T17:00"));
    assertThat(world.cycleRepository.findChanges(YEAR)).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(DeadlineKind.CELL_PLAN);
      assertThat(c.oldDue()).isEqualTo(instant("2027-02-20T17:00"));
      assertThat(c.newDue()).isEqualTo(instant("2027-02-22T17:00"));
      assertThat(c.reason()).isEqualTo("Công văn số 15-CV/BTG gia hạn cho các chi bộ");
      assertThat(c.changedBy()).isEqualTo(REVIEWER);
      assertThat(c.changedAt()).isEqualTo(instant("2027-01-05T08:00"));
      assertThat(c.timersMoved()).isEqualTo(1);
      assertThat(c.tasksMoved()).isEqualTo(2);
    });
    HistoricProcessInstance done =
        engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(request.getId()).singleResult();
    assertThat(done.getEndTime()).isNotNull();
    assertThat(done.getBusinessKey()).isEqualTo("2027/CELL_PLAN");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(request.getId())
            .variableName(ChangeDeadlineDelegate.VAR_SUMMARY).singleResult().getValue())
        .isEqualTo("Hạn nộp kế hoạch thực hiện mô hình của chi bộ trực thuộc năm 2027: từ 17 giờ 00 ngày 20/02/2027 sang "
            + "17 giờ 00 ngày 22/02/2027; đã dời 1 hẹn giờ và hạn xử lý của 2 công việc đang mở");

    // The reminder 7 days before the new deadline; the other deadline's timer untouched.
    assertThat(timer("Timer_CellPlanReminder").getDuedate()).isEqualTo(date("2027-02-15T17:00"));
    assertThat(timer("Timer_SubmissionReminder").getId()).isEqualTo(submissionReminder.getId());
    assertThat(timer("Timer_SubmissionReminder").getDuedate()).isEqualTo(date("2027-02-18T17:00"));
    // The cells' plans follow; the committee's and the base cell's (due at the submission) do not.
    assertThat(task("Task_WritePlan", "dbt-a").getDueDate()).isEqualTo(date("2027-02-22T17:00"));
    assertThat(task("Task_WritePlan", "dbt-b").getDueDate()).isEqualTo(date("2027-02-22T17:00"));
    assertThat(task("Task_WritePlan", "dbt").getDueDate()).isEqualTo(date("2027-02-25T17:00"));
    assertThat(task("Task_WritePlan", "cbx").getDueDate()).isEqualTo(date("2027-02-25T17:00"));
    assertThat(local(task("Task_WritePlan", "dbt-a"), "planDeadlineText")).isEqualTo("17 giờ 00 ngày 22/02/2027");
    assertThat(local(task("Task_WritePlan", "dbt"), "planDeadlineText")).isEqualTo("17 giờ 00 ngày 25/02/2027");

    fire("Timer_CellPlanReminder");
    verify(world.notifier).remindDeadline(notice(DeadlineKind.CELL_PLAN, "2027-02-22T17:00"), 7);
    assertThat(timer("Timer_CellPlanReminder").getDuedate()).isEqualTo(date("2027-02-19T17:00"));
    fire("Timer_CellPlanReminder");
    fire("Timer_CellPlanReminder");
    verify(world.notifier).remindDeadline(notice(DeadlineKind.CELL_PLAN, "2027-02-22T17:00"), 1);
    assertThat(timer("Timer_CellPlanDeadline").getDuedate()).isEqualTo(date("2027-02-22T17:00"));
    fire("Timer_CellPlanDeadline");
    verify(world.notifier).notifyOverdue(notice(DeadlineKind.CELL_PLAN, "2027-02-22T17:00"));
    verify(world.notifier, never()).notifyOverdue(notice(DeadlineKind.CELL_PLAN, "2027-02-20T17:00"));
  }

  @Test
  void aDeadlineBroughtForwardPastItsRemindersWaitsForTheDeadlineItself() {
    at("2027-02-10T08:00");
    open(Map.of());
    assertThat(timer("Timer_CellPlanReminder").getDuedate()).isEqualTo(date("2027-02-13T17:00"));

    change((double) YEAR, "CELL_PLAN", "2027-02-10", "20:00", "Rút ngắn hạn theo chỉ đạo");

    assertThat(jobsAt("Timer_CellPlanReminder")).isZero();
    assertThat(timer("Timer_CellPlanDeadline").getDuedate()).isEqualTo(date("2027-02-10T20:00"));
    assertThat(task("Task_WritePlan", "dbt-a").getDueDate()).isEqualTo(date("2027-02-10T20:00"));
    assertThat(world.cycleRepository.findChanges(YEAR).get(0).timersMoved()).isEqualTo(1);
    fire("Timer_CellPlanDeadline");
    verify(world.notifier).notifyOverdue(notice(DeadlineKind.CELL_PLAN, "2027-02-10T20:00"));
    verify(world.notifier, never()).remindDeadline(any(), org.mockito.ArgumentMatchers.anyInt());
  }

  @Test
  void aDeadlinePushedBackWhileItsTimerWaitsBringsTheRemindersBack() {
    at("2027-02-20T08:00");
    open(Map.of());
    assertThat(timer("Timer_CellPlanDeadline").getDuedate()).isEqualTo(date("2027-02-20T17:00"));

    change("CELL_PLAN", "2027-02-24", "Gia hạn vì nghỉ Tết");

    assertThat(jobsAt("Timer_CellPlanDeadline")).isZero();
    assertThat(timer("Timer_CellPlanReminder").getDuedate()).isEqualTo(date("2027-02-21T17:00"));
    fire("Timer_CellPlanReminder");
    verify(world.notifier).remindDeadline(notice(DeadlineKind.CELL_PLAN, "2027-02-24T17:00"), 3);
    assertThat(timer("Timer_CellPlanReminder").getDuedate()).isEqualTo(date("2027-02-23T17:00"));
  }

  @Test
  void aPassedDeadlineExtendedRemindsAndWarnsTheLateUnitsAgain() {
    open(Map.of());
    writePlan(task("Task_WritePlan", "dbt-b"), "Một cửa");
    for (int i = 0; i < 3; i++) {
      fire("Timer_CellPlanReminder");
    }
    fire("Timer_CellPlanDeadline");
    verify(world.notifier).notifyOverdue(notice(DeadlineKind.CELL_PLAN, "2027-02-20T17:00"));
    at("2027-02-21T09:00");

    change("CELL_PLAN", "2027-02-24", "Gia hạn cho chi bộ chưa nộp");

    assertThat(task("Task_WritePlan", "dbt-a").getDueDate()).isEqualTo(date("2027-02-24T17:00"));
    assertThat(timer("Timer_CellPlanReminder").getDuedate()).isEqualTo(date("2027-02-21T17:00"));
    fire("Timer_CellPlanReminder");
    fire("Timer_CellPlanReminder");
    verify(world.notifier).remindDeadline(notice(DeadlineKind.CELL_PLAN, "2027-02-24T17:00"), 3);
    verify(world.notifier).remindDeadline(notice(DeadlineKind.CELL_PLAN, "2027-02-24T17:00"), 1);
    fire("Timer_CellPlanDeadline");
    verify(world.notifier).notifyOverdue(notice(DeadlineKind.CELL_PLAN, "2027-02-24T17:00"));
    assertThat(jobsAt("Timer_CellPlanReminder") + jobsAt("Timer_CellPlanDeadline")).isZero();
  }

  @Test
  void tasksDueAtAnotherDeadlineOnTheSameInstantStayPut() {
    open(Map.of("openCellPlanDeadline", "2027-02-25"));
    assertThat(task("Task_WritePlan", "dbt-a").getDueDate()).isEqualTo(task("Task_WritePlan", "dbt").getDueDate());

    change("SUBMISSION", "2027-02-27", "Khối nhận hồ sơ đến 27/02");

    assertThat(task("Task_WritePlan", "dbt").getDueDate()).isEqualTo(date("2027-02-27T17:00"));
    assertThat(task("Task_WritePlan", "cbx").getDueDate()).isEqualTo(date("2027-02-27T17:00"));
    assertThat(task("Task_WritePlan", "dbt-a").getDueDate()).isEqualTo(date("2027-02-25T17:00"));
    assertThat(task("Task_WritePlan", "dbt-b").getDueDate()).isEqualTo(date("2027-02-25T17:00"));
    assertThat(timer("Timer_CellPlanReminder").getDuedate()).isEqualTo(date("2027-02-18T17:00"));
    assertThat(timer("Timer_SubmissionReminder").getDuedate()).isEqualTo(date("2027-02-20T17:00"));
  }

  @Test
  void aBadChangeIsRefusedWithEveryReasonAndChangesNothing() {
    ProcessInstance cycle = open(Map.of());
    Job reminder = timer("Timer_CellPlanReminder");

    assertThatThrownBy(() -> change("CELL_PLAN", "2027-02-26", "  "))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("Chưa nhập lý do đổi hạn; Hạn nộp kế hoạch thực hiện mô hình của chi bộ trực thuộc (17 giờ 00 ngày "
            + "26/02/2027) không được muộn hơn hạn nộp hồ sơ đăng ký mô hình về Đảng ủy Khối (17 giờ 00 ngày 25/02/2027)");
    assertThatThrownBy(() -> change("SUBMISSION", "2027-02-19", "Sớm hơn"))
        .hasMessageContaining("không được muộn hơn hạn nộp hồ sơ đăng ký mô hình về Đảng ủy Khối (17 giờ 00 ngày 19/02/2027)");
    assertThatThrownBy(() -> change("REPORT", "2027-11-10", "Trước ngày mở"))
        .hasMessage("Ngày bắt đầu báo cáo kết quả thực hiện mô hình (17 giờ 00 ngày 15/11/2027) phải trước hạn nộp báo cáo "
            + "kết quả thực hiện mô hình (17 giờ 00 ngày 10/11/2027)");
    assertThatThrownBy(() -> change((double) 2035, "CELL_PLAN", "2035-02-22", null, "Năm chưa mở"))
        .hasMessage("Năm 2035 chưa được mở: chưa có hạn nào để đổi");
    assertThatThrownBy(() -> change("CELL_PLAN", "2027-01-04", "Đã qua"))
        .hasMessageContaining("Hạn mới (17 giờ 00 ngày 04/01/2027) đã qua; hãy chọn một thời điểm sau hiện tại (08 giờ 00 ngày 05/01/2027)");
    assertThatThrownBy(() -> change("REPORT", "2028-01-10", "Sang năm sau"))
        .hasMessageContaining("phải nằm trong năm 2027");
    assertThatThrownBy(() -> change("CELL_PLAN", "2027-02-20", "Như cũ")).hasMessageContaining("không có gì thay đổi");
    assertThatThrownBy(() -> change("NO_SUCH", "2027-02-20", "Loại lạ")).hasMessage("Không có loại hạn 'NO_SUCH'");
    assertThatThrownBy(() -> change(null, null, null, null, null))
        .hasMessage("Chưa nhập năm; Chưa chọn hạn cần đổi; Chưa nhập hạn mới; Chưa nhập lý do đổi hạn");
    assertThatThrownBy(() -> changes.change(YEAR, DeadlineKind.CELL_PLAN, instant("2027-02-22T17:00"), "x".repeat(1001), REVIEWER))
        .hasMessage("Lý do đổi hạn dài quá 1000 ký tự");

    assertThat(world.calendar.deadlinesOf(YEAR))
        .containsEntry(DeadlineKind.CELL_PLAN, instant("2027-02-20T17:00"))
        .containsEntry(DeadlineKind.SUBMISSION, instant("2027-02-25T17:00"))
        .containsEntry(DeadlineKind.REPORT, instant("2027-12-15T17:00"));
    assertThat(world.cycleRepository.findChanges(YEAR)).isEmpty();
    assertThat(timer("Timer_CellPlanReminder").getDuedate()).isEqualTo(reminder.getDuedate());
    assertThat(task("Task_WritePlan", "dbt-a").getDueDate()).isEqualTo(date("2027-02-20T17:00"));
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("Process_ChangeDeadline")
        .count()).isZero();
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(cycle.getId()).count()).isOne();
  }

  @Test
  void aPhaseThatIsOverKeepsItsDeadlines() {
    open(Map.of());
    world.cycle.closeRegistration(YEAR, REVIEWER);
    assertThatThrownBy(() -> change("SUBMISSION", "2027-02-27", "Muộn rồi"))
        .hasMessage("Giai đoạn đăng ký mô hình năm 2027 đã kết thúc; không đổi hạn nộp hồ sơ đăng ký mô hình về Đảng ủy "
            + "Khối được nữa");
    at("2027-11-16T08:00");
    assertThatThrownBy(() -> change("REPORT_OPENS", "2027-11-20", "Đã mở"))
        .hasMessageStartingWith("Ngày bắt đầu báo cáo kết quả thực hiện mô hình năm 2027 (17 giờ 00 ngày 15/11/2027) đã đến");
    // The report deadline can still move while the year runs.
    change("REPORT", "2027-12-20", "Gia hạn báo cáo");
    assertThat(world.calendar.dueInstant(YEAR, DeadlineKind.REPORT)).isEqualTo(instant("2027-12-20T17:00"));
  }

  @Test
  void timersThatNameOrFollowTheDeadlineAreRecalculated() {
    world.cycle.openYear(new CycleService.OpenYearCommand(YEAR, false, Map.of(), REVIEWER, null));
    ProcessInstance instance = runtime.startProcessInstanceByKey("Test_DeadlineFollowers", Map.of("year", YEAR));
    assertThat(timer("Timer_Closes").getDuedate()).isEqualTo(date("2027-12-18T17:00"));
    assertThat(tasks("Task_Close")).singleElement().extracting(t -> t.getDueDate()).isEqualTo(date("2027-12-18T17:00"));

    Instant oldReport = world.calendar.dueInstant(YEAR, DeadlineKind.REPORT);
    world.cycleRepository.updateDeadline(YEAR, DeadlineKind.REPORT, oldReport, instant("2027-12-22T17:00"), instant("2027-01-05T08:00"), REVIEWER);
    DeadlineRescheduler.Outcome outcome =
        rescheduler.reschedule(YEAR, instance.getId(), DeadlineKind.REPORT, oldReport, instant("2027-12-22T17:00"));

    assertThat(outcome).isEqualTo(new DeadlineRescheduler.Outcome(1, 2));
    assertThat(timer("Timer_Closes").getDuedate()).isEqualTo(date("2027-12-25T17:00"));
    assertThat(tasks("Task_Wait")).singleElement().extracting(t -> t.getDueDate()).isEqualTo(date("2027-12-22T17:00"));
    assertThat(tasks("Task_Close")).singleElement().extracting(t -> t.getDueDate()).isEqualTo(date("2027-12-25T17:00"));
    assertThat(timer("Timer_Opens").getDuedate()).isEqualTo(date("2027-11-15T17:00"));
    assertThat(timer("Timer_Other").getDuedate()).isEqualTo(date("2027-02-25T17:00"));

    Instant oldOpens = world.calendar.dueInstant(YEAR, DeadlineKind.REPORT_OPENS);
    world.cycleRepository.updateDeadline(YEAR, DeadlineKind.REPORT_OPENS, oldOpens, instant("2027-11-20T08:00"), instant("2027-01-05T08:00"), REVIEWER);
    assertThat(rescheduler.reschedule(YEAR, instance.getId(), DeadlineKind.REPORT_OPENS, oldOpens, instant("2027-11-20T08:00")))
        .isEqualTo(new DeadlineRescheduler.Outcome(1, 0));
    assertThat(timer("Timer_Opens").getDuedate()).isEqualTo(date("2027-11-20T08:00"));
    assertThat(timer("Timer_Closes").getDuedate()).isEqualTo(date("2027-12-25T17:00"));
    assertThat(tasks("Task_Close")).singleElement().extracting(t -> t.getDueDate()).isEqualTo(date("2027-12-25T17:00"));
    assertThat(List.of(timer("Timer_Other").getDuedate())).containsExactly(date("2027-02-25T17:00"));
  }
}
