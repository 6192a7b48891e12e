package vn.mohinh.registration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.mohinh.document.DocumentLinks;
import vn.mohinh.platform.TaskForms;

/**
 * Task_CompileSummary (forms/compile-summary.form): the committee sees the generated mẫu 02 and
 * submits it to the bloc, or sends chosen plans back to their units; the process learns
 * {@code revisionRequested}.
 */
@Component(CompileTaskListener.BEAN_NAME)
public class CompileTaskListener implements TaskListener {

  public static final String BEAN_NAME = "compileTaskListener";

  /** Form fields. */
  public static final String FIELD_ACTION = "compileAction";

  public static final String FIELD_PLANS = "compileRevisePlans";

  public static final String FIELD_COMMENT = "compileReviseComment";

  /** Process variable. */
  public static final String VAR_REVISION_REQUESTED = "revisionRequested";

  public static final List<String> SHOWN =
      List.of(
          "compileYear", "compileUnitName", "compileRound", "compileDeadlineText", "compileRows", "compileRevisableOptions",
          "compileReturnComment", "compileReturnedBy", "compileSummaryUrl");

  private final SubmissionService submissions;

  public CompileTaskListener(SubmissionService submissions) {
    this.submissions = submissions;
  }

  @Override
  public void notify(DelegateTask task) {
    switch (task.getEventName()) {
      case EVENTNAME_CREATE -> create(task);
      case EVENTNAME_COMPLETE -> complete(task);
      case EVENTNAME_DELETE -> submissions.forgetTask(task.getId());
      default -> {}
    }
  }

  private void create(DelegateTask task) {
    int year = ProcessVariables.year(task);
    SubmissionService.CompileTask view = submissions.openCompileTask(task.getId(), year, ProcessVariables.unitCode(task));
    Map<String, Object> shown = new LinkedHashMap<>();
    shown.put("compileYear", year);
    shown.put("compileUnitName", view.unit().name());
    shown.put("compileRound", view.round());
    shown.put("compileDeadlineText", view.deadlineText());
    shown.put("compileRows", RegistrationViews.mau02(view.rows()));
    shown.put("compileSummaryUrl", DocumentLinks.summary(year, view.unit().code()));
    shown.put(
        "compileRevisableOptions",
        view.revisable().stream().map(m -> Map.of("label", m.label(), "value", m.initiativeId())).toList());
    shown.put("compileReturnComment", view.returned() == null ? null : view.returned().comment());
    shown.put(
        "compileReturnedBy",
        view.returned() == null ? null : submissions.reviewingOffice() + " (lần nộp " + view.returned().round() + ")");
    shown.put(FIELD_ACTION, null);
    shown.put(FIELD_PLANS, null);
    shown.put(FIELD_COMMENT, null);
    TaskForms.show(task, shown);
  }

  private void complete(DelegateTask task) {
    Map<String, Object> values = TaskForms.submitted(task, List.of(FIELD_ACTION, FIELD_PLANS, FIELD_COMMENT));
    boolean revise =
        submissions.compile(
            task.getId(),
            TaskForms.string(values.get(FIELD_ACTION)),
            TaskForms.stringList(values.get(FIELD_PLANS)),
            TaskForms.string(values.get(FIELD_COMMENT)),
            ProcessVariables.actor(task));
    task.getExecution().setVariable(VAR_REVISION_REQUESTED, revise);
  }
}
