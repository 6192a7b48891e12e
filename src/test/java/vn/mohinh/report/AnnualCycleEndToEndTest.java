package vn.mohinh.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.mohinh.cycle.CycleService;
import vn.mohinh.cycle.CycleYear;
import vn.mohinh.evaluation.CommendationLevel;
import vn.mohinh.evaluation.EvaluationForm;
import vn.mohinh.evaluation.EvaluationRepository;
import vn.mohinh.evaluation.YearSummary;
import vn.mohinh.evaluation.YearSummaryService;
import vn.mohinh.organization.OrganizationDirectory;
import vn.mohinh.organization.Unit;
import vn.mohinh.registration.PlanField;
import vn.mohinh.registration.PlanService;
import vn.mohinh.registration.SubmissionService;

/**
 * The whole yearly cycle of the demo bloc, end to end, with everything real: the application as
 * deployed, authorization on, every task worked by the demo user who owns it (the unit's secretary,
 * the committee, {@code btg.truongban} for the reviewing office, {@code btv.bithu} for the
 * standing committee). Timers are executed by the test after moving the engine's clock.
 *
 * <p>The reviewer opens the year; every unit registers; at the report window every accepted model
 * gets its report: Chi bộ Văn phòng ({@code stc-vp}) is returned once by its committee, Chi bộ Báo
 * Trà Vinh ({@code cbbtv}) reports after the deadline, Chi bộ Phòng Tin học và Thống kê
 * ({@code stc-th}) never reports; the reviewer evaluates, closes the collection, and the standing
 * committee approves the list.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AnnualCycleEndToEndTest {

  private static final int YEAR = 2041;
  private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final String REVIEWER = "btg.truongban";
  private static final String APPROVER = "btv.bithu";
  private static final String MISSING_UNIT = "stc-th";
  private static final String LATE_UNIT = "cbbtv";

  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired HistoryService history;
  @Autowired OrganizationDirectory directory;
  @Autowired CycleService cycle;
  @Autowired ReportService reports;
  @Autowired EvaluationRepository evaluations;
  @Autowired YearSummaryService summaries;
  @Autowired JdbcClient jdbc;

  private ProcessInstance annualCycle;

  @AfterEach
  void cleanUp() {
    identity.clearAuthentication();
    if (annualCycle != null && runtime.createProcessInstanceQuery().processInstanceId(annualCycle.getId()).count() > 0) {
      runtime.deleteProcessInstance(annualCycle.getId(), "end of test", true, true);
    }
    ClockUtil.reset();
  }

  // ---- helpers ------------------------------------------------------------------------------

  private static void at(String localDateTime) {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(localDateTime).atZone(VN).toInstant()));
  }

  private void as(String user) {
    List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    identity.setAuthentication(user, groups);
  }

  private static String secretary(String unitCode) {
    return unitCode + ".bithu";
  }

  /** The process instances of this test's year (the shared context may hold other years'). */
  private Set<String> ourInstances() {
    Set<String> ids = new HashSet<>();
    runtime.createProcessInstanceQuery().processInstanceBusinessKeyLike(YEAR + "%").list().forEach(p -> ids.add(p.getId()));
    return ids;
  }

  /** Runs this year's due jobs (async continuations, timers whose date has come) until none is left. */
  private void runJobs() {
    for (int round = 0; round < 500; round++) {
      Set<String> ours = ourInstances();
      List<Job> due = management.createJobQuery().executable().list().stream().filter(j -> ours.contains(j.getProcessInstanceId())).toList();
      if (due.isEmpty()) {
        return;
      }
      for (Job job : due) {
        // a job may have removed another one of the round (an interrupting timer, a terminate end)
        if (management.createJobQuery().jobId(job.getId()).count() > 0) {
          management.executeJob(job.getId());
        }
      }
    }
    throw new AssertionError("Jobs keep coming");
  }

  /** Moves the clock to the timer's date and lets it fire. */
  private void fire(String activityId) {
    Set<String> ours = ourInstances();
    List<Job> timers =
        management.createJobQuery().timers().activityId(activityId).list().stream().filter(j -> ours.contains(j.getProcessInstanceId())).toList();
    assertThat(timers).as("timer %s", activityId).hasSize(1);
    ClockUtil.setCurrentTime(new Date(timers.get(0).getDuedate().getTime() + 1000));
    runJobs();
  }

  private List<Task> open(String key) {
    return tasks.createTaskQuery().taskDefinitionKey(key).processVariableValueEquals("year", YEAR).list();
  }

  private Task task(String key, String unitCode) {
    List<Task> found =
        tasks.createTaskQuery().taskDefinitionKey(key).processVariableValueEquals("year", YEAR)
            .processVariableValueEquals("unitCode", unitCode).list();
    assertThat(found).as("%s of %s", key, unitCode).hasSize(1);
    return found.get(0);
  }

  private Task evaluationOf(String unitCode) {
    String reportId = reportOf(unitCode).id();
    List<Task> found =
        tasks.createTaskQuery().taskDefinitionKey("Task_EvaluateReport").processVariableValueEquals("reportId", reportId).list();
    assertThat(found).as("evaluation of %s", unitCode).hasSize(1);
    return found.get(0);
  }

  private ResultReport reportOf(String unitCode) {
    return reports.reportsOfYear(YEAR).stream().filter(r -> r.unitCode().equals(unitCode)).findFirst().orElseThrow();
  }

  /** What Tasklist does: read the form variables as the user, submit every field of the form. */
  private void submit(String user, Task task, Map<String, Object> values) {
    as(user);
    try {
      assertThat(forms.getDeployedTaskForm(task.getId())).isNotNull();
      assertThat(forms.getTaskFormVariables(task.getId())).isNotNull();
      forms.submitTaskForm(task.getId(), values);
    } finally {
      identity.clearAuthentication();
    }
    runJobs();
  }

  private static Map<String, Object> plan(String unitCode) {
    Map<String, Object> values = new HashMap<>();
    for (PlanField field : PlanField.values()) {
      values.put(field.key(), null);
    }
    values.put(PlanField.NAME.key(), "Mô hình của " + unitCode);
    values.put(PlanField.GROUP.key(), unitCode.startsWith("stc") ? "THRIFT_SOLIDARITY" : "ADMINISTRATIVE_REFORM");
    values.put(PlanField.TYPE.key(), PlanField.NEW);
    values.put(PlanField.PERIOD.key(), "Tháng 3 – tháng 11/" + YEAR);
    for (PlanField section : PlanField.sections()) {
      values.put(section.key(), section.label() + " – " + unitCode);
    }
    values.put(PlanField.ADD_ANOTHER.key(), false);
    return values;
  }

  private static Map<String, Object> values(Object... pairs) {
    Map<String, Object> values = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      values.put((String) pairs[i], pairs[i + 1]);
    }
    return values;
  }

  private static Map<String, Object> scores(double score) {
    Map<String, Object> values = new HashMap<>();
    for (int slot = 1; slot <= 8; slot++) {
      values.put(EvaluationForm.scoreKey(slot), slot <= 5 ? score : null);
    }
    values.put(EvaluationForm.COMMENT, "Mô hình thiết thực, có số liệu so sánh rõ ràng");
    return values;
  }

  // ---- the year -----------------------------------------------------------------------------

  @Test
  void theWholeYearFromOpeningToTheApprovedCommendationList() {
    List<Unit> baseUnits = directory.baseUnits();
    List<Unit> registering = directory.registeringUnits();

    // January: the reviewing office opens the year from Tasklist
    at(YEAR + "-01-05T08:00");
    String definition = repository.createProcessDefinitionQuery().processDefinitionKey("Process_AnnualCycle").latestVersion().singleResult().getId();
    as(REVIEWER);
    annualCycle =
        forms.submitStartForm(
            definition, values("openYear", (double) YEAR, "openCellPlanDeadline", null, "openSubmissionDeadline", null,
                "openReportOpens", null, "openReportDeadline", null));
    identity.clearAuthentication();
    runJobs();

    // February: every unit registers, committees review and compile, the bloc accepts
    for (Unit unit : registering) {
      submit(secretary(unit.code()), task("Task_WritePlan", unit.code()), plan(unit.code()));
    }
    for (Unit unit : registering) {
      if (unit.isCell()) {
        submit(secretary(unit.parentCode()), task("Task_ReviewCellPlan", unit.code()), values("reviewDecision", PlanService.APPROVE, "reviewComment", null));
      }
    }
    for (Unit unit : baseUnits) {
      if (unit.isCommittee()) {
        submit(secretary(unit.code()), task("Task_CompileSummary", unit.code()),
            values("compileAction", SubmissionService.SUBMIT, "compileRevisePlans", null, "compileReviseComment", null));
      }
      submit(REVIEWER, task("Task_AcceptSubmission", unit.code()), values("acceptDecision", SubmissionService.ACCEPT, "acceptComment", null));
    }
    submit(REVIEWER, open("Task_RegistrationSummary").get(0), Map.of());
    assertThat(cycle.year(YEAR)).get().extracting(CycleYear::status).isEqualTo(CycleYear.Status.REGISTRATION_CLOSED);

    // 15/11: the report window opens, every accepted model gets its report task
    fire("Timer_ReportWindowOpens");
    assertThat(cycle.year(YEAR)).get().extracting(CycleYear::status).isEqualTo(CycleYear.Status.REPORTING);
    assertThat(open("Task_WriteReport")).hasSize(registering.size());
    Task vpReport = task("Task_WriteReport", "stc-vp");
    assertThat(vpReport.getName()).isEqualTo("Báo cáo kết quả mô hình năm 2041 – Mô hình của stc-vp – Chi bộ Văn phòng – Đảng bộ Sở Tài chính");
    assertThat(vpReport.getDueDate()).isEqualTo(Date.from(LocalDateTime.parse(YEAR + "-12-15T17:00").atZone(VN).toInstant()));
    assertThatThrownBy(() -> submit("cbbtv.bithu", vpReport, ReportFormTest.complete())).isInstanceOf(AuthorizationException.class);

    // the cell writes, its committee returns it once, then forwards it
    submit("stc-vp.bithu", vpReport, ReportFormTest.complete());
    Task vpReview = task("Task_ReviewCellReport", "stc-vp");
    assertThatThrownBy(() -> submit("stc-vp.bithu", vpReview, values("reviewDecision", "APPROVE", "reviewComment", null)))
        .isInstanceOf(AuthorizationException.class);
    submit("stc.bithu", vpReview, values("reviewDecision", "RETURN", "reviewComment", "Bổ sung số liệu so sánh với năm trước"));
    Task vpAgain = task("Task_WriteReport", "stc-vp");
    as("stc-vp.bithu");
    assertThat(forms.getTaskFormVariables(vpAgain.getId()).getValue("returnComment", Object.class).toString())
        .contains("Bổ sung số liệu so sánh với năm trước");
    identity.clearAuthentication();
    submit("stc-vp.bithu", vpAgain, ReportFormTest.complete());
    submit("stc.bithu", task("Task_ReviewCellReport", "stc-vp"), values("reviewDecision", "APPROVE", "reviewComment", null));

    // everyone else reports on time, except the base cell (late) and one cell (never)
    for (Unit unit : registering) {
      if (unit.code().equals("stc-vp") || unit.code().equals(LATE_UNIT) || unit.code().equals(MISSING_UNIT)) {
        continue;
      }
      submit(secretary(unit.code()), task("Task_WriteReport", unit.code()), ReportFormTest.complete());
      if (unit.isCell()) {
        submit(secretary(unit.parentCode()), task("Task_ReviewCellReport", unit.code()), values("reviewDecision", "APPROVE", "reviewComment", null));
      }
    }
    // the reviewing office evaluates what has arrived
    for (Unit unit : registering) {
      if (!unit.code().equals(LATE_UNIT) && !unit.code().equals(MISSING_UNIT)) {
        submit(REVIEWER, evaluationOf(unit.code()), scores(unit.code().equals("stc-vp") ? 9.0 : 7.0));
      }
    }

    // reminders 7, 3, 1 days before, then the deadline passes
    fire("Timer_ReportReminder");
    fire("Timer_ReportReminder");
    fire("Timer_ReportReminder");
    fire("Timer_ReportDeadline");
    assertThat(open("Task_WriteReport")).hasSize(2);

    at(YEAR + "-12-17T08:00");
    submit("cbbtv.bithu", task("Task_WriteReport", LATE_UNIT), ReportFormTest.complete());
    assertThat(reportOf(LATE_UNIT).timeliness()).isEqualTo("Nộp muộn");
    submit(REVIEWER, evaluationOf(LATE_UNIT), scores(8.5));

    // the reviewing office closes the collection: stc-th has not reported
    Task close = open("Task_CloseReportCollection").get(0);
    assertThat(tasks.getIdentityLinksForTask(close.getId())).anyMatch(l -> "reviewers".equals(l.getGroupId()));
    submit(REVIEWER, close, values("closeConfirmed", true));
    assertThat(reportOf(MISSING_UNIT).status()).isEqualTo(ReportStatus.MISSING);
    assertThat(open("Task_WriteReport")).isEmpty();

    // the standing committee approves the list
    Task approve = open("Task_ApproveCommendations").get(0);
    assertThat(tasks.getIdentityLinksForTask(approve.getId())).anyMatch(l -> "approvers".equals(l.getGroupId()));
    assertThatThrownBy(() -> submit(REVIEWER, approve, values("approvalDecision", "APPROVE", "approvalComment", null)))
        .isInstanceOf(AuthorizationException.class);
    submit(APPROVER, approve, values("approvalDecision", "APPROVE", "approvalComment", "Đồng ý danh sách"));

    // the year is over: levels stored, units told, chosen models flagged, figures stored
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(annualCycle.getId()).count()).isZero();
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(annualCycle.getId()).activityId("EndEvent_CycleDone").count())
        .isEqualTo(1);
    assertThat(cycle.year(YEAR)).get().extracting(CycleYear::status).isEqualTo(CycleYear.Status.CLOSED);
    List<EvaluationRepository.Commendation> commendations = evaluations.commendationsOf(YEAR);
    assertThat(commendations).hasSize(registering.size() - 1);
    Map<String, CommendationLevel> levels = new HashMap<>();
    commendations.forEach(c -> levels.put(c.unitCode(), c.level()));
    assertThat(levels).containsEntry("stc-vp", CommendationLevel.BLOC_CERTIFICATE).containsEntry(LATE_UNIT, CommendationLevel.PRAISE)
        .containsEntry("stc", CommendationLevel.PRAISE).doesNotContainKey(MISSING_UNIT);
    assertThat(evaluations.showcaseCandidates(YEAR)).hasSize(2);
    assertThat(jdbc.sql("select count(distinct unit_code) from mh_mail_outbox where mail_year = ? and kind = ?")
            .params(YEAR, "COMMENDATION").query(Integer.class).single())
        .isEqualTo(registering.size());

    YearSummary summary = summaries.stored(YEAR).orElseThrow();
    assertThat(summary.registeringUnits()).isEqualTo(registering.size());
    assertThat(summary.unitsWithModel()).isEqualTo(registering.size());
    assertThat(summary.models()).isEqualTo(registering.size());
    assertThat(summary.newModels()).isEqualTo(registering.size());
    assertThat(summary.count(summary.byGroup(), "THRIFT_SOLIDARITY")).isEqualTo(6);
    assertThat(summary.count(summary.byGroup(), "ADMINISTRATIVE_REFORM")).isEqualTo(registering.size() - 6);
    assertThat(summary.reportsOnTime()).isEqualTo(registering.size() - 2);
    assertThat(summary.reportsLate()).isEqualTo(1);
    assertThat(summary.reportsMissing()).isEqualTo(1);
    assertThat(summary.count(summary.byLevel(), "BLOC_CERTIFICATE")).isEqualTo(1);
    assertThat(summary.count(summary.byLevel(), "PRAISE")).isEqualTo(registering.size() - 2);
    assertThat(summary.commendedModels()).isEqualTo(registering.size() - 1);
    assertThat(summary.showcasedModels()).isEqualTo(2);
    List<String> kinds = new ArrayList<>(jdbc.sql("select distinct kind from mh_mail_outbox where mail_year = ?").param(YEAR).query(String.class).list());
    assertThat(kinds).contains("COMMENDATION");
  }
}
