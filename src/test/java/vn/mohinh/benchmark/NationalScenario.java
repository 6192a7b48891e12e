package vn.mohinh.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.util.GreenMail;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * The national slice on one deployment: opening a year for N base units (fan-out), their work and
 * the deadlines' timers, the mail this sends, the deadline-day peak over HTTP, and the inbox with
 * at least {@code inboxTasks} open tasks.
 */
final class NationalScenario {

  private final BenchConfig config;
  private final Report report;
  private final String db;
  private final ProductApp app;
  private final ProcessEngine engine;
  private final SyntheticOrganization org;
  private final Driver driver;
  private final int year;

  NationalScenario(BenchConfig config, Report report, String db, ProductApp app, SyntheticOrganization org, Driver driver) {
    this.config = config;
    this.report = report;
    this.db = db;
    this.app = app;
    this.engine = app.engine;
    this.org = org;
    this.driver = driver;
    this.year = config.year();
  }

  /** Opens the year for every base unit and runs the fan-out until every unit's first task exists. */
  void fanOut() {
    Driver.clock(year, "01-05T08:00");
    String definition =
        engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("Process_AnnualCycle").latestVersion()
            .singleResult().getId();
    Map<String, Object> open = new HashMap<>();
    open.put("openYear", (double) year);
    long start = System.nanoTime();
    driver.as(SyntheticOrganization.REVIEWER, () -> engine.getFormService().submitStartForm(definition, open));
    double startForm = Stats.since(start);
    long jobsBefore = driver.jobsExecuted.get();
    long jobsStart = System.nanoTime();
    driver.runJobs();
    double jobSeconds = Stats.since(jobsStart) / 1000.0;
    double seconds = Stats.since(start) / 1000.0;
    long tasks = engine.getTaskService().createTaskQuery().taskDefinitionKey(Driver.WRITE).count();
    long jobs = driver.jobsExecuted.get() - jobsBefore;
    String size = org.baseUnits() + " base units, " + org.cells() + " cells";
    report.add("fanout", db, "open the year (start form, mails to every unit queued)", startForm / 1000.0, "s", size);
    report.add("fanout", db, "time to create all tasks", seconds, "s", tasks + " write-plan tasks, expected " + org.registeringUnits());
    report.add("fanout", db, "tasks created per second", tasks / seconds, "tasks/s", "");
    report.add("fanout", db, "fan-out jobs executed per second", jobs / jobSeconds, "jobs/s",
        jobs + " async jobs; all in the annual cycle instance: exclusive, so one at a time");
  }

  /** Committees and base cells write their own plans (as many as configured), with the deadline reminders. */
  void workAndTimers() {
    Driver.clock(year, "02-13T17:01");
    long timersStart = System.nanoTime();
    long before = driver.jobsExecuted.get();
    long mailsBefore = mails();
    driver.runJobs();
    double timerSeconds = Stats.since(timersStart) / 1000.0;
    long timerJobs = driver.jobsExecuted.get() - before;
    long queued = mails() - mailsBefore;
    report.add("fanout", db, "reminder job (7 days before, every cell owes) duration", timerSeconds, "s",
        timerJobs + " jobs, " + queued + " mails queued");
    report.add("fanout", db, "reminder mails queued per second", queued / timerSeconds, "mails/s", "in the reminder's transaction");

    List<Driver.Work> own = new ArrayList<>(driver.open(Driver.WRITE).stream().filter(w -> org.unit(w.unitCode()).parent() == null).toList());
    if (own.size() > config.fanoutComplete()) {
      own = own.subList(0, config.fanoutComplete());
    }
    long start = System.nanoTime();
    long tasksBefore = driver.tasksCompleted.get();
    driver.complete(own);
    double seconds = Stats.since(start) / 1000.0;
    long done = driver.tasksCompleted.get() - tasksBefore;
    long open = engine.getTaskService().createTaskQuery().count();
    report.add("fanout", db, "tasks completed per second (own plans of committees, base cells)", done / seconds, "tasks/s",
        done + " completed by their users, " + driver.threads() + " threads, " + open + " tasks open");
    long jobsStart = System.nanoTime();
    before = driver.jobsExecuted.get();
    driver.runJobs();
    double jobSeconds = Stats.since(jobsStart) / 1000.0;
    long jobs = driver.jobsExecuted.get() - before;
    if (jobs > 0) {
      report.add("fanout", db, "jobs executed per second (after the completions)", jobs / jobSeconds, "jobs/s", jobs + " jobs");
    }
    long timerStart = System.nanoTime();
    before = driver.jobsExecuted.get();
    mailsBefore = mails();
    for (String step : new String[] {"02-17T17:01", "02-18T17:01", "02-19T08:00"}) {
      Driver.clock(year, step);
      driver.runJobs();
    }
    timerSeconds = Stats.since(timerStart) / 1000.0;
    timerJobs = driver.jobsExecuted.get() - before;
    queued = mails() - mailsBefore;
    report.add("fanout", db, "timer jobs (reminders 3 and 1 days, submission 7 days) per second", timerJobs / timerSeconds, "jobs/s",
        timerJobs + " timer jobs in " + Report.format(timerSeconds) + " s, " + queued + " mails queued");
  }

