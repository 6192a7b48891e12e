package vn.mohinh.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.mohinh.catalog.ModelRef;
import vn.mohinh.notification.Notifier;
import vn.mohinh.organization.OrganizationDirectory;
import vn.mohinh.workflow.DeadlineNotices;
import vn.mohinh.platform.InvalidInputException;

/** Every path of Process_Inspection on the pure engine: the answer on time, late, not needed; refused input. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {
    "processes/inspection.bpmn", "forms/inspection-start.form", "forms/inspection-choose-model.form",
    "forms/inspection-findings.form", "forms/inspection-answer.form"})
class InspectionProcessTest {

  static final Instant NOW = Instant.parse("2026-03-10T02:00:00Z");
  static final Instant DUE = Instant.parse("2026-03-25T10:00:00Z");
  static final ModelRef MODEL = new ModelRef("m-1", 2026, "stc-vp", "Chi bộ Văn phòng – Đảng bộ Sở Tài chính", "stc",
      "Một cửa thân thiện", "G2", "Nhóm cải cách thủ tục hành chính", "ACCEPTED", false);

  ProcessEngine processEngine;
  InspectionService service = mock(InspectionService.class);
  OrganizationDirectory directory = mock(OrganizationDirectory.class);
  Notifier notifier = mock(Notifier.class);

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(processEngine);
    ClockUtil.setCurrentTime(Date.from(NOW));
    when(service.candidates(2026)).thenReturn(List.of(MODEL));
    when(service.checkTeam(anyList())).thenReturn(List.of());
    when(service.defaultAnswerDue()).thenReturn(LocalDate.of(2026, 3, 25));
    when(service.schedule(anyString(), eq("m-1"), eq(2026), eq(InspectionKind.SURVEY), eq(LocalDate.of(2026, 3, 12)),
        eq(List.of("btg.chuyenvien", "btg.truongban")), any())).thenAnswer(call -> inspection(call.getArgument(0), null));
    when(service.ofProcess(anyString())).thenAnswer(call -> inspection(call.getArgument(0), DUE));
    when(directory.candidateGroupsFor("stc-vp")).thenReturn(List.of("unit-stc-vp", "unit-stc"));
    when(directory.unit(anyString())).thenReturn(Optional.empty());
    DeadlineNotices deadlines = new DeadlineNotices(() -> notifier, List.of(7, 3, 1), ZoneId.of("Asia/Ho_Chi_Minh"));
    Mocks.register(InspectionSteps.BEAN_NAME, new InspectionSteps(service, directory, deadlines));
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
  }

  @Test
  void theUnitAnswersTheRecommendationsOnTime() {
    ProcessInstance instance = startAndRecordFindings("Bổ sung số liệu so sánh trước và sau khi thực hiện");

    assertThat(instance).isWaitingAt("Task_AnswerRecommendations");
    Task answer = current();
    assertThat(answer).hasCandidateGroup("unit-stc-vp").hasCandidateGroup("unit-stc");
    assertThat(answer.getDueDate()).isEqualTo(Date.from(DUE));
    assertThat(processEngine.getTaskService().getVariable(answer.getId(), "unitCode")).isEqualTo("stc-vp");
    assertThat(processEngine.getTaskService().getVariable(answer.getId(), "year")).isEqualTo(2026);
    Job timer = processEngine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
    assertThat(timer.getDuedate()).isEqualTo(Date.from(DUE));

    ClockUtil.setCurrentTime(Date.from(DUE.minus(1, ChronoUnit.DAYS)));
    when(service.answer(any(), anyString(), any())).thenReturn(true);
    submit(Map.of("recommendationAnswer", "Đã bổ sung số liệu quý I"));

    verify(service).answer(any(), eq("Đã bổ sung số liệu quý I"), any());
    verify(service, never()).markOverdue(any());
    verify(notifier, never()).notifyOverdue(any());
    assertThat(instance).isEnded().hasPassed("EndEvent_RecommendationsAnswered").hasNotPassed("ServiceTask_AnswerOverdue");
    assertThat(instance).variables().containsEntry("answeredOnTime", true);
    assertThat(processEngine.getManagementService().createJobQuery().count()).isZero();
  }

  @Test
  void theDueDatePassesTheUnitIsToldAndItsLateAnswerIsStillTaken() {
    ProcessInstance instance = startAndRecordFindings("Bổ sung số liệu");

    ClockUtil.setCurrentTime(Date.from(DUE.plus(1, ChronoUnit.MINUTES)));
    Job timer = processEngine.getManagementService().createJobQuery().timers().executable().singleResult();
    processEngine.getManagementService().executeJob(timer.getId());

    verify(service).markOverdue(any());
    verify(notifier).notifyOverdue(new Notifier.DeadlineNotice(2026, "INSPECTION_ANSWER",
        InspectionService.ANSWER_DEADLINE_LABEL, DUE));
    assertThat(instance).hasPassed("ServiceTask_AnswerOverdue", "EndEvent_AnswerOverdueNoticed")
        .isWaitingAt("Task_AnswerRecommendations");

    when(service.answer(any(), anyString(), any())).thenReturn(false);
    submit(Map.of("recommendationAnswer", "Trả lời muộn"));
    assertThat(instance).isEnded().hasPassed("EndEvent_RecommendationsAnswered");
    assertThat(instance).variables().containsEntry("answeredOnTime", false);
  }

  @Test
  void withoutRecommendationsTheInspectionEndsAfterTheFindings() {
    ProcessInstance instance = startAndRecordFindings(null);

    assertThat(instance).isEnded().hasPassed("EndEvent_InspectionClosed").hasNotPassed("Task_AnswerRecommendations");
  }

  @Test
  void theReviewerMayStopBeforeChoosingAModel() {
    ProcessInstance instance = start();
    submit(Map.of("cancelInspection", true));

    verify(service, never()).schedule(any(), any(), any(Integer.class), any(), any(), any(), any());
    assertThat(instance).isEnded().hasPassed("EndEvent_InspectionCancelled");
  }

  @Test
  void badStartFormsAndFindingsAreRefused() {
    when(service.checkTeam(List.of("nobody"))).thenReturn(List.of("Không có người dùng: nobody"));
    assertThatThrownBy(() -> processEngine.getRuntimeService().startProcessInstanceByKey(InspectionService.PROCESS_KEY,
        Map.of("year", 2026, "inspectionKind", "PARTY", "inspectionDate", "15/03/2026", "teamMembers", "nobody")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("hình thức")
        .hasMessageContaining("ngày khảo sát, kiểm tra")
        .hasMessageContaining("nobody");
    assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().count()).isZero();

    ProcessInstance instance = start();
    submit(Map.of("chosenModelId", "m-1"));
    assertThatThrownBy(() -> submit(Map.of("modelState", "Tốt", "rating", "EXCELLENT")))
        .hasMessageContaining("Chưa nhập ưu điểm")
        .hasMessageContaining("xếp loại");
    verify(service, never()).recordFindings(any(), any(), any(), any(), any(), any(), any(), any());
    assertThat(instance).isWaitingAt("Task_RecordFindings");
  }

  private ProcessInstance startAndRecordFindings(String recommendations) {
    ProcessInstance instance = start();
    assertThat(instance).isWaitingAt("Task_ChooseInspectedModel");
    assertThat(current()).hasCandidateGroup("reviewers");
    submit(Map.of("chosenModelId", "m-1"));

    assertThat(instance).hasPassed("ServiceTask_ScheduleInspection").isWaitingAt("Task_RecordFindings");
    assertThat(candidateUsers(current())).containsExactlyInAnyOrder("btg.chuyenvien", "btg.truongban");
    assertThat(processEngine.getTaskService().getVariableLocal(current().getId(), "answerDueDate")).isEqualTo("2026-03-25");
    when(service.recordFindings(any(), eq("Đang triển khai tốt"), eq("Thủ tục nhanh"), eq("Thiếu số liệu"), eq(recommendations),
        eq(InspectionRating.GOOD), eq(LocalDate.of(2026, 3, 25)), any())).thenReturn(recommendations == null ? null : DUE);
    java.util.HashMap<String, Object> findings = new java.util.HashMap<>(Map.of(
        "modelState", "Đang triển khai tốt", "strengths", "Thủ tục nhanh", "shortcomings", "Thiếu số liệu", "rating", "GOOD",
        "answerDueDate", "2026-03-25"));
    findings.put("recommendations", recommendations);
    submit(findings);
    return instance;
  }

  private ProcessInstance start() {
    return processEngine.getRuntimeService().startProcessInstanceByKey(InspectionService.PROCESS_KEY,
        Map.of("year", 2026L, "inspectionKind", "SURVEY", "inspectionDate", "2026-03-12",
            "teamMembers", "btg.chuyenvien, btg.truongban"));
  }

  private void submit(Map<String, Object> values) {
    processEngine.getFormService().submitTaskForm(current().getId(), values);
  }

  private Task current() {
    return processEngine.getTaskService().createTaskQuery().singleResult();
  }

  private List<String> candidateUsers(Task task) {
    return processEngine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .map(IdentityLink::getUserId).filter(u -> u != null).toList();
  }

  static Inspection inspection(String processInstanceId, Instant due) {
    return new Inspection("i-1", "m-1", 2026, "stc-vp", "Một cửa thân thiện", InspectionKind.SURVEY, LocalDate.of(2026, 3, 12),
        List.of("btg.chuyenvien", "btg.truongban"), InspectionStatus.PLANNED, processInstanceId, "btg.truongban", NOW, null, null, null,
        null, null, null, null, due, null, null, null, null, null);
  }
}
