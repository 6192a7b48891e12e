package vn.mohinh.registration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.mohinh.platform.TaskForms;

/**
 * Task_WritePlan (forms/write-plan.form), on create, complete and delete. On create the form is
 * pre-filled (draft, returned plan or last year's model) as task-local variables and the process
 * learns {@code initiativeId}; on complete the plan goes to {@link PlanService} and the process
 * learns {@code addAnotherModel}.
 */
@Component(PlanTaskListener.BEAN_NAME)
public class PlanTaskListener implements TaskListener {

  public static final String BEAN_NAME = "planTaskListener";

  /** Process variables (Process_PlanRegistration). */
  public static final String VAR_INITIATIVE = "initiativeId";

  public static final String VAR_ADD_ANOTHER = "addAnotherModel";

  /** What the form shows besides its fields. */
  public static final List<String> SHOWN =
      List.of(
          "planYear", "planUnitName", "planDeadlineText", "planReturnComment", "planReturnedBy", "planPrefillNote",
          "planRevision", "planGroupOptions");

  private final PlanService plans;

  public PlanTaskListener(PlanService plans) {
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
    PlanService.PlanTask view =
        plans.openPlanTask(task.getId(), year, ProcessVariables.unitCode(task), (String) task.getVariable(VAR_INITIATIVE));
    task.getExecution().setVariable(VAR_INITIATIVE, view.initiative().id());
    Initiative initiative = view.initiative();
    boolean returned = initiative.status() == InitiativeStatus.RETURNED;
    if (view.revision() && initiative.name() != null) {
      task.setName(RegistrationViews.taskName("Sửa kế hoạch mô hình", initiative.name(), year, view.unitName()));
    }
    Map<String, Object> shown = new LinkedHashMap<>(view.fields());
    shown.put("planYear", year);
    shown.put("planUnitName", view.unitName());
    shown.put("planDeadlineText", view.deadlineText());
    shown.put("planReturnComment", returned ? initiative.lastComment() : null);
    shown.put("planReturnedBy", returned ? initiative.lastReturnedBy() + " (lần " + initiative.returnCount() + ")" : null);
    shown.put(
        "planPrefillNote",
        view.prefilledFrom() == null
            ? null
            : "Nội dung được điền sẵn từ mô hình năm " + view.prefilledFrom().year() + " của đơn vị: “"
                + view.prefilledFrom().name() + "” (mô hình đang triển khai thực hiện). Hãy cập nhật cho năm " + year
                + "; nếu đăng ký mô hình mới, chọn “Mô hình mới” và viết lại nội dung.");
    shown.put("planRevision", view.revision());
    shown.put(
        "planGroupOptions",
        view.groups().stream().map(g -> Map.of("label", g.name(), "value", g.code())).toList());
    TaskForms.show(task, shown);
  }

  private void complete(DelegateTask task) {
    Map<String, Object> values = TaskForms.submitted(task, PlanField.keys());
    PlanService.PlanOutcome outcome = plans.submitPlan(task.getId(), values, ProcessVariables.actor(task));
    task.getExecution().setVariable(VAR_ADD_ANOTHER, outcome.addAnother());
  }
}
