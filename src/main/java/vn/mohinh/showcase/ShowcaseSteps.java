package vn.mohinh.showcase;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.mohinh.catalog.ModelChoice;
import vn.mohinh.catalog.ModelRef;
import vn.mohinh.organization.OrganizationDirectory;
import vn.mohinh.organization.Role;
import vn.mohinh.platform.EngineUser;
import vn.mohinh.platform.InvalidInputException;
import vn.mohinh.platform.TaskForms;
import vn.mohinh.workflow.FormReader;

/**
 * The BPMN's edge of the publication (processes/showcase-publication.bpmn, bean {@code showcaseSteps}):
 * maps tasks and executions to {@link ShowcaseService} and back. The BPMN names this bean as the
 * delegate of every listener and service task ({@code delegateExpression="${showcaseSteps}"}); it
 * dispatches on the element's id and the event. The process carries references ({@code year},
 * {@code initiativeId}, {@code proposalId}, {@code showcaseId}) and the head's decision
 * ({@code showcaseDecision}); the texts live in the domain tables.
 */
@Component(ShowcaseSteps.BEAN_NAME)
public class ShowcaseSteps implements TaskListener, JavaDelegate, ExecutionListener {

  public static final String BEAN_NAME = "showcaseSteps";
  // process variables
  public static final String YEAR = "year";
  public static final String INITIATIVE_ID = "initiativeId";
  public static final String SOURCE = "proposalSource";
  public static final String PROPOSAL_ID = "proposalId";
  public static final String DECISION = "showcaseDecision";
  public static final String SHOWCASE_ID = "showcaseId";
  public static final String UNPUBLISHED_BY = "unpublishedBy";
  public static final String UNPUBLISH_REASON = "unpublishReason";
  // form fields
  static final String F_CANCEL = "cancelProposal";
  static final String F_TITLE = "title";
  static final String F_SUMMARY = "summary";
  static final String F_BODY = "body";
  static final String F_DECISION = "approvalDecision";
  static final String F_COMMENT = "approvalComment";
  static final Set<String> DECISIONS = Set.of("PUBLISH", "RETURN", "REJECT");

  private final ShowcaseService service;
  private final OrganizationDirectory directory;
  private final ShowcaseProperties properties;

  public ShowcaseSteps(ShowcaseService service, OrganizationDirectory directory, ShowcaseProperties properties) {
    this.service = service;
    this.directory = directory;
    this.properties = properties;
  }

  @Override
  public void notify(DelegateTask task) {
    String step = task.getTaskDefinitionKey() + ":" + task.getEventName();
    switch (step) {
      case "Task_ChooseShowcaseModel:create" -> showModelChoice(task);
      case "Task_ChooseShowcaseModel:complete" -> chooseModel(task);
      case "Task_EditShowcase:create" -> showDraft(task);
      case "Task_EditShowcase:complete" -> saveDraft(task);
      case "Task_ApproveShowcase:create" -> showForApproval(task);
      case "Task_ApproveShowcase:complete" -> decide(task);
      default -> throw new IllegalStateException("showcaseSteps has no step " + step);
    }
  }

  @Override
  public void execute(DelegateExecution execution) {
    switch (execution.getCurrentActivityId()) {
      case "ServiceTask_OpenProposal" -> open(execution);
      case "ServiceTask_Publish" -> publish(execution);
      case "ServiceTask_Unpublish" -> unpublish(execution);
      default -> throw new IllegalStateException("showcaseSteps has no step " + execution.getCurrentActivityId());
    }
  }

  @Override
  public void notify(DelegateExecution execution) {
    if ("StartEvent_ShowcaseRequested".equals(execution.getCurrentActivityId())) {
      checkStart(execution);
    }
  }

  /** The model's name, for the tasks' names in Tasklist. */
  public String modelName(String initiativeId) {
    return service.model(initiativeId).map(ModelRef::name).orElse("");
  }

  // ---------------------------------------------------------------- start

  /** Checks the start form (the year) and what a caller passed (a model of that year). */
  void checkStart(DelegateExecution execution) {
    FormReader form = FormReader.ofStart(execution);
    Integer year = form.integer(YEAR, "năm", true, 2021, 2100);
    form.check();
    execution.setVariable(YEAR, year);
    if (!ProposalSource.EVALUATION.name().equals(execution.getVariable(SOURCE))) {
      execution.setVariable(SOURCE, ProposalSource.REVIEWER.name());
    }
    Object initiativeId = execution.getVariable(INITIATIVE_ID);
    if (initiativeId != null && !(initiativeId instanceof String)) {
      throw new InvalidInputException("Mã mô hình không hợp lệ");
    }
  }

  // ---------------------------------------------------------------- Task_ChooseShowcaseModel

  void showModelChoice(DelegateTask task) {
    int year = year(task.getExecution());
    ModelChoice.show(task, year, service.candidates(year), F_CANCEL, "đã được Khối tiếp nhận, chưa đăng",
        "chưa có mô hình nào đã được Khối tiếp nhận mà chưa đăng. Có thể hủy đề xuất.");
  }