  long mails() {
    return app.jdbc.sql("select count(*) from mh_mail_outbox").query(Long.class).single();
  }

  /** The outbox sender delivers what is queued to the local SMTP server, for at most the time given. */
  void deliver(GreenMail smtp, int seconds) throws Exception {
    long queued = app.jdbc.sql("select count(*) from mh_mail_outbox where status = 'PENDING'").query(Long.class).single();
    AtomicLong sent = new AtomicLong();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    long start = System.nanoTime();
    int senders = Math.max(1, driver.threads());
    ExecutorService pool = Executors.newFixedThreadPool(senders);
    List<Future<?>> done = new ArrayList<>();
    for (int i = 0; i < senders; i++) {
      done.add(pool.submit(() -> {
        while (System.nanoTime() < deadline) {
          var result = app.outbox().sender().sendDue();
          sent.addAndGet(result.sent());
          if (result.claimed() == 0) {
            return;
          }
        }
      }));
    }
    Thread purger = new Thread(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        try {
          Thread.sleep(1000);
          smtp.purgeEmailFromAllMailboxes();
        } catch (InterruptedException e) {
          return;
        } catch (Exception ignored) {
          // next time
        }
      }
    });
    purger.setDaemon(true);
    purger.start();
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();
    purger.interrupt();
    double secs = Stats.since(start) / 1000.0;
    report.add("fanout", db, "mails delivered per second by the outbox sender (SMTP, GreenMail)", sent.get() / secs, "mails/s",
        sent.get() + " of " + queued + " pending delivered in " + Report.format(secs) + " s by " + senders + " senders");
  }

  /** The day before the cells' deadline: concurrent clients submit cells' plans through the REST API. */
  void peak() throws Exception {
    Driver.clock(year, "02-19T09:00");
    List<Driver.Work> open = driver.open(Driver.WRITE).stream().filter(w -> org.unit(w.unitCode()).parent() != null).toList();
    int clients = config.peakClients();
    int total = Math.min(open.size(), config.peakSubmissions());
    if (total < clients) {
      report.add("peak", db, "skipped", 0, "", "only " + open.size() + " cells' plans open");
    }
    List<List<Driver.Work>> perClient = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      perClient.add(new ArrayList<>());
    }
    for (int i = 0; i < total; i++) {
      perClient.get(i % clients).add(open.get(i));
    }
    ObjectMapper json = new ObjectMapper();
    String base = "http://127.0.0.1:" + app.port();
    // warm-up: the REST stack, the form validation
    HttpClient warm = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    for (int i = 0; i < 3; i++) {
      warm.send(HttpRequest.newBuilder(URI.create(base + "/engine-rest/version")).header("Authorization", basic("admin")).build(),
          HttpResponse.BodyHandlers.ofString());
    }
    Stats latency = new Stats();
    AtomicInteger errors = new AtomicInteger();
    List<String> errorSamples = java.util.Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<?>> done = new ArrayList<>();
    long start = System.nanoTime();
    for (List<Driver.Work> work : perClient) {
      done.add(pool.submit(() -> {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        for (Driver.Work w : work) {
          ObjectNode variables = json.createObjectNode();
          ProductAnswers.plan(year, w.unitCode(), false).forEach((k, v) -> {
            ObjectNode value = variables.putObject(k);
            if (v instanceof Boolean b) {
              value.put("value", b);
            } else {
              value.put("value", (String) v);
            }
          });
          ObjectNode body = json.createObjectNode();
          body.set("variables", variables);
          HttpRequest request =
              HttpRequest.newBuilder(URI.create(base + "/engine-rest/task/" + w.task().getId() + "/submit-form"))
                  .timeout(Duration.ofSeconds(60))
                  .header("Authorization", basic(w.user()))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
                  .build();
          long t0 = System.nanoTime();
          try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            latency.add(Stats.since(t0));
            if (response.statusCode() / 100 != 2) {
              errors.incrementAndGet();
              if (errorSamples.size() < 3) {
                errorSamples.add(response.statusCode() + " " + response.body());
              }
            }
          } catch (Exception e) {
            latency.add(Stats.since(t0));
            errors.incrementAndGet();
            if (errorSamples.size() < 3) {
              errorSamples.add(e.toString());
            }
          }
        }
        return null;
      }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();
    double seconds = Stats.since(start) / 1000.0;
    report.add("peak", db, "submissions over HTTP (REST submit-form, HTTP Basic, form validated)", latency.count(), "requests",
        clients + " concurrent clients");
    report.add("peak", db, "throughput", latency.count() / seconds, "req/s", "");
    report.add("peak", db, "latency p50", latency.percentile(50), "ms", "");
    report.add("peak", db, "latency p95", latency.percentile(95), "ms", "");
    report.add("peak", db, "latency p99", latency.percentile(99), "ms", "target < 300 ms");
    report.add("peak", db, "errors", errors.get(), "", errorSamples.isEmpty() ? "target 0" : String.join(" / ", errorSamples));
    long stored = app.jdbc.sql("select count(*) from mh_initiative where cycle_year = ? and status <> 'DRAFT'").param(year)
        .query(Long.class).single();
    report.add("peak", db, "plans stored (all phases so far)", stored, "", "");
  }

  private static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + ProductApp.PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  /** Adds standalone tasks shaped like the cycle's (candidate groups, due dates) until {@code target} are open. */
  long topUp(int target) {
    TaskService tasks = engine.getTaskService();
    long open = tasks.createTaskQuery().count();
    long missing = target - open;
    if (missing <= 0) {
      return open;
    }
    long start = System.nanoTime();
    var executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired();
    Date cellDue = date("02-20T17:00");
    Date submissionDue = date("02-25T17:00");
    Date lateDue = date("02-10T17:00");
    int batch = 500;
    for (long made = 0; made < missing; made += batch) {
      long from = made;
      long to = Math.min(missing, made + batch);
      executor.execute(context -> {
        for (long i = from; i < to; i++) {
          long committee = i / 6;
          int slot = (int) (i % 6);
          TaskEntity task = (TaskEntity) tasks.newTask();
          String committeeGroup = "unit-vdb" + committee;
          List<String> groups;
          if (i % 10 == 9) {
            task.setName("Tiếp nhận hồ sơ đăng ký mô hình – đơn vị ảo " + committee);
            groups = List.of("reviewers");
          } else if (slot == 0) {
            task.setName("Đăng ký mô hình – Đảng bộ ảo " + committee);
            task.setDueDate(submissionDue);
            groups = List.of(committeeGroup);
          } else {
            task.setName("Đăng ký mô hình – Chi bộ ảo " + committee + "-" + slot);
            task.setDueDate(i % 50 == 7 ? lateDue : cellDue);
            groups = List.of(committeeGroup + "-c" + slot, committeeGroup);
          }
          tasks.saveTask(task);
          for (String g : groups) {
            tasks.addCandidateGroup(task.getId(), g);
          }
        }
        return null;
      });
    }
    // A standalone task cannot be saved with a definition key: set it as the process's tasks have it.
    app.jdbc.sql("update ACT_RU_TASK set TASK_DEF_KEY_ = ? where PROC_INST_ID_ is null and NAME_ like 'Tiếp nhận%'").param(Driver.ACCEPT).update();
    app.jdbc.sql("update ACT_RU_TASK set TASK_DEF_KEY_ = ? where PROC_INST_ID_ is null and NAME_ like 'Đăng ký%'").param(Driver.WRITE).update();
    double seconds = Stats.since(start) / 1000.0;
    long now = tasks.createTaskQuery().count();
    report.add("inbox", db, "open tasks (real ones and added standalone tasks)", now, "tasks",
        missing + " added in " + Report.format(seconds) + " s");
    return now;
  }

  private Date date(String monthDayTime) {
    return Date.from(java.time.LocalDateTime.parse(year + "-" + monthDayTime).atZone(Driver.ZONE).toInstant());
  }

  /** Tasklist's saved filters for a cell user, a committee user and the reviewer: count and first page of 15. */
  void inbox() {
    Driver.clock(year, "02-19T09:00");
    long authorizations = app.jdbc.sql("select count(*) from ACT_RU_AUTHORIZATION").query(Long.class).single();
    long groupIds = app.jdbc.sql("select count(distinct GROUP_ID_) from ACT_RU_AUTHORIZATION").query(Long.class).single();
    report.add("inbox", db, "rows of ACT_RU_AUTHORIZATION", authorizations, "rows", groupIds + " distinct group ids (upstream issue 5485)");
    String committee = org.units().values().stream().filter(u -> u.parent() == null && u.kind() == vn.mohinh.organization.UnitKind.COMMITTEE)
        .findFirst().orElseThrow().code();
    String cell = org.units().values().stream().filter(u -> committee.equals(u.parent())).findFirst().orElseThrow().code();
    Map<String, String> users = new LinkedHashMap<>();
    users.put("cell", cell + ".bithu");
    users.put("committee", committee + ".bithu");
    users.put("reviewer", SyntheticOrganization.REVIEWER);
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    String revokes = configuration.getAuthorizationCheckRevokes();
    report.add("inbox", db, "authorization-check-revokes in force", revokes, "", "");
    for (Map.Entry<String, String> role : users.entrySet()) {
      String user = role.getValue();
      List<String> groups = SyntheticOrganization.groupsOf(user);
      for (Map.Entry<String, Supplier<TaskQuery>> filter : filters(user, groups).entrySet()) {
        measure(role.getKey(), user, groups, filter.getKey(), filter.getValue(), "");
      }
    }
    // The same saved filter with the other revoke setting, for the comparison (issue 10).
    String other = "never".equalsIgnoreCase(revokes) ? "auto" : "never";
    configuration.setAuthorizationCheckRevokes(other);
    try {
      for (Map.Entry<String, String> role : users.entrySet()) {
        String user = role.getValue();
        List<String> groups = SyntheticOrganization.groupsOf(user);
        measure(role.getKey(), user, groups, "unit-tasks", filters(user, groups).get("unit-tasks"), " [revokes " + other + "]");
      }
    } finally {
      configuration.setAuthorizationCheckRevokes(revokes);
    }
  }

  private Map<String, Supplier<TaskQuery>> filters(String user, List<String> groups) {
    TaskService tasks = engine.getTaskService();
    Date now = ClockUtil.getCurrentTime();
    Date inSevenDays = new Date(now.getTime() + 7L * 24 * 3600 * 1000);
    Map<String, Supplier<TaskQuery>> filters = new LinkedHashMap<>();
    filters.put("my-tasks", () -> byDue(tasks.createTaskQuery().or().taskAssignee(user).taskCandidateGroupIn(groups).endOr()));
    filters.put("unit-tasks", () -> byDue(tasks.createTaskQuery().taskCandidateGroupIn(groups).includeAssignedTasks()));
    filters.put("due-soon", () -> byDue(tasks.createTaskQuery().taskCandidateGroupIn(groups).includeAssignedTasks().dueAfter(now).dueBefore(inSevenDays)));
    filters.put("overdue", () -> byDue(tasks.createTaskQuery().taskCandidateGroupIn(groups).includeAssignedTasks().dueBefore(now)));
    if (groups.contains("reviewers")) {
      filters.put("awaiting-acceptance",
          () -> byDue(tasks.createTaskQuery().taskDefinitionKeyLike("Task_Accept%").taskCandidateGroup("reviewers").includeAssignedTasks()));
    }
    filters.put("no criteria (authorization only; not a saved filter)", () -> byDue(tasks.createTaskQuery()));
    return filters;
  }

  private static TaskQuery byDue(TaskQuery query) {
    return query.orderByDueDate().asc().orderByTaskCreateTime().asc();
  }

  private void measure(String role, String user, List<String> groups, String filter, Supplier<TaskQuery> query, String variant) {
    Stats stats = new Stats();
    long count = 0;
    int iterations = config.inboxIterations();
    boolean informational = filter.startsWith("no criteria");
    if (informational) {
      iterations = Math.max(3, iterations / 4);
    }
    engine.getIdentityService().setAuthentication(user, groups);
    try {
      for (int i = -2; i < iterations; i++) { // two warm-up rounds
        long t0 = System.nanoTime();
        count = query.get().count();
        query.get().listPage(0, 15);
        if (i >= 0) {
          stats.add(Stats.since(t0));
        }
      }
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    String name = role + " · " + filter + variant + " (" + count + " tasks)";
    report.add("inbox", db, name + " p50", stats.percentile(50), "ms", "count + first page of 15, sorted by due date");
    report.add("inbox", db, name + " p95", stats.percentile(95), "ms", informational ? "" : "target < 50 ms");
    report.add("inbox", db, name + " p99", stats.percentile(99), "ms", stats.count() + " runs");
  }
}
