package vn.mohinh.milestone;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.mohinh.platform.EngineUser;
import vn.mohinh.workflow.Authorizations;
import vn.mohinh.platform.TaskForms;
import vn.mohinh.workflow.FormReader;

/**
 * The BPMN's edge of milestone reviews (processes/milestone-review.bpmn and
 * processes/milestone-unit-report.bpmn, bean {@code milestoneSteps}). The review process carries
 * {@code milestoneReviewId}, {@code year} (the year of the due date), the deadlines
 * ({@code cellDeadline}, {@code unitDeadline}, {@code compileDeadline}) and the approver's decision;
 * a unit's report process carries the same plus {@code unitCode}; a cell's task sees its own
 * {@code unitCode} as a task variable. Reports live in mh_milestone_report.
 */
@Component(MilestoneSteps.BEAN_NAME)
public class MilestoneSteps implements TaskListener, JavaDelegate, ExecutionListener {

  public static final String BEAN_NAME = "milestoneSteps";
  // process variables
  public static final String KEY = "milestoneKey";
  public static final String REVIEW_ID = "milestoneReviewId";
  public static final String NAME = "milestoneName";
  public static final String YEAR = "year";
  public static final String UNIT_CODE = "unitCode";
  public static final String CELL_CODE = "cellCode";
  public static final String UNIT_DEADLINE = "unitDeadline";
  public static final String CELL_DEADLINE = "cellDeadline";
  public static final String COMPILE_DEADLINE = "compileDeadline";
  public static final String UNIT_DEADLINE_LABEL = "unitDeadlineLabel";
  public static final String CELL_DEADLINE_LABEL = "cellDeadlineLabel";
  public static final String DECISION = "milestoneDecision";
  // form fields
  static final String F_MODEL_COUNT = "modelCount";
  static final String F_SITUATION = "situation";
  static final String F_RESULTS = "results";
  static final String F_LESSONS = "lessons";
  static final String F_SHORTCOMINGS = "shortcomings";
  static final String F_NEXT_STEPS = "nextSteps";
  static final String F_COMMENDATION = "commendationProposal";
  static final String F_BLOC_REPORT = "blocReport";
  static final String F_BLOC_COMMENDATION = "blocCommendationProposal";
  static final String F_DECISION = "approvalDecision";
  static final String F_COMMENT = "approvalComment";
  static final String CELL_REPORTS = "cellReports";
  static final String UNIT_REPORTS = "unitReports";
  static final String REPORT_STATUS = "reportStatus";

  private final MilestoneService service;

  public MilestoneSteps(MilestoneService service) {
    this.service = service;
  }

  @Override
  public void notify(DelegateTask task) {
    String step = task.getTaskDefinitionKey() + ":" + task.getEventName();
    switch (step) {
      case "Task_CellMilestoneReport:create", "Task_UnitMilestoneReport:create" -> showReportForm(task);
      case "Task_CellMilestoneReport:complete", "Task_UnitMilestoneReport:complete" -> saveReport(task);
      case "Task_CompileBlocReport:create" -> showCompilation(task);
      case "Task_CompileBlocReport:complete" -> compile(task);
      case "Task_ApproveMilestoneReport:create" -> showForApproval(task);
      case "Task_ApproveMilestoneReport:complete" -> decide(task);
      default -> throw new IllegalStateException("milestoneSteps has no step " + step);
    }
  }

  @Override
  public void execute(DelegateExecution execution) {
    switch (execution.getCurrentActivityId()) {
      case "ServiceTask_PrepareMilestone" -> prepare(execution);
      case "ServiceTask_OpenDueMilestone" -> openDueMilestone(execution);
      case "ServiceTask_CloseMilestone" -> service.approve(review(execution), (String) execution.getVariable("milestoneApprovedBy"));
      default -> throw new IllegalStateException("milestoneSteps has no step " + execution.getCurrentActivityId());
    }
  }

  @Override
  public void notify(DelegateExecution execution) {
    if ("StartEvent_MilestoneByReviewer".equals(execution.getCurrentActivityId())) {
      FormReader form = FormReader.ofStart(execution);
      String key = form.text(KEY, "mã đợt", true, 64);
      form.check();
      Milestone milestone = service.requireMilestone(key);
      service.checkStartable(milestone);
      execution.setVariable(KEY, milestone.key());
    }
  }

  // ---------------------------------------------------------------- expressions of the BPMN

  public List<String> baseUnits() {
    return service.baseUnits();
  }

  public List<String> cellsOf(String unitCode) {
    return service.cellsOf(unitCode);
  }

