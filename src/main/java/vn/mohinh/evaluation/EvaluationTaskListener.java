package vn.mohinh.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.mohinh.document.DocumentLinks;
import vn.mohinh.platform.EngineUser;
import vn.mohinh.platform.TaskForms;
import vn.mohinh.report.Markdown;

/**
 * The user tasks of the evaluation ({@code camunda:taskListener delegateExpression="${evaluationTaskListener}"}
 * on create, complete and delete): fills the form's fields and what it shows as task-local
 * variables, and hands what was submitted to {@link EvaluationService}.
 */
@Component(EvaluationTaskListener.BEAN_NAME)
public class EvaluationTaskListener implements TaskListener {

  public static final String BEAN_NAME = "evaluationTaskListener";

  /** Task definition keys in the BPMN. */
  public static final String EVALUATE = "Task_EvaluateReport";

  public static final String APPROVE = "Task_ApproveCommendations";
  public static final String RECONSIDER = "Task_ReconsiderCommendations";

  /** Fields of forms/approve-commendations.form. */
  public static final String APPROVAL_DECISION = "approvalDecision";

  public static final String APPROVAL_COMMENT = "approvalComment";

  /** Fields of forms/reconsider-commendations.form. */
  public static final String RECONSIDER_REPORTS = "reconsiderReports";

  public static final String RECONSIDER_COMMENT = "reconsiderComment";

  /** Process variable set by the approval: the standing committee approved the list. */
  public static final String VAR_APPROVED = "commendationsApproved";

  private final EvaluationService evaluations;

  public EvaluationTaskListener(EvaluationService evaluations) {
    this.evaluations = evaluations;
  }

  @Override
  public void notify(DelegateTask task) {
    String key = task.getTaskDefinitionKey();
    switch (task.getEventName()) {
      case EVENTNAME_CREATE -> created(task, key);
      case EVENTNAME_COMPLETE -> completed(task, key);
      case EVENTNAME_DELETE -> evaluations.forgetTask(task.getId());
      default -> {}
    }
  }

  private void created(DelegateTask task, String key) {
    int year = year(task);
    Map<String, Object> show = new LinkedHashMap<>();
    switch (key) {
      case EVALUATE -> {
        EvaluationService.EvaluateTask open = evaluations.openEvaluationTask(task.getId(), year, (String) task.getVariable("reportId"));
        show.putAll(open.fields());
        show.put("reportUnitName", open.unitName());
        show.put("reportModelName", open.model().name());
        show.put("reportTimeliness", open.report().timeliness());
        String initiativeId = open.report().initiativeId();
        show.put("evaluateReportUrl", initiativeId == null ? null : DocumentLinks.report(initiativeId));
        show.put("reportMarkdown", Markdown.shown(open.reportMarkdown()));
        show.put("reportIndicators", open.indicators());
        show.put("planMarkdown", Markdown.shown(open.planMarkdown()));
        show.put("approverComment", Markdown.shown(Markdown.paragraphsOrNull(open.approverComment())));
      }
      case APPROVE -> {
        EvaluationService.ApproveTask open = evaluations.openApprovalTask(task.getId(), year);
        show.put(APPROVAL_DECISION, null);
        show.put(APPROVAL_COMMENT, null);
        show.put("approveListUrl", DocumentLinks.commendations(year));
        show.put("proposals", open.list().rows().stream().map(EvaluationService.ListRow::asTableRow).toList());
        show.put("listMarkdown", Markdown.shown(EvaluationService.listMarkdown(open.list())));
        EvaluationRepository.Round last = open.lastRound();
        show.put("reviewerReply", Markdown.shown(last != null && EvaluationService.RETURN.equals(last.decision()) ? replyText(last) : null));
      }
      case RECONSIDER -> {
        EvaluationService.ReconsiderTask open = evaluations.openReconsiderTask(task.getId(), year);
        show.put(RECONSIDER_REPORTS, List.of());
        show.put(RECONSIDER_COMMENT, null);
        show.put("approverComment", Markdown.shown(Markdown.paragraphsOrNull(open.round().comment())));
        show.put("proposals", open.list().rows().stream().map(EvaluationService.ListRow::asTableRow).toList());
        show.put("listMarkdown", Markdown.shown(EvaluationService.listMarkdown(open.list())));
        show.put("reconsiderOptions", open.options());
      }
      default -> throw new IllegalStateException("evaluationTaskListener does not handle task " + key);
    }
    TaskForms.show(task, show);
  }

  private void completed(DelegateTask task, String key) {
    String actor = EngineUser.of(task.getProcessEngineServices());
    switch (key) {
      case EVALUATE -> evaluations.evaluate(task.getId(), TaskForms.submitted(task, EvaluationForm.keys()), actor);
      case APPROVE -> {
        Map<String, Object> values = TaskForms.submitted(task, List.of(APPROVAL_DECISION, APPROVAL_COMMENT));
        boolean approved =
            evaluations.decideApproval(
                task.getId(), TaskForms.string(values.get(APPROVAL_DECISION)), TaskForms.string(values.get(APPROVAL_COMMENT)), actor);
        task.getExecution().setVariable(VAR_APPROVED, approved);
      }
      case RECONSIDER -> {
        Map<String, Object> values = TaskForms.submitted(task, List.of(RECONSIDER_REPORTS, RECONSIDER_COMMENT));
        evaluations.reconsider(
            task.getId(), TaskForms.stringList(values.get(RECONSIDER_REPORTS)), TaskForms.string(values.get(RECONSIDER_COMMENT)), actor);
      }
      default -> throw new IllegalStateException("evaluationTaskListener does not handle task " + key);
    }
  }

  private static String replyText(EvaluationRepository.Round round) {
    return "**Ý kiến trả lại lần " + round.round() + ":** " + Markdown.paragraphs(round.comment()) + "\n\n**Ban Tuyên giáo giải trình:** "
        + Markdown.paragraphs(round.reply());
  }

  static int year(DelegateTask task) {
    Object year = task.getVariable("year");
    if (year instanceof Number n) {
      return n.intValue();
    }
    throw new IllegalStateException("Task " + task.getTaskDefinitionKey() + " has no year");
  }
}
