package vn.mohinh.report;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.mohinh.platform.EngineUser;
import vn.mohinh.platform.TaskForms;

/**
 * The user tasks of the report phase ({@code camunda:taskListener delegateExpression="${reportTaskListener}"}
 * on create, assignment, complete and delete): fills the form's fields and what it shows as
 * task-local variables, and hands what was submitted to {@link ReportService}.
 */
@Component(ReportTaskListener.BEAN_NAME)
public class ReportTaskListener implements TaskListener {

  public static final String BEAN_NAME = "reportTaskListener";

  /** Task definition keys in the BPMN. */
  public static final String WRITE = "Task_WriteReport";

  public static final String REVIEW = "Task_ReviewCellReport";
  public static final String CLOSE = "Task_CloseReportCollection";

  /** Fields of forms/review-cell-report.form. */
  public static final String REVIEW_DECISION = "reviewDecision";

  public static final String REVIEW_COMMENT = "reviewComment";

  /** Field of forms/close-report-collection.form. */
  public static final String CLOSE_CONFIRMED = "closeConfirmed";

  /** The unit that owes a task's work (the notification feature reads it; a task-local value wins). */
  public static final String UNIT_CODE = "unitCode";

  /** Process variable set by the review: the committee approved and forwarded the cell's report. */
  public static final String VAR_APPROVED = "cellReportApproved";

  private final ReportService reports;

  public ReportTaskListener(ReportService reports) {
    this.reports = reports;
  }

  @Override
  public void notify(DelegateTask task) {
    String key = task.getTaskDefinitionKey();
    switch (task.getEventName()) {
      case EVENTNAME_CREATE -> created(task, key);
      case EVENTNAME_ASSIGNMENT -> {
        if (CLOSE.equals(key)) {
          showProgress(task, reports.refreshCloseTask(task.getId()));
        }
      }
      case EVENTNAME_COMPLETE -> completed(task, key);
      case EVENTNAME_DELETE -> reports.forgetTask(task.getId());
      default -> {}
    }
  }

  private void created(DelegateTask task, String key) {
    int year = year(task);
    switch (key) {
      case WRITE -> {
        ReportService.WriteTask open =
            reports.openWriteTask(task.getId(), year, unitCode(task), reportId(task), due(task));
        Map<String, Object> show = new LinkedHashMap<>(open.fields());
        show.put("reportUnitName", open.unitName());
        show.put("reportModelName", open.model().name());
        show.put("reportDeadlineText", open.deadlineText());
        show.put("planMarkdown", Markdown.shown(open.planMarkdown()));
        show.put("returnComment", Markdown.shown(Markdown.paragraphsOrNull(open.returnComment())));
        show.put("returnedBy", open.returnedBy() == null ? null : Markdown.escape(open.returnedBy()));
        TaskForms.show(task, show);
      }
      case REVIEW -> {
        ReportService.ReviewTask open = reports.openReviewTask(task.getId(), year, unitCode(task), reportId(task));
        Map<String, Object> show = new LinkedHashMap<>();
        show.put(REVIEW_DECISION, null);
        show.put(REVIEW_COMMENT, null);
        show.put("reportUnitName", open.unitName());
        show.put("reportModelName", open.model().name());
        show.put("reportDeadlineText", open.deadlineText());
        show.put("reportMarkdown", Markdown.shown(open.reportMarkdown()));
        show.put("reportIndicators", open.indicators());
        show.put("previousComment", Markdown.shown(Markdown.paragraphsOrNull(open.previousComment())));
        // The committee owes the review: reminders and overdue notices of the deadline go to it, not to the cell.
        show.put(UNIT_CODE, open.report().baseUnitCode());
        TaskForms.show(task, show);
      }
      case CLOSE -> {
        Map<String, Object> show = new LinkedHashMap<>();
        show.put(CLOSE_CONFIRMED, false);
        TaskForms.show(task, show);
        showProgress(task, reports.openCloseTask(task.getId(), year));
      }
      default -> throw new IllegalStateException("reportTaskListener does not handle task " + key);
    }
  }

  private void completed(DelegateTask task, String key) {
    String actor = EngineUser.of(task.getProcessEngineServices());
    switch (key) {
      case WRITE -> reports.submitReport(task.getId(), TaskForms.submitted(task, ReportField.keys()), actor, due(task));
      case REVIEW -> {
        Map<String, Object> values = TaskForms.submitted(task, List.of(REVIEW_DECISION, REVIEW_COMMENT));
        boolean approved =
            reports.reviewReport(
                task.getId(), TaskForms.string(values.get(REVIEW_DECISION)), TaskForms.string(values.get(REVIEW_COMMENT)), actor,
                due(task));
        task.getExecution().setVariable(VAR_APPROVED, approved);
      }
      case CLOSE -> reports.confirmClose(task.getId(), TaskForms.submitted(task, CLOSE_CONFIRMED), actor);
      default -> throw new IllegalStateException("reportTaskListener does not handle task " + key);
    }
  }

  private static void showProgress(DelegateTask task, ReportService.CollectionProgress p) {
    Map<String, Object> show = new LinkedHashMap<>();
    show.put(
        "progressMarkdown",
        Markdown.shown("Hạn nộp báo cáo: **" + Markdown.escape(p.deadlineText()) + "**\n\n"
            + "Số mô hình phải báo cáo: **" + p.expected() + "** – đã nhận: **" + p.received() + "** (đúng hạn "
            + p.onTime() + ", nộp muộn " + p.late() + ") – chưa đến Khối: **" + p.pendingTotal() + "**"));
    show.put(
        "pendingReports",
        p.pending().stream()
            .map(r -> Map.of("unitName", r.unitName(), "baseUnitName", r.baseUnitName(), "modelName", r.modelName(), "state", r.state()))
            .toList());
    TaskForms.show(task, show);
  }

  static int year(DelegateTask task) {
    Object year = task.getVariable("year");
    if (year instanceof Number n) {
      return n.intValue();
    }
    throw new IllegalStateException("Task " + task.getTaskDefinitionKey() + " has no year");
  }

  private static String unitCode(DelegateTask task) {
    return (String) task.getVariable(UNIT_CODE);
  }

  private static String reportId(DelegateTask task) {
    return (String) task.getVariable("reportId");
  }

  private static Instant due(DelegateTask task) {
    return task.getDueDate() == null ? null : task.getDueDate().toInstant();
  }
}
