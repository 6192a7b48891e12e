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
 * Task_ReviewCellPlan (forms/review-plan.form): shows the cell's plan read-only and takes the
 * committee's decision; the process learns {@code approved} and {@code comment}.
 */
@Component(PlanReviewTaskListener.BEAN_NAME)
public class PlanReviewTaskListener implements TaskListener {

  public static final String BEAN_NAME = "planReviewTaskListener";

  /** Form fields. */
  public static final String FIELD_DECISION = "reviewDecision";

  public static final String FIELD_COMMENT = "reviewComment";

  /** Process variables. */
  public static final String VAR_APPROVED = "approved";

  public static final String VAR_COMMENT = "comment";

  public static final List<String> SHOWN =
      List.of("reviewYear", "reviewUnitName", "reviewDeadlineText", "reviewRound", "reviewPreviousComment", "reviewPlan",
          "reviewPlanUrl");

  private final PlanService plans;

  public PlanReviewTaskListener(PlanService plans) {
    this.plans = plans;
  }

  @Override
  public void notify(DelegateTask task) {
    switch (task.getEventName()) {
      case EVENTNAME_CREATE -> create(task);
      case EVENTNAME_COMPLETE -> complete(task);
      case EVENTNAME_DELETE -> plans.forgetTask(task.getId());
      default -> {}
    }
  }

  private void create(DelegateTask task) {
    int year = ProcessVariables.year(task);
    PlanService.ReviewTask view =
        plans.openReviewTask(
            task.getId(), year, ProcessVariables.unitCode(task), (String) task.getVariable(PlanTaskListener.VAR_INITIATIVE));
    Initiative initiative = view.initiative();
    task.setName(RegistrationViews.taskName("Duyệt kế hoạch mô hình", initiative.name(), year, view.unitName()));
    PlanContent content = view.content();
    Map<String, Object> plan = new LinkedHashMap<>();
    plan.put("name", initiative.name());
    plan.put("groupName", view.groupName());
    plan.put("typeLabel", PlanField.typeLabel(initiative.continuing()));
    plan.put("period", initiative.period());
    for (PlanField section : PlanField.sections()) {
      plan.put(section.shortKey(), RegistrationViews.text(content.section(section)));
    }
    Map<String, Object> shown = new LinkedHashMap<>();
    shown.put("reviewYear", year);
    shown.put("reviewUnitName", view.unitName());
    shown.put("reviewDeadlineText", view.deadlineText());
    shown.put("reviewRound", initiative.returnCount() + 1);
    shown.put("reviewPreviousComment", initiative.returnCount() == 0 ? null : initiative.lastComment());
    shown.put("reviewPlan", plan);
    shown.put("reviewPlanUrl", DocumentLinks.plan(initiative.id()));
    shown.put(FIELD_DECISION, null);
    shown.put(FIELD_COMMENT, null);
    TaskForms.show(task, shown);
  }

  private void complete(DelegateTask task) {
    Map<String, Object> values = TaskForms.submitted(task, List.of(FIELD_DECISION, FIELD_COMMENT));
    PlanService.ReviewOutcome outcome =
        plans.reviewPlan(
            task.getId(), TaskForms.string(values.get(FIELD_DECISION)), TaskForms.string(values.get(FIELD_COMMENT)),
            ProcessVariables.actor(task));
    task.getExecution().setVariable(VAR_APPROVED, outcome.approved());
    task.getExecution().setVariable(VAR_COMMENT, outcome.comment());
  }
}
