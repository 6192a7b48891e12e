package vn.mohinh.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.mohinh.cycle.CycleService;
import vn.mohinh.registration.PlanField;

/**
 * Base of the pure-engine tests of the yearly cycle: the engine of {@code camunda.cfg.xml}, the
 * feature beans of {@link RegistrationWorld} on a fresh domain database per test, the clock at
 * 08:00 on 5 January 2027 (Asia/Ho_Chi_Minh), and helpers that work tasks as Tasklist does
 * (submit-form with every field).
 */
public abstract class ProcessTestSupport {

  public static final int YEAR = 2027;
  public static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
  public static final String[] RESOURCES = {
    "processes/annual-cycle.bpmn",
    "processes/unit-registration.bpmn",
    "processes/plan-registration.bpmn",
    "processes/mass-organisation-plans.bpmn",
    "processes/mass-organisation-plan.bpmn",
    "forms/open-year.form",
    "forms/write-plan.form",
    "forms/review-plan.form",
    "forms/compile-summary.form",
    "forms/accept-submission.form",
    "forms/registration-summary.form",
    "forms/mobilisation-plan.form",
    "forms/mobilisation-plan-review.form",
    "processes/report-phase.bpmn",
    "processes/model-report.bpmn",
    "processes/report-evaluation.bpmn",
    "processes/commendation-level.dmn",
    "forms/write-report.form",
    "forms/review-cell-report.form",
    "forms/evaluate-report.form",
    "forms/approve-commendations.form",
    "forms/reconsider-commendations.form",
    "forms/close-report-collection.form"
  };
  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension
  protected ProcessEngineExtension extension = ProcessEngineExtension.builder().build();

  protected ProcessEngine engine;
  protected RuntimeService runtime;
  protected TaskService tasks;
  protected FormService forms;
  protected ManagementService management;
  protected RegistrationWorld world;
  protected ReportWorld reportWorld;

  @BeforeEach
  void setUpWorld() {
    at("2027-01-05T08:00");
    engine = extension.getProcessEngine();
    AbstractAssertions.init(engine);
    runtime = engine.getRuntimeService();
    tasks = engine.getTaskService();
    forms = engine.getFormService();
    management = engine.getManagementService();
    world = RegistrationWorld.testBloc().register();
    reportWorld = new ReportWorld(world).register();
  }

  @AfterEach
  void tearDownWorld() {
    engine.getIdentityService().clearAuthentication();
    world.close();
    ClockUtil.reset();
  }

  // ---- time --------------------------------------------------------------------------------

  /** Sets the engine's clock to a local time in Viet Nam ("2027-02-13T17:00"). */
  protected static void at(String localDateTime) {
    ClockUtil.setCurrentTime(Date.from(instant(localDateTime)));
  }

  protected static Instant instant(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(VN).toInstant();
  }

  protected static Date date(String localDateTime) {
    return Date.from(instant(localDateTime));
  }

  // ---- starting ----------------------------------------------------------------------------

  protected void openYear() {
    world.cycle.openYear(new CycleService.OpenYearCommand(YEAR, false, Map.of(), "btg.chuyenvien", null));
  }

  /** Opens the year and runs one base unit's registration on its own. */
  protected ProcessInstance startUnit(String unitCode) {
    openYear();
    ProcessInstance instance =
        runtime.startProcessInstanceByKey(
            "Process_UnitRegistration", YEAR + "/" + unitCode, Map.of("year", YEAR, "unitCode", unitCode));
    runJobs();
    return instance;
  }

