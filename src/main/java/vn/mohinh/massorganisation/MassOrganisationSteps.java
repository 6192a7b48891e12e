package vn.mohinh.massorganisation;

import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.mohinh.platform.EngineUser;
import vn.mohinh.platform.TaskForms;
import vn.mohinh.workflow.FormReader;

/**
 * The BPMN's edge of the mass organisations' plans (bean {@code massOrganisationSteps}):
 * <ul>
 *   <li>Process_MassOrganisationPlans (called by Process_AnnualCycle when a year is opened) fans out
 *       over {@link #organisations()};
 *   <li>Process_MassOrganisationPlan: the organisation writes its plan (task sees {@code year} and
 *       {@code unitCode}, due at the SUBMISSION deadline), the reviewing office accepts or returns it
 *       ({@code planDecision}).
 * </ul>
 */
@Component(MassOrganisationSteps.BEAN_NAME)
public class MassOrganisationSteps implements TaskListener {

  public static final String BEAN_NAME = "massOrganisationSteps";
  public static final String YEAR = "year";
  public static final String UNIT_CODE = "unitCode";
  public static final String DECISION = "planDecision";
  static final String F_PURPOSE = "purpose";
  static final String F_ACTIVITIES = "activities";
  static final String F_TIMELINE = "timeline";
  static final String F_COORDINATION = "coordination";
  static final String F_DECISION = "reviewDecision";
  static final String F_COMMENT = "reviewComment";

  private final MobilisationPlanService service;

  public MassOrganisationSteps(MobilisationPlanService service) {
    this.service = service;
  }

  @Override
  public void notify(DelegateTask task) {
    String step = task.getTaskDefinitionKey() + ":" + task.getEventName();
    switch (step) {
      case "Task_WriteMobilisationPlan:create" -> showPlanForm(task);
      case "Task_WriteMobilisationPlan:complete" -> submit(task);
      case "Task_ReviewMobilisationPlan:create" -> showForReview(task);
      case "Task_ReviewMobilisationPlan:complete" -> decide(task);
      default -> throw new IllegalStateException("massOrganisationSteps has no step " + step);
    }
  }

  public List<String> organisations() {
    return service.organisations();
  }

  public List<String> groupsOf(String unitCode) {
    return service.groupsOf(unitCode);
  }

  /** The organisation's name, for the tasks' names in Tasklist. */
  public String unitName(String unitCode) {
    return service.unitName(unitCode);
  }

  void showPlanForm(DelegateTask task) {
    int year = year(task.getExecution());
    String unitCode = unitCode(task);
    MobilisationPlan plan = service.open(year, unitCode, task.getProcessInstanceId());
    Map<String, Object> shown = new LinkedHashMap<>();
    shown.put("organisationName", service.unitName(unitCode));
    shown.put("planYear", "Năm " + year + " – hạn nộp " + day(service.due(year).atZone(service.zone())));
    shown.put("returnComment", plan.returnCount() > 0 ? plan.lastComment() : null);
    shown.put(F_PURPOSE, plan.purpose());
    shown.put(F_ACTIVITIES, plan.activities());
    shown.put(F_TIMELINE, plan.timeline());
    shown.put(F_COORDINATION, plan.coordination());
    TaskForms.show(task, shown);
  }

  void submit(DelegateTask task) {
    FormReader form = FormReader.of(task);
    String purpose = form.text(F_PURPOSE, "mục đích, yêu cầu", true, MobilisationPlanService.TEXT_MAX);
    String activities = form.text(F_ACTIVITIES, "nội dung, hoạt động vận động", true, MobilisationPlanService.TEXT_MAX);
    String timeline = form.text(F_TIMELINE, "thời gian thực hiện", true, MobilisationPlanService.SHORT_TEXT_MAX);
    String coordination = form.text(F_COORDINATION, "phối hợp với cấp ủy", true, MobilisationPlanService.SHORT_TEXT_MAX);
    form.check();
    boolean onTime = service.submit(year(task.getExecution()), unitCode(task), purpose, activities, timeline, coordination,
        EngineUser.of(task.getProcessEngineServices()));
    task.getExecution().setVariable("submittedOnTime", onTime);
  }

  void showForReview(DelegateTask task) {
    int year = year(task.getExecution());
    String unitCode = unitCode(task);
    MobilisationPlan plan = service.plan(year, unitCode);
    Map<String, Object> shown = new LinkedHashMap<>();
    shown.put("organisationName", service.unitName(unitCode));
    shown.put("planYear", "Năm " + year + (Boolean.FALSE.equals(plan.submittedOnTime()) ? " – nộp sau hạn" : ""));
    shown.put("previewPurpose", plan.purpose());
    shown.put("previewActivities", plan.activities());
    shown.put("previewTimeline", plan.timeline());
    shown.put("previewCoordination", plan.coordination());
    shown.put(F_DECISION, null);
    shown.put(F_COMMENT, null);
    TaskForms.show(task, shown);
  }

  void decide(DelegateTask task) {
    FormReader form = FormReader.of(task);
    String decision = form.choice(F_DECISION, "ý kiến", true, Set.of("ACCEPT", "RETURN"));
    String comment = form.text(F_COMMENT, "ý kiến", "RETURN".equals(decision), 2000);
    form.check();
    int year = year(task.getExecution());
    String by = EngineUser.of(task.getProcessEngineServices());
    if ("RETURN".equals(decision)) {
      service.returnForRevision(year, unitCode(task), comment, by);
    } else {
      service.accept(year, unitCode(task), by);
    }
    task.getExecution().setVariable(DECISION, decision);
  }

  private static String unitCode(DelegateTask task) {
    return (String) task.getExecution().getVariable(UNIT_CODE);
  }

  private static int year(DelegateExecution execution) {
    Object year = execution.getVariable(YEAR);
    if (year instanceof Number n) {
      return n.intValue();
    }
    throw new IllegalStateException("The process has no year");
  }

  private static String day(ZonedDateTime at) {
    return String.format("%02d/%02d/%d", at.getDayOfMonth(), at.getMonthValue(), at.getYear());
  }
}
