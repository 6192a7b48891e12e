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
 * Task_AcceptSubmission (forms/accept-submission.form): the reviewing office reads a base unit's
 * submission (mẫu 02 and every plan), sees which units have no accepted model yet (refreshed when
 * the task is claimed) and accepts or returns it; the process learns {@code accepted} and {@code comment}.
 */
@Component(AcceptSubmissionTaskListener.BEAN_NAME)
public class AcceptSubmissionTaskListener implements TaskListener {

  public static final String BEAN_NAME = "acceptSubmissionTaskListener";

  /** Form fields. */
  public static final String FIELD_DECISION = "acceptDecision";

  public static final String FIELD_COMMENT = "acceptComment";

  /** Process variables. */
  public static final String VAR_ACCEPTED = "accepted";

  public static final String VAR_COMMENT = "comment";

  public static final List<String> SHOWN =
      List.of(
          "acceptYear", "acceptUnitName", "acceptUnitKind", "acceptRound", "acceptSubmittedText", "acceptRows",
          "acceptPlanDetails", "acceptMissingText", "acceptMissingUnits", "acceptSummaryUrl", "acceptPlanLinks");

  private final SubmissionService submissions;

  public AcceptSubmissionTaskListener(SubmissionService submissions) {
    this.submissions = submissions;
  }

  @Override
  public void notify(DelegateTask task) {
    switch (task.getEventName()) {
      case EVENTNAME_CREATE -> create(task);
      case EVENTNAME_ASSIGNMENT -> showMissing(task, submissions.missing(ProcessVariables.year(task)));
      case EVENTNAME_COMPLETE -> complete(task);
      case EVENTNAME_DELETE -> submissions.forgetTask(task.getId());
      default -> {}
    }
  }

  private void create(DelegateTask task) {
    int year = ProcessVariables.year(task);
    SubmissionService.AcceptTask view = submissions.openAcceptTask(task.getId(), year, ProcessVariables.unitCode(task));
    Submission submission = view.submission();
    Map<String, Object> shown = new LinkedHashMap<>();
    shown.put("acceptYear", year);
    shown.put("acceptUnitName", view.unit().name());
    shown.put("acceptUnitKind", view.unit().isCommittee() ? "Đảng bộ cơ sở" : "Chi bộ cơ sở");
    shown.put("acceptRound", submission.round());
    shown.put(
        "acceptSubmittedText",
        "Nộp lúc " + RegistrationViews.at(submission.submittedAt(), submissions.zone())
            + (submission.submittedBy() == null ? "" : " (" + submission.submittedBy() + ")"));
    shown.put("acceptRows", RegistrationViews.mau02(view.rows()));
    shown.put("acceptPlanDetails", RegistrationViews.planDetails(view.details()));
    shown.put("acceptSummaryUrl", view.unit().isCommittee() ? DocumentLinks.summary(year, view.unit().code()) : null);
    shown.put("acceptPlanLinks", planLinks(view.rows()));
    shown.put(FIELD_DECISION, null);
    shown.put(FIELD_COMMENT, null);
    TaskForms.show(task, shown);
    showMissing(task, view.missing());
  }

  /**
   * One download link per plan of the submission, numbered as the rows of mẫu 02: {@code label}
   * (Markdown-escaped) and {@code url}, for the form's {@code {{#loop acceptPlanLinks}}}.
   */
  static List<Map<String, Object>> planLinks(List<RegistrationQueries.Mau02Row> rows) {
    return rows.stream()
        .map(r -> Map.<String, Object>of(
            "label", DocumentLinks.escapeMarkdown("Kế hoạch " + r.tt() + " – " + r.unitName()),
            "url", DocumentLinks.plan(r.initiativeId())))
        .toList();
  }

  private void showMissing(DelegateTask task, RegistrationQueries.MissingUnits missing) {
    TaskForms.show(
        task,
        Map.of(
            "acceptMissingText", RegistrationViews.missingText(missing, submissions.zone()),
            "acceptMissingUnits", RegistrationViews.missingUnits(missing)));
  }

  private void complete(DelegateTask task) {
    Map<String, Object> values = TaskForms.submitted(task, List.of(FIELD_DECISION, FIELD_COMMENT));
    SubmissionService.AcceptOutcome outcome =
        submissions.decide(
            task.getId(), TaskForms.string(values.get(FIELD_DECISION)), TaskForms.string(values.get(FIELD_COMMENT)),
            ProcessVariables.actor(task));
    task.getExecution().setVariable(VAR_ACCEPTED, outcome.accepted());
    task.getExecution().setVariable(VAR_COMMENT, outcome.comment());
  }
}
