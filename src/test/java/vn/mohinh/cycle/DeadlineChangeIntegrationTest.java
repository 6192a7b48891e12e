package vn.mohinh.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.mohinh.notification.Notifier;
import vn.mohinh.platform.InvalidInputException;
import vn.mohinh.testsupport.YearData;

/**
 * Changing a deadline in the running application: the reviewer opens a year from Tasklist's start
 * form, then changes a deadline with Process_ChangeDeadline's start form (authorization on); the
 * year's timers and open tasks follow, the overdue notice goes out against the new date and the
 * reminders of a moved deadline are new mails. Each test has its own year (2021–2024: the engine's
 * clock is set in that year; the notifier reads the real clock, so these deadlines have passed for
 * it) and removes what it made.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DeadlineChangeIntegrationTest {

  private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final String REVIEWER = "btg.truongban";
  private static final List<String> STC_CELLS = List.of("stc-vp", "stc-ns", "stc-dn", "stc-gcs", "stc-th");

  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired HistoryService history;
  @Autowired DeadlineCalendar calendar;
  @Autowired DeadlineChangeService changes;
  @Autowired DeadlineRescheduler rescheduler;
  @Autowired Notifier notifier;
  @Autowired PlatformTransactionManager transactionManager;
  @Autowired JdbcClient jdbc;
  @LocalServerPort int port;

  private final List<Integer> years = new ArrayList<>();
  private final List<String> instances = new ArrayList<>();

  @AfterEach
  void cleanUp() {
    identity.clearAuthentication();
    ClockUtil.reset();
    for (String id : instances) {
      if (runtime.createProcessInstanceQuery().processInstanceId(id).count() > 0) {
        runtime.deleteProcessInstance(id, "end of test", true, true);
      }
      if (history.createHistoricProcessInstanceQuery().processInstanceId(id).count() > 0) {
        history.deleteHistoricProcessInstance(id);
      }
    }
    for (int year : years) {
      history.createHistoricProcessInstanceQuery().processDefinitionKey("Process_ChangeDeadline")
          .processInstanceBusinessKeyLike(year + "/%").list()
          .forEach(h -> history.deleteHistoricProcessInstance(h.getId()));
      YearData.delete(jdbc, year);
    }
  }

  // ---- helpers ------------------------------------------------------------------------------

  private static Instant vn(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(VN).toInstant();
  }

  private static Date date(String localDateTime) {
    return Date.from(vn(localDateTime));
  }

  private void at(String localDateTime) {
    ClockUtil.setCurrentTime(date(localDateTime));
  }

  private void as(String user) {
    List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    identity.setAuthentication(user, groups);
  }

  private ProcessInstance startForm(String user, String processKey, Map<String, Object> values) {
    String definition =
        repository.createProcessDefinitionQuery().processDefinitionKey(processKey).latestVersion().singleResult().getId();
    as(user);
    try {
      ProcessInstance instance = forms.submitStartForm(definition, values);
      instances.add(instance.getId());
      return instance;
    } finally {
      identity.clearAuthentication();
    }
  }

  /** The reviewer opens the year from Tasklist; the Sở Tài chính committee and its cells get their plan tasks. */
  private ProcessInstance openYear(int year) {
    years.add(year);
    Map<String, Object> open = new HashMap<>();
    open.put("openYear", (double) year);
    open.put("openCellPlanDeadline", null);
    open.put("openSubmissionDeadline", null);
    open.put("openReportOpens", null);
    open.put("openReportDeadline", null);
    ProcessInstance cycle = startForm(REVIEWER, "Process_AnnualCycle", open);
    runJobsOf(year, cycle, "stc");
    return cycle;
  }

  /** Runs the cycle's async continuations that concern the unit (the other units' jobs stay untouched). */
  private void runJobsOf(int year, ProcessInstance cycle, String unitCode) {
    for (int round = 0; round < 50; round++) {
      List<Job> due =
          management.createJobQuery().messages().executable().list().stream()
              .filter(job -> job.getExecutionId() != null
                  && Integer.valueOf(year).equals(runtime.getVariable(job.getExecutionId(), "year"))
                  && (unitCode.equals(runtime.getVariable(job.getExecutionId(), "unitCode"))
                      || (job.getProcessInstanceId().equals(cycle.getId())
                          && runtime.getVariable(job.getExecutionId(), "unitCode") == null)))
              .toList();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> management.executeJob(job.getId()));
    }
  }

  /** What Tasklist submits from forms/change-deadline.form. */
  private ProcessInstance changeFromTasklist(String user, int year, String kind, String day, String time, String reason) {
    Map<String, Object> values = new HashMap<>();
    values.put(ChangeDeadlineDelegate.FIELD_YEAR, (double) year);
    values.put(ChangeDeadlineDelegate.FIELD_KIND, kind);
    values.put(ChangeDeadlineDelegate.FIELD_DATE, day);
    values.put(ChangeDeadlineDelegate.FIELD_TIME, time);
    values.put(ChangeDeadlineDelegate.FIELD_REASON, reason);
    return startForm(user, "Process_ChangeDeadline", values);
  }

  private Job timer(ProcessInstance cycle, String activityId) {
    List<Job> jobs = management.createJobQuery().processInstanceId(cycle.getId()).timers().activityId(activityId).list();
    assertThat(jobs).as("timer at %s", activityId).hasSize(1);
    return jobs.get(0);
  }

  private Task planTask(int year, String unitCode) {
    List<Task> found =
        tasks.createTaskQuery().taskDefinitionKey("Task_WritePlan").processVariableValueEquals("year", year)
            .processVariableValueEquals("unitCode", unitCode).list();
    assertThat(found).as("plan task of %s", unitCode).hasSize(1);
    return found.get(0);
  }

  private List<String> outboxKeys(String prefix) {
    return jdbc.sql("select dedup_key from mh_mail_outbox where dedup_key like ? order by dedup_key")
        .param(prefix + "%").query(String.class).list();
  }

  private List<Map<String, Object>> changeRows(int year) {
    return jdbc.sql("select kind, old_due_at, new_due_at, reason, changed_by, timers_moved, tasks_moved "
            + "from mh_deadline_change where cycle_year = ?").param(year).query().listOfRows();
  }

  // ---- tests --------------------------------------------------------------------------------

  @Test
  void theReviewerMovesTheCellPlanDeadlineAndEverythingOfTheYearFollows() throws Exception {
    int year = 2022;
    at(year + "-01-05T08:00");
    ProcessInstance cycle = openYear(year);
    assertThat(timer(cycle, "Timer_CellPlanReminder").getDuedate()).isEqualTo(date("2022-02-13T17:00"));
    Job submissionReminder = timer(cycle, "Timer_SubmissionReminder");
    assertThat(planTask(year, "stc-vp").getDueDate()).isEqualTo(date("2022-02-20T17:00"));

    // A unit cannot change a deadline: only the reviewing office starts the process.
    assertThatThrownBy(() -> changeFromTasklist("stc-vp.bithu", year, "CELL_PLAN", "2022-02-23", null, "Xin gia hạn"))
        .isInstanceOf(AuthorizationException.class);

    ProcessInstance request =
        changeFromTasklist(REVIEWER, year, "CELL_PLAN", "2022-02-23", null, "Gia hạn theo Công văn số 12-CV/BTGĐUK");

    assertThat(calendar.dueInstant(year, DeadlineKind.CELL_PLAN)).isEqualTo(vn("2022-02-23T17:00"));
    assertThat(changeRows(year)).singleElement().satisfies(row -> {
      assertThat(row.get("KIND")).isEqualTo("CELL_PLAN");
      assertThat(row.get("REASON")).isEqualTo("Gia hạn theo Công văn số 12-CV/BTGĐUK");
      assertThat(row.get("CHANGED_BY")).isEqualTo(REVIEWER);
      assertThat(row.get("TIMERS_MOVED")).isEqualTo(1);
      assertThat(row.get("TASKS_MOVED")).isEqualTo(STC_CELLS.size());
    });
    assertThat(changes.changesOf(year)).singleElement()
        .extracting(DeadlineChange::oldDue, DeadlineChange::newDue)
        .containsExactly(vn("2022-02-20T17:00"), vn("2022-02-23T17:00"));
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(request.getId()).singleResult().getEndTime())
        .isNotNull();

    // The reminder timer now waits for 7 days before the new deadline; the submission's is untouched.
    assertThat(timer(cycle, "Timer_CellPlanReminder").getDuedate()).isEqualTo(date("2022-02-16T17:00"));
    assertThat(timer(cycle, "Timer_SubmissionReminder").getDuedate()).isEqualTo(submissionReminder.getDuedate());
    // The cells' open plans are due at the new deadline; the committee's own plan (due at the submission) is not moved.
    for (String cell : STC_CELLS) {
      assertThat(planTask(year, cell).getDueDate()).as(cell).isEqualTo(date("2022-02-23T17:00"));
    }
    assertThat(planTask(year, "stc").getDueDate()).isEqualTo(date("2022-02-25T17:00"));

    // The reminders pass, then the deadline timer fires at the new deadline.
    for (int i = 0; i < 3; i++) {
      Job reminder = timer(cycle, "Timer_CellPlanReminder");
      ClockUtil.setCurrentTime(reminder.getDuedate());
      management.executeJob(reminder.getId());
    }
    Job deadline = timer(cycle, "Timer_CellPlanDeadline");
    assertThat(deadline.getDuedate()).isEqualTo(date("2022-02-23T17:00"));
    ClockUtil.setCurrentTime(deadline.getDuedate());
    management.executeJob(deadline.getId());

    long newDeadline = vn("2022-02-23T17:00").getEpochSecond();
    long oldDeadline = vn("2022-02-20T17:00").getEpochSecond();
    assertThat(outboxKeys("overdue|2022|cell_plan|" + newDeadline + "|stc-vp|")).isNotEmpty();
    assertThat(outboxKeys("overdue_above|2022|cell_plan|" + newDeadline + "|stc|")).isNotEmpty();
    assertThat(outboxKeys("overdue|2022|cell_plan|" + oldDeadline + "|")).isEmpty();
    assertThat(outboxKeys("overdue|2022|cell_plan|")).allSatisfy(key -> assertThat(key)
        .matches("overdue\\|2022\\|cell_plan\\|" + newDeadline + "\\|stc-(vp|ns|dn|gcs|th)\\|.*"));
    // The reviewing office reads the change in the product's page; a unit does not.
    assertThat(get("/app/deadlines?year=2022", REVIEWER))
        .startsWith("200 ")
        .contains("Gia hạn theo Công văn số 12-CV/BTGĐUK", "17 giờ 00 ngày 20/02/2022", "17 giờ 00 ngày 23/02/2022",
            "1 hẹn giờ, 5 công việc");
    assertThat(get("/app/deadlines?year=2022", "stc-vp.bithu")).startsWith("403 ").doesNotContain("Gia hạn");
  }

  @Test
  void aYearWaitingForTheDeadlineItselfHasItsDeadlineTimerMoved() {
    int year = 2021;
    at(year + "-02-20T08:00");
    ProcessInstance cycle = openYear(year);
    Job deadline = timer(cycle, "Timer_CellPlanDeadline");
    assertThat(deadline.getDuedate()).isEqualTo(date("2021-02-20T17:00"));
    assertThat(management.createJobQuery().processInstanceId(cycle.getId()).activityId("Timer_CellPlanReminder").count()).isZero();

    DeadlineChange change =
        changes.change(year, DeadlineKind.CELL_PLAN, vn("2021-02-20T20:00"), "Hệ thống gián đoạn buổi chiều", REVIEWER);

    assertThat(change.timersMoved()).isEqualTo(1);
    Job moved = timer(cycle, "Timer_CellPlanDeadline");
    assertThat(moved.getId()).isEqualTo(deadline.getId());
    assertThat(moved.getDuedate()).isEqualTo(date("2021-02-20T20:00"));
    assertThat(planTask(year, "stc-vp").getDueDate()).isEqualTo(date("2021-02-20T20:00"));

    ClockUtil.setCurrentTime(moved.getDuedate());
    management.executeJob(moved.getId());
    long newDeadline = vn("2021-02-20T20:00").getEpochSecond();
    assertThat(outboxKeys("overdue|2021|cell_plan|" + newDeadline + "|")).isNotEmpty();
    assertThat(outboxKeys("overdue|2021|cell_plan|")).allSatisfy(key -> assertThat(key).contains("|" + newDeadline + "|"));
  }

  @Test
  void aBadChangeChangesNothing() throws Exception {
    int year = 2024;
    at(year + "-01-05T08:00");
    ProcessInstance cycle = openYear(year);
    Job reminder = timer(cycle, "Timer_CellPlanReminder");
    long requests = history.createHistoricProcessInstanceQuery().processDefinitionKey("Process_ChangeDeadline").count();

    assertThatThrownBy(() -> changeFromTasklist(REVIEWER, year, "CELL_PLAN", "2024-02-23", null, null))
        .isInstanceOf(InvalidInputException.class).hasMessage("Chưa nhập lý do đổi hạn");
    assertThatThrownBy(() -> changeFromTasklist(REVIEWER, year, "CELL_PLAN", "2024-02-28", "16:00", "Lùi hạn"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("Hạn nộp kế hoạch thực hiện mô hình của chi bộ trực thuộc (16 giờ 00 ngày 28/02/2024) không được muộn hơn "
            + "hạn nộp hồ sơ đăng ký mô hình về Đảng ủy Khối (17 giờ 00 ngày 25/02/2024)");
    assertThatThrownBy(() -> changeFromTasklist(REVIEWER, 2019, "CELL_PLAN", "2019-02-23", null, "Năm chưa mở"))
        .isInstanceOf(InvalidInputException.class).hasMessage("Năm 2019 chưa được mở: chưa có hạn nào để đổi");
    // Through the REST API the start form is checked against forms/change-deadline.form first.
    assertThat(submitOverRest("{\"changeYear\":{\"value\":2024},\"changeKind\":{\"value\":\"CELL_PLAN\"},"
            + "\"changeDate\":{\"value\":\"2099-02-23\"}}"))
        .startsWith("400 ").contains("InvalidSubmission", "changeReason");
    assertThat(submitOverRest("{\"changeYear\":{\"value\":2024},\"changeKind\":{\"value\":\"EVERYTHING\"},"
            + "\"changeDate\":{\"value\":\"2099-02-23\"},\"changeReason\":{\"value\":\"Thử\"}}"))
        .startsWith("400 ").contains("InvalidSubmission", "changeKind");

    assertThat(calendar.dueInstant(year, DeadlineKind.CELL_PLAN)).isEqualTo(vn("2024-02-20T17:00"));
    assertThat(changeRows(year)).isEmpty();
    assertThat(timer(cycle, "Timer_CellPlanReminder").getDuedate()).isEqualTo(reminder.getDuedate());
    assertThat(planTask(year, "stc-vp").getDueDate()).isEqualTo(date("2024-02-20T17:00"));
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("Process_ChangeDeadline").count())
        .isEqualTo(requests);
  }

  @Test
  void aReminderSentForTheOldDeadlineDoesNotHoldBackTheOneForTheNewDeadline() {
    int year = 2023;
    years.add(year);
    repository.createDeployment().name("notification-test").addClasspathResource("notification/owed-work-test.bpmn")
        .enableDuplicateFiltering(true).deploy();
    // Real time here: the notifier reminds only before a deadline, by the real clock.
    Instant oldDue = Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofDays(3)).minus(Duration.ofHours(1));
    Instant newDue = oldDue.plus(Duration.ofDays(1));
    ProcessInstance work =
        runtime.startProcessInstanceByKey("Test_OwedWork", Map.of("year", year, "unitCode", "stc-vp", "deadline", Date.from(oldDue)));
    instances.add(work.getId());
    Notifier.DeadlineNotice before = new Notifier.DeadlineNotice(year, "CELL_PLAN", DeadlineKind.CELL_PLAN.label(), oldDue);
    inTransaction(() -> notifier.remindDeadline(before, 3));
    assertThat(outboxKeys("reminder|2023|cell_plan|" + oldDue.getEpochSecond() + "|d3|stc-vp|")).isNotEmpty();

    // The deadline moves a day later: the open task follows it…
    inTransaction(() -> rescheduler.reschedule(year, null, DeadlineKind.CELL_PLAN, oldDue, newDue));
    assertThat(tasks.createTaskQuery().processInstanceId(work.getId()).singleResult().getDueDate()).isEqualTo(Date.from(newDue));
    // …and the reminder 3 days before the new deadline is a new mail.
    Notifier.DeadlineNotice after = new Notifier.DeadlineNotice(year, "CELL_PLAN", DeadlineKind.CELL_PLAN.label(), newDue);
    inTransaction(() -> notifier.remindDeadline(after, 3));
    List<String> sent = outboxKeys("reminder|2023|cell_plan|" + newDue.getEpochSecond() + "|d3|stc-vp|");
    assertThat(sent).hasSameSizeAs(outboxKeys("reminder|2023|cell_plan|" + oldDue.getEpochSecond() + "|d3|stc-vp|")).isNotEmpty();
  }

  private String get(String path, String user) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":MoHinh@2026").getBytes(StandardCharsets.UTF_8)))
            .GET()
            .build();
    HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    return response.statusCode() + " " + response.body();
  }

  /** POSTs the variables to the definition's submit-form as the reviewer; "status body". */
  private String submitOverRest(String variables) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/process-definition/key/Process_ChangeDeadline/submit-form"))
            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((REVIEWER + ":MoHinh@2026").getBytes(StandardCharsets.UTF_8)))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"variables\":" + variables + "}"))
            .build();
    HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    return response.statusCode() + " " + response.body();
  }

  private void inTransaction(Runnable work) {
    new TransactionTemplate(transactionManager).executeWithoutResult(status -> work.run());
  }
}
