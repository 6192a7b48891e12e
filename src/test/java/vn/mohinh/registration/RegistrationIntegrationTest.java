package vn.mohinh.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.mohinh.cycle.AutoOpenSwitch;
import vn.mohinh.cycle.CycleService;
import vn.mohinh.cycle.CycleYear;

/**
 * A committee's registration with everything real: the application, the BPMN and the Camunda Forms
 * as deployed, authorization on, the demo bloc; the reviewer opens the year from the start form and
 * every task is worked by the demo user who owns it, with that user's own authentication.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RegistrationIntegrationTest {

  private static final int YEAR = 2031;
  private static final String REVIEWER = "btg.truongban";
  private static final String COMMITTEE = "stc.bithu";

  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired InitiativeRepository initiatives;
  @Autowired SubmissionRepository submissions;
  @Autowired RegistrationLog log;
  @Autowired CycleService cycle;
  @Autowired JdbcClient jdbc;

  private ProcessInstance annualCycle;

  @BeforeEach
  void clock() {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(YEAR + "-01-05T08:00").atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant()));
  }

  @AfterEach
  void cleanUp() {
    identity.clearAuthentication();
    if (annualCycle != null && runtime.createProcessInstanceQuery().processInstanceId(annualCycle.getId()).count() > 0) {
      runtime.deleteProcessInstance(annualCycle.getId(), "end of test", true, true);
    }
    ClockUtil.reset();
  }

  private void as(String user) {
    List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    identity.setAuthentication(user, groups);
  }

  /** Runs the async continuations of the cycle that concern the unit (the other units' jobs stay untouched). */
  private void runJobsOf(String unitCode) {
    for (int round = 0; round < 50; round++) {
      List<Job> due =
          management.createJobQuery().messages().executable().list().stream()
              .filter(job -> job.getExecutionId() != null
                  && Integer.valueOf(YEAR).equals(runtime.getVariable(job.getExecutionId(), "year"))
                  && (unitCode.equals(runtime.getVariable(job.getExecutionId(), "unitCode"))
                      || unitCode.equals(runtime.getVariable(job.getExecutionId(), "planUnitCode"))
                      || isOpenYearJob(job)))
              .toList();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> management.executeJob(job.getId()));
    }
  }

  private boolean isOpenYearJob(Job job) {
    return annualCycle != null && job.getProcessInstanceId().equals(annualCycle.getId())
        && runtime.getVariable(job.getExecutionId(), "unitCode") == null;
  }

  private Task task(String key, String unitCode) {
    List<Task> found =
        tasks.createTaskQuery().taskDefinitionKey(key).processVariableValueEquals("year", YEAR)
            .processVariableValueEquals("unitCode", unitCode).list();
    assertThat(found).as("%s of %s", key, unitCode).hasSize(1);
    return found.get(0);
  }

  /** What Tasklist does: read the form variables as the user, submit every field. */
  private void submit(String user, Task task, Map<String, Object> values) {
    as(user);
    try {
      VariableMap shown = forms.getTaskFormVariables(task.getId());
      assertThat(shown).containsKeys(values.keySet().toArray(String[]::new));
      assertThat(forms.getDeployedTaskForm(task.getId())).isNotNull();
      forms.submitTaskForm(task.getId(), values);
    } finally {
      identity.clearAuthentication();
    }
    runJobsOf("stc");
  }

  private Map<String, Object> plan(String name) {
    Map<String, Object> values = new HashMap<>();
    for (PlanField field : PlanField.values()) {
      values.put(field.key(), null);
    }
    values.put(PlanField.NAME.key(), name);
    values.put(PlanField.GROUP.key(), "PARTY_BUILDING");
    values.put(PlanField.TYPE.key(), PlanField.NEW);
    values.put(PlanField.PERIOD.key(), "Tháng 3 – tháng 11/" + YEAR);
    for (PlanField section : PlanField.sections()) {
      values.put(section.key(), section.label() + ": " + name);
    }
    values.put(PlanField.ADD_ANOTHER.key(), false);
    return values;
  }

  private Map<String, Object> decision(String prefix, String decision, String comment) {
    Map<String, Object> values = new HashMap<>();
    values.put(prefix + "Decision", decision);
    values.put(prefix + "Comment", comment);
    return values;
  }

  @Test
  void aCommitteeRegistersThroughTasklistWithAuthorizationOn() {
    String definition =
        repository.createProcessDefinitionQuery().processDefinitionKey("Process_AnnualCycle").latestVersion().singleResult().getId();
    as(REVIEWER);
    Map<String, Object> open = new HashMap<>();
    open.put("openYear", (double) YEAR);
    open.put("openCellPlanDeadline", null);
    open.put("openSubmissionDeadline", YEAR + "-02-26");
    open.put("openReportOpens", null);
    open.put("openReportDeadline", null);
    annualCycle = forms.submitStartForm(definition, open);
    identity.clearAuthentication();
    assertThat(cycle.year(YEAR)).get().extracting(CycleYear::openedBy).isEqualTo(REVIEWER);
    runJobsOf("stc");

    List<String> cells = List.of("stc-vp", "stc-ns", "stc-dn", "stc-gcs", "stc-th");
    Task ownPlan = task("Task_WritePlan", "stc");
    assertThatThrownBy(() -> submit("stc-vp.bithu", ownPlan, plan("Không phải của chi bộ")))
        .isInstanceOf(AuthorizationException.class);
    submit(COMMITTEE, ownPlan, plan("Đảng bộ tiết kiệm, chống lãng phí"));
    for (String cell : cells) {
      submit(cell + ".bithu", task("Task_WritePlan", cell), plan("Mô hình của " + cell));
    }
    Task vpReview = task("Task_ReviewCellPlan", "stc-vp");
    assertThatThrownBy(() -> submit("stc-vp.bithu", vpReview, decision("review", PlanService.APPROVE, null)))
        .isInstanceOf(AuthorizationException.class);
    submit(COMMITTEE, vpReview, decision("review", PlanService.RETURN, "Nêu rõ nội dung học tập Bác"));
    submit("stc-vp.bithu", task("Task_WritePlan", "stc-vp"), plan("Văn phòng không giấy"));
    for (String cell : cells) {
      submit(COMMITTEE, task("Task_ReviewCellPlan", cell), decision("review", PlanService.APPROVE, null));
    }

    Task compile = task("Task_CompileSummary", "stc");
    Map<String, Object> submitToBloc = new HashMap<>();
    submitToBloc.put("compileAction", SubmissionService.SUBMIT);
    submitToBloc.put("compileRevisePlans", null);
    submitToBloc.put("compileReviseComment", null);
    submit(COMMITTEE, compile, submitToBloc);

    Task accept = task("Task_AcceptSubmission", "stc");
    assertThat(accept.getDueDate()).isNull();
    assertThatThrownBy(() -> submit(COMMITTEE, accept, decision("accept", SubmissionService.ACCEPT, null)))
        .isInstanceOf(AuthorizationException.class);
    as(REVIEWER);
    tasks.claim(accept.getId(), REVIEWER);
    identity.clearAuthentication();
    submit(REVIEWER, accept, decision("accept", SubmissionService.ACCEPT, "Đạt yêu cầu"));

    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(YEAR + "/stc").count()).isZero();
    List<Initiative> models = initiatives.ofBaseUnit(YEAR, "stc");
    assertThat(models).extracting(Initiative::unitCode).containsExactly("stc", "stc-vp", "stc-ns", "stc-dn", "stc-gcs", "stc-th");
    assertThat(models).extracting(Initiative::status).containsOnly(InitiativeStatus.ACCEPTED);
    assertThat(models).filteredOn(m -> m.unitCode().equals("stc-vp")).extracting(Initiative::name, Initiative::returnCount,
        Initiative::submittedBy).containsExactly(org.assertj.core.groups.Tuple.tuple("Văn phòng không giấy", 1, "stc-vp.bithu"));
    assertThat(models).extracting(Initiative::decidedBy).containsOnly(REVIEWER);
    assertThat(submissions.latest(YEAR, "stc")).get().extracting(Submission::status, Submission::submittedBy, Submission::decidedBy)
        .containsExactly(Submission.Status.ACCEPTED, COMMITTEE, REVIEWER);
    assertThat(log.eventsOfUnit(YEAR, "stc-vp")).extracting(RegistrationLog.Event::action, RegistrationLog.Event::actor)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(RegistrationLog.Action.PLAN_SUBMITTED, "stc-vp.bithu"),
            org.assertj.core.groups.Tuple.tuple(RegistrationLog.Action.PLAN_RETURNED, COMMITTEE),
            org.assertj.core.groups.Tuple.tuple(RegistrationLog.Action.PLAN_RESUBMITTED, "stc-vp.bithu"),
            org.assertj.core.groups.Tuple.tuple(RegistrationLog.Action.PLAN_APPROVED, COMMITTEE));
    assertThat(jdbc.sql("select count(*) from mh_registration_task where cycle_year = ? and unit_code like 'stc%'")
        .param(YEAR).query(Integer.class).single()).isZero();
    assertThat(runtime.createVariableInstanceQuery().processInstanceIdIn(annualCycle.getId()).variableName("planName").count())
        .isZero();
  }

  @Test
  void theAutomaticOpeningIsOffByDefault() {
    String definition =
        repository.createProcessDefinitionQuery().processDefinitionKey(AutoOpenSwitch.PROCESS_KEY).latestVersion().singleResult().getId();
    assertThat(management.createJobDefinitionQuery().processDefinitionId(definition).activityIdIn(AutoOpenSwitch.TIMER_START_EVENT)
        .singleResult().isSuspended()).isTrue();
    assertThat(management.createJobQuery().processDefinitionId(definition).active().count()).isZero();
  }
}