  void chooseModel(DelegateTask task) {
    int year = year(task.getExecution());
    task.getExecution().setVariable(INITIATIVE_ID, ModelChoice.read(task, service.candidates(year), F_CANCEL));
  }

  // ---------------------------------------------------------------- ServiceTask_OpenProposal

  void open(DelegateExecution execution) {
    String initiativeId = (String) execution.getVariable(INITIATIVE_ID);
    ProposalSource source = ProposalSource.valueOf(String.valueOf(execution.getVariable(SOURCE)));
    Proposal proposal = service.open(execution.getProcessInstanceId(), initiativeId, year(execution), source, EngineUser.of(execution.getProcessEngineServices()));
    execution.setVariable(PROPOSAL_ID, proposal.id());
  }

  // ---------------------------------------------------------------- Task_EditShowcase

  void showDraft(DelegateTask task) {
    Proposal proposal = proposal(task);
    Map<String, Object> shown = modelInfo(proposal);
    shown.put("returnComment", proposal.returnCount() > 0 ? proposal.lastComment() : null);
    shown.put(F_TITLE, proposal.title());
    shown.put(F_SUMMARY, proposal.summary());
    shown.put(F_BODY, proposal.body());
    TaskForms.show(task, shown);
  }

  void saveDraft(DelegateTask task) {
    FormReader form = FormReader.of(task);
    String title = form.text(F_TITLE, "tiêu đề", true, ShowcaseService.TITLE_MAX);
    String summary = form.text(F_SUMMARY, "tóm tắt", true, ShowcaseService.SUMMARY_MAX);
    String body = form.text(F_BODY, "nội dung giới thiệu", true, ShowcaseService.BODY_MAX);
    form.check();
    service.saveDraft(proposal(task), title, summary, body, EngineUser.of(task.getProcessEngineServices()));
  }

  // ---------------------------------------------------------------- Task_ApproveShowcase

  /** The head of the reviewing office, as configured (only people active in the directory). */
  public List<String> approverUsers() {
    return properties.approverUsers().stream().filter(u -> directory.person(u).isPresent()).toList();
  }

  /** The configured approving groups; the reviewing office when nobody else is configured. */
  public List<String> approverGroups() {
    if (!properties.approverGroups().isEmpty()) {
      return properties.approverGroups();
    }
    return approverUsers().isEmpty() ? List.of(Role.REVIEWER.groupId()) : List.of();
  }

  void showForApproval(DelegateTask task) {
    Proposal proposal = proposal(task);
    Map<String, Object> shown = modelInfo(proposal);
    shown.put("previewTitle", proposal.title());
    shown.put("previewSummary", proposal.summary());
    shown.put("previewBody", proposal.body());
    shown.put(F_DECISION, null);
    shown.put(F_COMMENT, null);
    TaskForms.show(task, shown);
  }

  void decide(DelegateTask task) {
    FormReader form = FormReader.of(task);
    String decision = form.choice(F_DECISION, "ý kiến duyệt", true, DECISIONS);
    String comment = form.text(F_COMMENT, "ý kiến", !"PUBLISH".equals(decision) && decision != null, ShowcaseService.REASON_MAX);
    form.check();
    Proposal proposal = proposal(task);
    String by = EngineUser.of(task.getProcessEngineServices());
    switch (decision) {
      case "RETURN" -> service.returnForEditing(proposal, comment, by);
      case "REJECT" -> service.reject(proposal, comment, by);
      default -> task.getExecution().setVariable("showcaseApprovedBy", by);
    }
    task.getExecution().setVariable(DECISION, decision);
  }

  // ---------------------------------------------------------------- ServiceTask_Publish

  void publish(DelegateExecution execution) {
    Proposal proposal = service.proposalOfProcess(execution.getProcessInstanceId());
    Object approvedBy = execution.getVariable("showcaseApprovedBy");
    String id = service.publish(proposal, approvedBy == null ? null : approvedBy.toString());
    execution.setVariable(SHOWCASE_ID, id);
  }

  // ---------------------------------------------------------------- ServiceTask_Unpublish

  void unpublish(DelegateExecution execution) {
    service.unpublish((String) execution.getVariable(SHOWCASE_ID), (String) execution.getVariable(UNPUBLISHED_BY),
        (String) execution.getVariable(UNPUBLISH_REASON));
  }

  // ---------------------------------------------------------------- helpers

  private Proposal proposal(DelegateTask task) {
    return service.proposalOfProcess(task.getProcessInstanceId());
  }

  private Map<String, Object> modelInfo(Proposal proposal) {
    Map<String, Object> shown = new LinkedHashMap<>();
    ModelRef model = service.model(proposal.initiativeId()).orElse(null);
    shown.put("modelName", model == null ? null : model.name());
    shown.put("modelUnit", model == null ? null : model.unitName());
    shown.put("modelGroup", model == null ? null : model.groupName());
    shown.put("modelYear", proposal.year());
    return shown;
  }

  private static int year(DelegateExecution execution) {
    Object year = execution.getVariable(YEAR);
    if (year instanceof Number n) {
      return n.intValue();
    }
    throw new IllegalStateException("The process has no year");
  }
}