  public boolean hasCells(String unitCode) {
    return !service.cellsOf(unitCode).isEmpty();
  }

  public List<String> groupsOf(String unitCode) {
    return service.groupsOf(unitCode);
  }

  /** The unit's name, for the tasks' names in Tasklist. */
  public String unitName(String unitCode) {
    return service.unitName(unitCode);
  }

  // ---------------------------------------------------------------- ServiceTask_PrepareMilestone

  /** Process_MilestoneSchedule, daily: opens the milestone whose opening day has come, if any. */
  void openDueMilestone(DelegateExecution execution) {
    Optional<Milestone> due = service.dueToOpen();
    if (due.isPresent()) {
      execution.getProcessEngineServices().getRuntimeService()
          .startProcessInstanceByKey(MilestoneService.PROCESS_KEY, "milestone-" + due.get().key(), Map.of(KEY, due.get().key()));
    }
    execution.setVariable("openedMilestoneKey", due.map(Milestone::key).orElse(null));
  }

  void prepare(DelegateExecution execution) {
    Milestone m = service.requireMilestone(String.valueOf(execution.getVariable(KEY)));
    MilestoneReview review = service.open(execution.getProcessInstanceId(), m, EngineUser.of(execution.getProcessEngineServices()));
    execution.setVariable(KEY, m.key());
    execution.setVariable(REVIEW_ID, review.id());
    execution.setVariable(NAME, m.name());
    execution.setVariable(YEAR, m.dueDate().getYear());
    execution.setVariable(UNIT_DEADLINE, Date.from(review.dueAt()));
    execution.setVariable(CELL_DEADLINE, Date.from(review.cellDueAt()));
    execution.setVariable(COMPILE_DEADLINE, Date.from(service.compileDue(review)));
    execution.setVariable(UNIT_DEADLINE_LABEL, "gửi báo cáo " + lower(m.name()) + " về Đảng ủy Khối");
    execution.setVariable(CELL_DEADLINE_LABEL, "gửi báo cáo " + lower(m.name()) + " về đảng ủy cơ sở");
  }

  private static String lower(String name) {
    return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  // ---------------------------------------------------------------- a unit's or a cell's report

  void showReportForm(DelegateTask task) {
    MilestoneReview review = review(task.getExecution());
    String unitCode = reportingUnit(task);
    boolean cell = "Task_CellMilestoneReport".equals(task.getTaskDefinitionKey());
    MilestoneService.Figures figures = service.figures(review, unitCode);
    Map<String, Object> shown = about(review);
    shown.put(UNIT_CODE, unitCode);
    shown.put("reportingUnit", service.unitName(unitCode));
    shown.put("modelsOverview", figures.overview());
    shown.put(CELL_REPORTS, cell ? null : service.cellReportsText(review, unitCode));
    shown.put(F_MODEL_COUNT, figures.modelCount());
    for (String key : List.of(F_SITUATION, F_RESULTS, F_LESSONS, F_SHORTCOMINGS, F_NEXT_STEPS, F_COMMENDATION)) {
      shown.put(key, null);
    }
    TaskForms.show(task, shown);
  }

  void saveReport(DelegateTask task) {
    FormReader form = FormReader.of(task);
    Integer count = form.integer(F_MODEL_COUNT, "số mô hình", true, 0, 10000);
    String situation = form.text(F_SITUATION, "tình hình, kết quả chung", true, MilestoneService.TEXT_MAX);
    String results = form.text(F_RESULTS, "kết quả nổi bật", true, MilestoneService.TEXT_MAX);
    String lessons = form.text(F_LESSONS, "bài học kinh nghiệm", false, MilestoneService.SHORT_TEXT_MAX);
    String shortcomings = form.text(F_SHORTCOMINGS, "hạn chế, nguyên nhân", false, MilestoneService.SHORT_TEXT_MAX);
    String nextSteps = form.text(F_NEXT_STEPS, "phương hướng, nhiệm vụ", true, MilestoneService.SHORT_TEXT_MAX);
    String commendation = form.text(F_COMMENDATION, "đề xuất khen thưởng", false, MilestoneService.SHORT_TEXT_MAX);
    form.check();
    MilestoneReview review = review(task.getExecution());
    String unitCode = reportingUnit(task);
    service.saveReport(review, unitCode,
        new MilestoneService.Content(count, situation, results, lessons, shortcomings, nextSteps, commendation), EngineUser.of(task.getProcessEngineServices()));
    // The people who compile see the reports as they arrive: a cell's report shows in its committee's
    // open task, a base unit's in the reviewing office's compilation.
    if ("Task_CellMilestoneReport".equals(task.getTaskDefinitionKey())) {
      String committee = (String) task.getExecution().getVariable(UNIT_CODE);
      refresh(task, task.getProcessInstanceId(), "Task_UnitMilestoneReport", CELL_REPORTS, service.cellReportsText(review, committee));
    } else {
      refresh(task, review.processInstanceId(), "Task_CompileBlocReport", UNIT_REPORTS, service.unitReportsSummary(review));
      refresh(task, review.processInstanceId(), "Task_CompileBlocReport", REPORT_STATUS, service.status(review).text());
    }
  }

  /** The unit a report task is for: a cell's task has its own {@code unitCode} (task variable), else the instance's. */
  private static String reportingUnit(DelegateTask task) {
    if ("Task_CellMilestoneReport".equals(task.getTaskDefinitionKey())) {
      return (String) task.getExecution().getVariable(CELL_CODE);
    }
    return (String) task.getExecution().getVariable(UNIT_CODE);
  }

  private static void refresh(DelegateTask task, String processInstanceId, String taskKey, String variable, Object value) {
    if (processInstanceId == null) {
      return;
    }
    // The person reporting may not touch the other task: the product updates what it shows.
    Authorizations.withoutChecks(task.getProcessEngine(), () -> {
      TaskService tasks = task.getProcessEngineServices().getTaskService();
      for (Task open : tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).list()) {
        tasks.setVariableLocal(open.getId(), variable, value);
      }
      return null;
    });
  }

