package vn.mohinh.showcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
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
import vn.mohinh.organization.OrganizationDirectory;
import vn.mohinh.organization.Person;
import vn.mohinh.organization.Role;
import vn.mohinh.platform.InvalidInputException;

/** Every path of Process_ShowcasePublication on the pure engine, the feature's service mocked. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {
    "processes/showcase-publication.bpmn", "forms/showcase-start.form", "forms/showcase-choose-model.form",
    "forms/showcase-edit.form", "forms/showcase-approve.form"})
class ShowcasePublicationProcessTest {

  static final ModelRef MODEL = new ModelRef("m-1", 2026, "stc-vp", "Chi bộ Văn phòng – Đảng bộ Sở Tài chính", "stc",
      "Một cửa thân thiện", "G2", "Nhóm mô hình cải cách thủ tục hành chính", "ACCEPTED", false);

  ProcessEngine processEngine;
  ShowcaseService service = mock(ShowcaseService.class);
  OrganizationDirectory directory = mock(OrganizationDirectory.class);

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(processEngine);
    when(service.candidates(2026)).thenReturn(List.of(MODEL));
    when(service.model("m-1")).thenReturn(Optional.of(MODEL));
    when(service.open(anyString(), eq("m-1"), eq(2026), any(), any())).thenAnswer(call -> proposal(call.getArgument(0), 0, null));
    when(service.proposalOfProcess(anyString())).thenAnswer(call -> proposal(call.getArgument(0), 0, null));
    when(service.publish(any(), any())).thenReturn("s-1");
    when(directory.person("btg.truongban")).thenReturn(Optional.of(
        new Person("btg.truongban", "Dương Ngọc Oanh", "btg.truongban@example.org", null, null, Set.of(Role.REVIEWER))));
    Mocks.register(ShowcaseSteps.BEAN_NAME,
        new ShowcaseSteps(service, directory, new ShowcaseProperties(List.of("btg.truongban"), List.of(), null, null)));
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
  }

  @Test
  void theReviewerChoosesAModelEditsItTheHeadReturnsThenPublishesAndItIsWithdrawnLater() {
    ProcessInstance instance = processEngine.getRuntimeService()
        .startProcessInstanceByKey(ShowcaseService.PROCESS_KEY, Map.of("year", 2026L));

    assertThat(instance).isWaitingAt("Task_ChooseShowcaseModel");
    assertThat(task()).hasCandidateGroup("reviewers");
    assertThat(processEngine.getTaskService().getVariableLocal(task().getId(), "modelOptions").toString()).contains("m-1");
    submit(Map.of("chosenModelId", "m-1", "cancelProposal", false));
    verify(service).open(instance.getId(), "m-1", 2026, ProposalSource.REVIEWER, null);

    assertThat(instance).isWaitingAt("Task_EditShowcase");
    assertThat(task()).hasCandidateGroup("reviewers");
    assertThat(processEngine.getTaskService().getVariableLocal(task().getId(), "title")).isEqualTo("Một cửa thân thiện");
    submit(Map.of("title", "Một cửa thân thiện", "summary", "Tóm tắt", "body", "Đoạn một.\n\nĐoạn hai."));
    verify(service).saveDraft(any(), eq("Một cửa thân thiện"), eq("Tóm tắt"), eq("Đoạn một.\n\nĐoạn hai."), any());

    assertThat(instance).isWaitingAt("Task_ApproveShowcase");
    assertThat(task()).hasCandidateUser("btg.truongban");
    assertThat(candidateGroups(task())).isEmpty();
    submit(Map.of("approvalDecision", "RETURN", "approvalComment", "Rút gọn phần tóm tắt"));
    verify(service).returnForEditing(any(), eq("Rút gọn phần tóm tắt"), any());

    assertThat(instance).isWaitingAt("Task_EditShowcase");
    submit(Map.of("title", "Một cửa thân thiện", "summary", "Ngắn hơn", "body", "Đoạn một."));
    assertThat(instance).isWaitingAt("Task_ApproveShowcase");
    submit(Map.of("approvalDecision", "PUBLISH"));

    verify(service).publish(any(), any());
    assertThat(instance).hasPassed("ServiceTask_Publish").isWaitingAt("Event_UnpublishRequested");
    assertThat(instance).variables().containsEntry("showcaseId", "s-1").containsEntry("showcaseDecision", "PUBLISH");

    processEngine.getRuntimeService().createMessageCorrelation(ShowcaseService.UNPUBLISH_MESSAGE)
        .processInstanceId(instance.getId())
        .setVariable(ShowcaseSteps.UNPUBLISHED_BY, "btg.chuyenvien")
        .setVariable(ShowcaseSteps.UNPUBLISH_REASON, "Đơn vị đề nghị cập nhật số liệu")
        .correlate();
    verify(service).unpublish("s-1", "btg.chuyenvien", "Đơn vị đề nghị cập nhật số liệu");
    assertThat(instance).hasPassed("ServiceTask_Unpublish").isEnded();
    assertThat(instance).hasPassed("EndEvent_Unpublished");
  }

  @Test
  void aModelFlaggedByTheEvaluationGoesStraightToEditingAndTheHeadMayDecideNotToPublish() {
    ProcessInstance instance = processEngine.getRuntimeService().startProcessInstanceByKey(ShowcaseService.PROCESS_KEY,
        Map.of("year", 2026, "initiativeId", "m-1", "proposalSource", "EVALUATION"));

    verify(service).open(instance.getId(), "m-1", 2026, ProposalSource.EVALUATION, null);
    assertThat(instance).hasNotPassed("Task_ChooseShowcaseModel").isWaitingAt("Task_EditShowcase");
    submit(Map.of("title", "Tiêu đề", "summary", "Tóm tắt", "body", "Nội dung"));
    submit(Map.of("approvalDecision", "REJECT", "approvalComment", "Chưa đủ tiêu biểu"));

    verify(service).reject(any(), eq("Chưa đủ tiêu biểu"), any());
    verify(service, never()).publish(any(), any());
    assertThat(instance).isEnded().hasPassed("EndEvent_NotPublished");
  }

  @Test
  void theReviewerMayCancelWhenNoModelFits() {
    ProcessInstance instance = processEngine.getRuntimeService()
        .startProcessInstanceByKey(ShowcaseService.PROCESS_KEY, Map.of("year", 2026));
    submit(Map.of("cancelProposal", true));

    verify(service, never()).open(anyString(), anyString(), anyInt(), any(), any());
    assertThat(instance).isEnded().hasPassed("EndEvent_ProposalCancelled");
  }

  @Test
  void badInputIsRefusedAndChangesNothing() {
    assertThatThrownBy(() -> processEngine.getRuntimeService()
        .startProcessInstanceByKey(ShowcaseService.PROCESS_KEY, Map.of("year", 1999)))
        .satisfies(ShowcasePublicationProcessTest::refusedInput).hasMessageContaining("năm");
    assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().count()).isZero();

    ProcessInstance instance = processEngine.getRuntimeService()
        .startProcessInstanceByKey(ShowcaseService.PROCESS_KEY, Map.of("year", 2026));
    assertThatThrownBy(() -> submit(Map.of("chosenModelId", "another-bloc-model")))
        .satisfies(ShowcasePublicationProcessTest::refusedInput).hasMessageContaining("mô hình");
    submit(Map.of("chosenModelId", "m-1"));

    assertThatThrownBy(() -> submit(Map.of("title", "", "summary", "Tóm tắt", "body", "x".repeat(20001))))
        .satisfies(ShowcasePublicationProcessTest::refusedInput)
        .hasMessageContaining("Chưa nhập tiêu đề")
        .hasMessageContaining("nội dung giới thiệu dài quá");
    verify(service, never()).saveDraft(any(), any(), any(), any(), any());
    assertThat(instance).isWaitingAt("Task_EditShowcase");

    submit(Map.of("title", "Tiêu đề", "summary", "Tóm tắt", "body", "Nội dung"));
    assertThatThrownBy(() -> submit(Map.of("approvalDecision", "RETURN")))
        .satisfies(ShowcasePublicationProcessTest::refusedInput).hasMessageContaining("ý kiến");
    assertThatThrownBy(() -> submit(Map.of("approvalDecision", "DELETE_EVERYTHING")))
        .satisfies(ShowcasePublicationProcessTest::refusedInput);
    assertThat(instance).isWaitingAt("Task_ApproveShowcase");
  }

  @Test
  void withoutAConfiguredHeadTheReviewingOfficeApproves() {
    Mocks.register(ShowcaseSteps.BEAN_NAME,
        new ShowcaseSteps(service, directory, new ShowcaseProperties(List.of("nobody.here"), List.of(), null, null)));
    processEngine.getRuntimeService().startProcessInstanceByKey(ShowcaseService.PROCESS_KEY,
        Map.of("year", 2026, "initiativeId", "m-1"));
    submit(Map.of("title", "Tiêu đề", "summary", "Tóm tắt", "body", "Nội dung"));

    assertThat(current()).hasDefinitionKey("Task_ApproveShowcase").hasCandidateGroup("reviewers");
  }

  private void submit(Map<String, Object> values) {
    processEngine.getFormService().submitTaskForm(current().getId(), values);
  }

  private Task current() {
    return processEngine.getTaskService().createTaskQuery().singleResult();
  }

  private List<String> candidateGroups(Task task) {
    return processEngine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .map(IdentityLink::getGroupId).filter(g -> g != null).toList();
  }

  /** Refused input: a {@link InvalidInputException}, possibly wrapped by the engine's listener invocation, message kept. */
  static void refusedInput(Throwable thrown) {
    Throwable cause = thrown;
    while (!(cause instanceof InvalidInputException) && cause.getCause() != null) {
      cause = cause.getCause();
    }
    assertThat(cause).isInstanceOf(InvalidInputException.class);
    assertThat(thrown.getMessage()).contains(cause.getMessage());
  }

  static Proposal proposal(String processInstanceId, int returns, String comment) {
    return new Proposal("p-1", "m-1", 2026, "stc-vp", ProposalSource.REVIEWER, ProposalStatus.EDITING, processInstanceId,
        "Một cửa thân thiện", null, "Mục đích\nPhục vụ người dân", returns, comment, null, Instant.now(), null, null, null, null,
        null);
  }
}
