package vn.mohinh.milestone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.mohinh.notification.Notifier;
import vn.mohinh.workflow.DeadlineNotices;
import vn.mohinh.platform.InvalidInputException;

/**
 * Process_MilestoneReview with Process_MilestoneUnitReport on the pure engine: a committee (stc) with
 * one cell (stc-vp) and a base cell (cbbtv) report, reminders and overdue notices fall at the
 * deadlines, the reviewing office compiles, the standing committee returns once then approves.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {
    "processes/milestone-review.bpmn", "processes/milestone-unit-report.bpmn", "processes/milestone-schedule.bpmn",
    "forms/milestone-start.form",
    "forms/milestone-report.form", "forms/milestone-compile.form", "forms/milestone-approve.form"})
class MilestoneReviewProcessTest {

  static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  static final Milestone SO_KET = new Milestone("so-ket-2023", "Sơ kết 03 năm thực hiện Kết luận số 01-KL/TW", MilestoneKind.REVIEW,
      2021, 2022, LocalDate.of(2023, 2, 15), LocalDate.of(2023, 1, 16));
  static final Instant UNIT_DUE = Instant.parse("2023-02-15T10:00:00Z");
  static final Instant CELL_DUE = Instant.parse("2023-02-08T10:00:00Z");

  ProcessEngine processEngine;
  MilestoneService service = mock(MilestoneService.class);
  Notifier notifier = mock(Notifier.class);
  MilestoneReview opened;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(processEngine);
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2023-01-16T01:00:00Z")));
    when(service.properties()).thenReturn(new MilestoneProperties(false, null, null, null, null, ZONE, List.of()));
    when(service.requireMilestone("so-ket-2023")).thenReturn(SO_KET);
    when(service.requireMilestone("khong-co")).thenThrow(new InvalidInputException("Không có đợt 'khong-co'"));
    when(service.open(anyString(), eq(SO_KET), any())).thenAnswer(call -> {
      opened = review(call.getArgument(0));
      return opened;
    });
    when(service.review("r-1")).thenAnswer(call -> opened);
    when(service.compileDue(any())).thenReturn(UNIT_DUE.plus(10, ChronoUnit.DAYS));
    when(service.baseUnits()).thenReturn(List.of("stc", "cbbtv"));
    when(service.cellsOf("stc")).thenReturn(List.of("stc-vp"));
    when(service.cellsOf("cbbtv")).thenReturn(List.of());
    when(service.groupsOf("stc")).thenReturn(List.of("unit-stc"));
    when(service.groupsOf("cbbtv")).thenReturn(List.of("unit-cbbtv"));
    when(service.groupsOf("stc-vp")).thenReturn(List.of("unit-stc-vp", "unit-stc"));
    when(service.unitName(anyString())).thenAnswer(call -> "Đơn vị " + call.getArgument(0));
    when(service.figures(any(), anyString())).thenReturn(new MilestoneService.Figures(3, "Tổng số: 3 mô hình"));
    when(service.status(any())).thenReturn(new MilestoneService.Status(0, 2, List.of()));
    Mocks.register(MilestoneSteps.BEAN_NAME, new MilestoneSteps(service));
    Mocks.register(DeadlineNotices.BEAN_NAME, new DeadlineNotices(() -> notifier, List.of(7, 3, 1), ZONE));
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
  }

  @Test
  void aCommitteeWithItsCellAndABaseCellReportTheBlocCompilesAndTheStandingCommitteeApproves() {
    ProcessInstance review = start("so-ket-2023");

    assertThat(review).isActive().variables()
        .containsEntry("milestoneReviewId", "r-1").containsEntry("year", 2023)
        .containsEntry("unitDeadline", Date.from(UNIT_DUE)).containsEntry("cellDeadline", Date.from(CELL_DUE));
    Task compile = task("Task_CompileBlocReport", null);
    assertThat(compile).hasCandidateGroup("reviewers");
    Task cell = task("Task_CellMilestoneReport", "stc-vp");
    assertThat(cell).hasCandidateGroup("unit-stc-vp").hasCandidateGroup("unit-stc");
    assertThat(cell.getDueDate()).isEqualTo(Date.from(CELL_DUE));
    Task committee = task("Task_UnitMilestoneReport", "stc");
    assertThat(committee).hasCandidateGroup("unit-stc");
    assertThat(committee.getDueDate()).isEqualTo(Date.from(UNIT_DUE));
    Task baseCell = task("Task_UnitMilestoneReport", "cbbtv");
    assertThat(baseCell).hasCandidateGroup("unit-cbbtv");
    assertThat(processEngine.getTaskService().getVariableLocal(baseCell.getId(), "modelCount")).isEqualTo(3);
    assertThat(processEngine.getTaskService().getVariable(cell.getId(), "year")).isEqualTo(2023);

    // 7 days before the cells' deadline the cells that still owe their report are reminded
    ClockUtil.setCurrentTime(Date.from(CELL_DUE.minus(7, ChronoUnit.DAYS).plusSeconds(1)));
    executeDueTimers();
    verify(notifier).remindDeadline(new Notifier.DeadlineNotice(2023, "MILESTONE_CELL",
        "gửi báo cáo sơ kết 03 năm thực hiện Kết luận số 01-KL/TW về đảng ủy cơ sở", CELL_DUE), 7);

    when(service.cellReportsText(any(), eq("stc"))).thenReturn("Đã nhận 1/1 báo cáo của chi bộ trực thuộc.");
    submit(cell, report(2));
    verify(service).saveReport(any(), eq("stc-vp"), eq(content(2)), any());
    assertThat(processEngine.getTaskService().getVariableLocal(committee.getId(), "cellReports"))
        .isEqualTo("Đã nhận 1/1 báo cáo của chi bộ trực thuộc.");

    submit(committee, report(5));
    verify(service).saveReport(any(), eq("stc"), eq(content(5)), any());
    submit(baseCell, report(1));
    verify(service).saveReport(any(), eq("cbbtv"), eq(content(1)), any());

    assertThat(review).hasPassed("EndEvent_AllUnitsReported", "EndEvent_CollectionDone").isWaitingAt("Task_CompileBlocReport");
    assertThat(processEngine.getManagementService().createJobQuery().processInstanceId(review.getId()).count()).isZero();

    submit(task("Task_CompileBlocReport", null), Map.of("blocReport", "Báo cáo toàn Khối", "blocCommendationProposal", "Tặng giấy khen 3 tập thể"));
    verify(service).compile(any(), eq("Báo cáo toàn Khối"), eq("Tặng giấy khen 3 tập thể"), any());
    Task approve = task("Task_ApproveMilestoneReport", null);
    assertThat(approve).hasCandidateGroup("approvers");
    assertThatThrownBy(() -> submit(approve, Map.of("approvalDecision", "RETURN")))
        .hasMessageContaining("Chưa nhập ý kiến");
    submit(approve, Map.of("approvalDecision", "RETURN", "approvalComment", "Bổ sung số liệu"));
    verify(service).returnForRevision(any(), eq("Bổ sung số liệu"));

    submit(task("Task_CompileBlocReport", null), Map.of("blocReport", "Báo cáo đã bổ sung", "blocCommendationProposal", "Như trên"));
    submit(task("Task_ApproveMilestoneReport", null), Map.of("approvalDecision", "APPROVE"));
    verify(service).approve(any(), any());
    assertThat(review).isEnded().hasPassed("ServiceTask_CloseMilestone", "EndEvent_MilestoneApproved");
  }

  @Test
  void lateUnitsAreToldAtTheDeadlineAndTheBlocMayCompileWithoutThem() {
    ProcessInstance review = start("so-ket-2023");
    submit(task("Task_UnitMilestoneReport", "cbbtv"), report(1));

    ClockUtil.setCurrentTime(Date.from(CELL_DUE.plusSeconds(1)));
    executeDueTimers();
    verify(notifier).notifyOverdue(new Notifier.DeadlineNotice(2023, "MILESTONE_CELL",
        "gửi báo cáo sơ kết 03 năm thực hiện Kết luận số 01-KL/TW về đảng ủy cơ sở", CELL_DUE));
    ClockUtil.setCurrentTime(Date.from(UNIT_DUE.plusSeconds(1)));
    executeDueTimers();
    verify(notifier).notifyOverdue(new Notifier.DeadlineNotice(2023, "MILESTONE_UNIT",
        "gửi báo cáo sơ kết 03 năm thực hiện Kết luận số 01-KL/TW về Đảng ủy Khối", UNIT_DUE));
    verify(notifier, never()).remindDeadline(any(), eq(0));
    assertThat(review).hasPassed("EndEvent_UnitDeadlineHandled", "EndEvent_CellDeadlineHandled");
    // the late reports stay open
    assertThat(task("Task_UnitMilestoneReport", "stc")).isNotNull();
    assertThat(task("Task_CellMilestoneReport", "stc-vp")).isNotNull();

    submit(task("Task_CompileBlocReport", null), Map.of("blocReport", "Báo cáo", "blocCommendationProposal", "Không đề xuất"));
    submit(task("Task_ApproveMilestoneReport", null), Map.of("approvalDecision", "APPROVE"));

    assertThat(review).isEnded();
    assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
    assertThat(processEngine.getTaskService().createTaskQuery().count()).isZero();
  }

  @Test
  void theBlocCannotCompileBeforeTheDeadlineWhileUnitsAreMissing() {
    start("so-ket-2023");
    doThrow(new InvalidInputException("Chưa đến hạn báo cáo và còn 1 đơn vị chưa báo cáo"))
        .when(service).compile(any(), any(), any(), any());

    assertThatThrownBy(() -> submit(task("Task_CompileBlocReport", null),
        Map.of("blocReport", "Báo cáo", "blocCommendationProposal", "Không đề xuất")))
        .hasMessageContaining("còn 1 đơn vị chưa báo cáo");
    assertThat(task("Task_CompileBlocReport", null)).isNotNull();
  }

  @Test
  void anUnknownMilestoneOrBadReportIsRefused() {
    assertThatThrownBy(() -> start("khong-co")).isInstanceOf(InvalidInputException.class).hasMessageContaining("khong-co");
    assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().count()).isZero();

    start("so-ket-2023");
    Map<String, Object> bad = new HashMap<>(report(-1));
    bad.remove("results");
    assertThatThrownBy(() -> submit(task("Task_UnitMilestoneReport", "cbbtv"), bad))
        .hasMessageContaining("số mô hình")
        .hasMessageContaining("Chưa nhập kết quả nổi bật");
    verify(service, never()).saveReport(any(), any(), any(), any());
  }

  @Test
  void theDailyScheduleOpensTheMilestoneWhoseDayHasComeAndOtherwiseNothing() {
    when(service.dueToOpen()).thenReturn(Optional.empty());
    runDailyTimer();
    assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().count()).isZero();

    when(service.dueToOpen()).thenReturn(Optional.of(SO_KET));
    runDailyTimer();
    ProcessInstance review = processEngine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(MilestoneService.PROCESS_KEY).singleResult();
    assertThat(review).isNotNull().isWaitingAt("Task_CompileBlocReport");
    assertThat(review).variables().containsEntry("milestoneKey", "so-ket-2023");
    verify(service).open(review.getId(), SO_KET, null);
  }

  private void runDailyTimer() {
    Job timer = processEngine.getManagementService().createJobQuery().processDefinitionKey("Process_MilestoneSchedule").timers()
        .singleResult();
    assertThat(timer).as("the daily timer").isNotNull();
    ClockUtil.setCurrentTime(timer.getDuedate());
    processEngine.getManagementService().executeJob(timer.getId());
  }

  private ProcessInstance start(String key) {
    return processEngine.getRuntimeService().startProcessInstanceByKey(MilestoneService.PROCESS_KEY, Map.of("milestoneKey", key));
  }

  /** Runs the process instances' timers that are due, and those that become due by it, until none is left. */
  private void executeDueTimers() {
    for (int round = 0; round < 20; round++) {
      List<Job> due = processEngine.getManagementService().createJobQuery().timers().executable().list().stream()
          .filter(job -> job.getProcessInstanceId() != null).toList();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> processEngine.getManagementService().executeJob(job.getId()));
    }
  }

  /** The open task of the key, for the unit (task variable unitCode) when given. */
  private Task task(String key, String unitCode) {
    return processEngine.getTaskService().createTaskQuery().taskDefinitionKey(key).list().stream()
        .filter(t -> unitCode == null || unitCode.equals(processEngine.getTaskService().getVariable(t.getId(), "unitCode")))
        .findFirst().orElse(null);
  }

  private void submit(Task task, Map<String, Object> values) {
    processEngine.getFormService().submitTaskForm(task.getId(), values);
    continueAsync();
  }

  /** A unit's finished report continues in its parent in a job (asyncAfter): concurrent submissions do not collide. */
  private void continueAsync() {
    for (int round = 0; round < 20; round++) {
      List<Job> jobs = processEngine.getManagementService().createJobQuery().messages().executable().list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> processEngine.getManagementService().executeJob(job.getId()));
    }
  }

  static Map<String, Object> report(int models) {
    return Map.of("modelCount", (long) models, "situation", "Tình hình", "results", "Kết quả " + models, "nextSteps", "Phương hướng");
  }

  static MilestoneService.Content content(int models) {
    return new MilestoneService.Content(models, "Tình hình", "Kết quả " + models, null, null, "Phương hướng", null);
  }

  static MilestoneReview review(String processInstanceId) {
    return new MilestoneReview("r-1", SO_KET.key(), SO_KET.name(), SO_KET.kind(), 2021, 2022, UNIT_DUE, CELL_DUE,
        MilestoneStatus.COLLECTING, processInstanceId, "btg.truongban", Instant.now(), null, null, null, null, 0, null, null, null);
  }
}
