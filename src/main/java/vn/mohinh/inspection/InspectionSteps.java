package vn.mohinh.inspection;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.mohinh.catalog.ModelChoice;
import vn.mohinh.organization.OrganizationDirectory;
import vn.mohinh.platform.EngineUser;
import vn.mohinh.workflow.DeadlineNotices;
import vn.mohinh.platform.TaskForms;
import vn.mohinh.workflow.FormReader;

/**
 * The BPMN's edge of surveys and inspections (processes/inspection.bpmn, bean {@code inspectionSteps}):
 * every listener and service task of the process names this bean and it dispatches on the element
 * and event. The process carries {@code year}, the team ({@code inspectionTeam}), and once the
 * model is chosen {@code inspectionId}, {@code unitCode}, {@code initiativeName} and the answer's due
 * date {@code answerDueAt}; findings and answers live in mh_inspection.
 */
@Component(InspectionSteps.BEAN_NAME)
public class InspectionSteps implements TaskListener, JavaDelegate, ExecutionListener {

  public static final String BEAN_NAME = "inspectionSteps";
  // process variables
  public static final String YEAR = "year";
  public static final String KIND = "inspectionKind";
  public static final String DATE = "inspectionDate";
  public static final String TEAM = "inspectionTeam";
  public static final String REQUESTED_DUE = "requestedAnswerDue";
  public static final String INITIATIVE_ID = "initiativeId";
  public static final String INSPECTION_ID = "inspectionId";
  public static final String UNIT_CODE = "unitCode";
  public static final String INITIATIVE_NAME = "initiativeName";
  public static final String HAS_RECOMMENDATIONS = "hasRecommendations";
  public static final String ANSWER_DUE_AT = "answerDueAt";
  public static final String ANSWERED_ON_TIME = "answeredOnTime";
  // start form fields that are normalised into the variables above
  static final String F_TEAM = "teamMembers";
  static final String F_DUE = "answerDueDate";
  // task form fields
  static final String F_CANCEL = "cancelInspection";
  static final String F_STATE = "modelState";
  static final String F_STRENGTHS = "strengths";
  static final String F_SHORTCOMINGS = "shortcomings";
  static final String F_RECOMMENDATIONS = "recommendations";
  static final String F_RATING = "rating";
  static final String F_ANSWER = "recommendationAnswer";

  private final InspectionService service;
  private final OrganizationDirectory directory;
  private final DeadlineNotices deadlines;

  public InspectionSteps(InspectionService service, OrganizationDirectory directory, DeadlineNotices deadlines) {
    this.service = service;
    this.directory = directory;
    this.deadlines = deadlines;
  }

  @Override
  public void notify(DelegateTask task) {
    String step = task.getTaskDefinitionKey() + ":" + task.getEventName();
    switch (step) {
      case "Task_ChooseInspectedModel:create" -> showModelChoice(task);
      case "Task_ChooseInspectedModel:complete" -> chooseModel(task);
      case "Task_RecordFindings:create" -> showFindingsForm(task);
      case "Task_RecordFindings:complete" -> recordFindings(task);
      case "Task_AnswerRecommendations:create" -> showRecommendations(task);
      case "Task_AnswerRecommendations:complete" -> answer(task);
      default -> throw new IllegalStateException("inspectionSteps has no step " + step);
    }
  }

  @Override
  public void execute(DelegateExecution execution) {
    switch (execution.getCurrentActivityId()) {
      case "ServiceTask_ScheduleInspection" -> schedule(execution);
      case "ServiceTask_AnswerOverdue" -> answerOverdue(execution);
      default -> throw new IllegalStateException("inspectionSteps has no step " + execution.getCurrentActivityId());
    }
  }

  @Override
  public void notify(DelegateExecution execution) {
    if ("StartEvent_InspectionRequested".equals(execution.getCurrentActivityId())) {
      checkStart(execution);
    }
  }

  /** The Camunda groups of the unit's people (and a cell's committee): who answers the recommendations. */
  public List<String> unitGroups(String unitCode) {
    return directory.candidateGroupsFor(unitCode);
  }

  /** The unit's name, for the tasks' names in Tasklist. */
  public String unitName(String unitCode) {
    return directory.unit(unitCode).map(u -> u.displayName()).orElse(unitCode);
  }

  // ---------------------------------------------------------------- start form

  void checkStart(DelegateExecution execution) {
    FormReader form = FormReader.ofStart(execution);
    Integer year = form.integer(YEAR, "năm", true, 2021, 2100);
    String kind = form.choice(KIND, "hình thức", true, Arrays.stream(InspectionKind.values()).map(Enum::name).toList());
    LocalDate date = form.date(DATE, "ngày khảo sát, kiểm tra", true);
    List<String> team = form.names(F_TEAM, "thành viên đoàn", true, 100);
    LocalDate due = form.date(F_DUE, "hạn trả lời kiến nghị", false);
    if (!team.isEmpty()) {
      service.checkTeam(team).forEach(form::problem);
    }
    if (due != null && date != null && due.isBefore(date)) {
      form.problem("Hạn trả lời kiến nghị phải sau ngày khảo sát, kiểm tra");
    }
    form.check();
    execution.setVariable(YEAR, year);
    execution.setVariable(KIND, kind);
    execution.setVariable(DATE, date.toString());
    execution.setVariable(TEAM, String.join(",", team));
    execution.setVariable(REQUESTED_DUE, due == null ? null : due.toString());
    execution.removeVariable(F_TEAM);
    execution.removeVariable(F_DUE);
    Object initiativeId = execution.getVariable(INITIATIVE_ID);
    if (initiativeId != null && !(initiativeId instanceof String)) {
      execution.removeVariable(INITIATIVE_ID);
    }
  }