  /** Executes the async continuations that are due (never timers), until none is left. */
  protected void runJobs() {
    for (int round = 0; round < 100; round++) {
      List<Job> jobs = management.createJobQuery().messages().executable().list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> management.executeJob(job.getId()));
    }
    throw new AssertionError("Jobs keep coming");
  }

  /** The single timer job waiting in the activity. */
  protected Job timer(String activityId) {
    List<Job> jobs = management.createJobQuery().timers().activityId(activityId).list();
    assertThat(jobs).as("timer jobs at %s", activityId).hasSize(1);
    return jobs.get(0);
  }

  /** Moves the clock to the timer's due date and fires it. */
  protected void fire(String activityId) {
    Job job = timer(activityId);
    ClockUtil.setCurrentTime(job.getDuedate());
    management.executeJob(job.getId());
    runJobs();
  }

  // ---- tasks -------------------------------------------------------------------------------

  protected List<Task> tasks(String definitionKey) {
    return tasks.createTaskQuery().taskDefinitionKey(definitionKey).orderByTaskCreateTime().asc().list();
  }

  protected List<Task> tasks(String definitionKey, String unitCode) {
    return tasks.createTaskQuery()
        .taskDefinitionKey(definitionKey)
        .processVariableValueEquals("unitCode", unitCode)
        .orderByTaskCreateTime()
        .asc()
        .list();
  }

  protected Task task(String definitionKey, String unitCode) {
    List<Task> found = tasks(definitionKey, unitCode);
    assertThat(found).as("open %s of %s", definitionKey, unitCode).hasSize(1);
    return found.get(0);
  }

  protected List<String> candidateGroups(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream()
        .filter(l -> l.getGroupId() != null)
        .map(IdentityLink::getGroupId)
        .sorted()
        .collect(Collectors.toList());
  }

  protected Object local(Task task, String name) {
    return tasks.getVariableLocal(task.getId(), name);
  }

  /** A JSON task variable (a form-js table) as Java lists and maps. */
  protected List<Map<String, Object>> rows(Task task, String name) {
    try {
      return JSON.readValue(String.valueOf(local(task, name)), new TypeReference<>() {});
    } catch (Exception e) {
      throw new AssertionError("Not a JSON list: " + name, e);
    }
  }

  /** Every field of the plan form as Tasklist submits it. */
  protected static Map<String, Object> plan(String name, String type, boolean addAnother) {
    Map<String, Object> values = new HashMap<>();
    for (PlanField field : PlanField.values()) {
      values.put(field.key(), null);
    }
    values.put(PlanField.NAME.key(), name);
    values.put(PlanField.GROUP.key(), "THRIFT_SOLIDARITY");
    values.put(PlanField.TYPE.key(), type);
    values.put(PlanField.PERIOD.key(), "Từ tháng 3 đến tháng 11 năm " + YEAR);
    for (PlanField section : PlanField.sections()) {
      values.put(section.key(), section.label() + " của mô hình " + name);
    }
    values.put(PlanField.ADD_ANOTHER.key(), addAnother);
    return values;
  }

  protected void writePlan(Task task, String name) {
    writePlan(task, name, PlanField.NEW, false);
  }

  protected void writePlan(Task task, String name, String type, boolean addAnother) {
    forms.submitTaskForm(task.getId(), plan(name, type, addAnother));
    runJobs();
  }

  protected void review(Task task, String decision, String comment) {
    Map<String, Object> values = new HashMap<>();
    values.put("reviewDecision", decision);
    values.put("reviewComment", comment);
    forms.submitTaskForm(task.getId(), values);
    runJobs();
  }

  protected void compile(Task task, String action, List<String> plans, String comment) {
    Map<String, Object> values = new HashMap<>();
    values.put("compileAction", action);
    try {
      // Tasklist sends a checklist's choice as a JSON array.
      values.put("compileRevisePlans", plans == null ? null : SpinValues.jsonValue(JSON.writeValueAsString(plans)).create());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    values.put("compileReviseComment", comment);
    forms.submitTaskForm(task.getId(), values);
    runJobs();
  }

  protected void decide(Task task, String decision, String comment) {
    Map<String, Object> values = new HashMap<>();
    values.put("acceptDecision", decision);
    values.put("acceptComment", comment);
    forms.submitTaskForm(task.getId(), values);
    runJobs();
  }
}