  // ---------------------------------------------------------------- Task_CompileBlocReport

  void showCompilation(DelegateTask task) {
    MilestoneReview review = review(task.getExecution());
    Map<String, Object> shown = about(review);
    shown.put(REPORT_STATUS, service.status(review).text());
    shown.put(UNIT_REPORTS, service.unitReportsSummary(review));
    shown.put("returnComment", review.returnCount() > 0 ? review.lastComment() : null);
    shown.put(F_BLOC_REPORT, review.blocReport());
    shown.put(F_BLOC_COMMENDATION, review.commendationProposal());
    TaskForms.show(task, shown);
  }

  void compile(DelegateTask task) {
    FormReader form = FormReader.of(task);
    String report = form.text(F_BLOC_REPORT, "báo cáo tổng hợp toàn Khối", true, MilestoneService.BLOC_REPORT_MAX);
    String commendation = form.text(F_BLOC_COMMENDATION, "đề xuất khen thưởng", true, MilestoneService.TEXT_MAX);
    form.check();
    service.compile(review(task.getExecution()), report, commendation, EngineUser.of(task.getProcessEngineServices()));
  }

  // ---------------------------------------------------------------- Task_ApproveMilestoneReport

  void showForApproval(DelegateTask task) {
    MilestoneReview review = review(task.getExecution());
    Map<String, Object> shown = about(review);
    shown.put(REPORT_STATUS, service.status(review).text());
    shown.put("previewBlocReport", review.blocReport());
    shown.put("previewCommendations", review.commendationProposal());
    shown.put(F_DECISION, null);
    shown.put(F_COMMENT, null);
    TaskForms.show(task, shown);
  }

  void decide(DelegateTask task) {
    FormReader form = FormReader.of(task);
    String decision = form.choice(F_DECISION, "ý kiến phê duyệt", true, Set.of("APPROVE", "RETURN"));
    String comment = form.text(F_COMMENT, "ý kiến", "RETURN".equals(decision), 2000);
    form.check();
    if ("RETURN".equals(decision)) {
      service.returnForRevision(review(task.getExecution()), comment);
    } else {
      task.getExecution().setVariable("milestoneApprovedBy", EngineUser.of(task.getProcessEngineServices()));
    }
    task.getExecution().setVariable(DECISION, decision);
  }

  // ---------------------------------------------------------------- helpers

  private MilestoneReview review(DelegateExecution execution) {
    return service.review((String) execution.getVariable(REVIEW_ID));
  }

  private Map<String, Object> about(MilestoneReview review) {
    Map<String, Object> shown = new LinkedHashMap<>();
    shown.put(NAME, review.milestoneName());
    shown.put("milestonePeriod", "Giai đoạn " + review.period() + " – hạn gửi báo cáo về Khối: " + day(review.dueAt()));
    return shown;
  }

  private String day(Instant instant) {
    ZonedDateTime at = instant.atZone(service.properties().zone());
    return String.format("%02d/%02d/%d", at.getDayOfMonth(), at.getMonthValue(), at.getYear());
  }
}