  // ---------------------------------------------------------------- Task_ChooseInspectedModel

  void showModelChoice(DelegateTask task) {
    int year = year(task.getExecution());
    ModelChoice.show(task, year, service.candidates(year), F_CANCEL, "đã được Khối tiếp nhận",
        "chưa có mô hình nào được Khối tiếp nhận. Có thể hủy đợt khảo sát, kiểm tra này.");
  }

  void chooseModel(DelegateTask task) {
    int year = year(task.getExecution());
    task.getExecution().setVariable(INITIATIVE_ID, ModelChoice.read(task, service.candidates(year), F_CANCEL));
  }

  // ---------------------------------------------------------------- ServiceTask_ScheduleInspection

  void schedule(DelegateExecution execution) {
    List<String> team = Arrays.stream(String.valueOf(execution.getVariable(TEAM)).split(",")).filter(s -> !s.isBlank()).toList();
    Inspection inspection = service.schedule(execution.getProcessInstanceId(), (String) execution.getVariable(INITIATIVE_ID),
        year(execution), InspectionKind.valueOf((String) execution.getVariable(KIND)),
        LocalDate.parse((String) execution.getVariable(DATE)), team, EngineUser.of(execution.getProcessEngineServices()));
    execution.setVariable(INSPECTION_ID, inspection.id());
    execution.setVariable(UNIT_CODE, inspection.unitCode());
    execution.setVariable(INITIATIVE_NAME, inspection.initiativeName());
  }

  // ---------------------------------------------------------------- Task_RecordFindings

  void showFindingsForm(DelegateTask task) {
    Inspection inspection = service.ofProcess(task.getProcessInstanceId());
    Map<String, Object> shown = about(inspection);
    Object requested = task.getExecution().getVariable(REQUESTED_DUE);
    shown.put(F_STATE, null);
    shown.put(F_STRENGTHS, null);
    shown.put(F_SHORTCOMINGS, null);
    shown.put(F_RECOMMENDATIONS, null);
    shown.put(F_RATING, null);
    shown.put(F_DUE, requested != null ? requested.toString() : service.defaultAnswerDue().toString());
    TaskForms.show(task, shown);
  }

  void recordFindings(DelegateTask task) {
    FormReader form = FormReader.of(task);
    String state = form.text(F_STATE, "tình hình thực hiện mô hình", true, InspectionService.TEXT_MAX);
    String strengths = form.text(F_STRENGTHS, "ưu điểm", true, InspectionService.TEXT_MAX);
    String shortcomings = form.text(F_SHORTCOMINGS, "hạn chế", false, InspectionService.TEXT_MAX);
    String recommendations = form.text(F_RECOMMENDATIONS, "kiến nghị", false, InspectionService.TEXT_MAX);
    String rating = form.choice(F_RATING, "xếp loại", true, Arrays.stream(InspectionRating.values()).map(Enum::name).toList());
    LocalDate due = form.date(F_DUE, "hạn trả lời kiến nghị", false);
    form.check();
    var dueAt = service.recordFindings(service.ofProcess(task.getProcessInstanceId()), state, strengths, shortcomings, recommendations,
        InspectionRating.valueOf(rating), due, EngineUser.of(task.getProcessEngineServices()));
    task.getExecution().setVariable(HAS_RECOMMENDATIONS, dueAt != null);
    task.getExecution().setVariable(ANSWER_DUE_AT, dueAt == null ? null : Date.from(dueAt));
  }

  // ---------------------------------------------------------------- Task_AnswerRecommendations

  void showRecommendations(DelegateTask task) {
    Inspection inspection = service.ofProcess(task.getProcessInstanceId());
    Map<String, Object> shown = about(inspection);
    shown.put(F_STATE, inspection.modelState());
    shown.put(F_STRENGTHS, inspection.strengths());
    shown.put(F_SHORTCOMINGS, inspection.shortcomings());
    shown.put(F_RECOMMENDATIONS, inspection.recommendations());
    shown.put("ratingLabel", inspection.rating() == null ? null : inspection.rating().label());
    shown.put(UNIT_CODE, inspection.unitCode());
    shown.put(F_ANSWER, null);
    TaskForms.show(task, shown);
  }

  void answer(DelegateTask task) {
    FormReader form = FormReader.of(task);
    String answer = form.text(F_ANSWER, "nội dung trả lời kiến nghị", true, InspectionService.TEXT_MAX);
    form.check();
    boolean onTime = service.answer(service.ofProcess(task.getProcessInstanceId()), answer, EngineUser.of(task.getProcessEngineServices()));
    task.getExecution().setVariable(ANSWERED_ON_TIME, onTime);
  }

  // ---------------------------------------------------------------- Timer_AnswerDue → ServiceTask_AnswerOverdue

  void answerOverdue(DelegateExecution execution) {
    service.markOverdue(service.ofProcess(execution.getProcessInstanceId()));
    deadlines.overdue(execution.getVariable(YEAR), InspectionService.ANSWER_DEADLINE_KIND, InspectionService.ANSWER_DEADLINE_LABEL,
        (Date) execution.getVariable(ANSWER_DUE_AT));
  }

  // ---------------------------------------------------------------- helpers

  private Map<String, Object> about(Inspection inspection) {
    Map<String, Object> shown = new LinkedHashMap<>();
    shown.put("modelName", inspection.initiativeName());
    shown.put("modelUnit", directory.unit(inspection.unitCode()).map(u -> u.displayName()).orElse(inspection.unitCode()));
    shown.put("inspectionInfo", "Năm " + inspection.year() + " – " + inspection.kind().label() + " ngày "
        + String.format("%02d/%02d/%d", inspection.plannedOn().getDayOfMonth(), inspection.plannedOn().getMonthValue(),
        inspection.plannedOn().getYear()));
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
