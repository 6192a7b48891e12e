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
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.GenericManagerFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.TaskQuery;
import vn.mohinh.webapp.TasklistFilters;

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
        jobs + " async jobs, each unit's in its own instance: in parallel on " + config.threads() + " threads");
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

  /**
   * Adds standalone tasks shaped like the cycle's until {@code target} are open: a committee's own
   * plan (its group), its cells' plans (the cell's and the committee's group), one in ten the
   * reviewers' acceptance; due on the two deadlines, 2 % overdue. One task, its candidate groups and
   * the per-task authorizations Camunda grants them are made through the engine's API; the others
   * are copies of those rows made in SQL (runtime tables only: the inbox reads nothing else), which
   * takes seconds instead of minutes.
   */
  long topUp(int target) {
    TaskService tasks = engine.getTaskService();
    long open = tasks.createTaskQuery().count();
    long missing = target - open;
    if (missing <= 0) {
      return open;
    }
    long start = System.nanoTime();
    // Two templates made through the engine's API, so that their rows (and the per-task grants the
    // engine's authorization provider gives their candidate group) are the product's own: a unit's
    // task and a reviewers' task.
    TaskEntity template = (TaskEntity) tasks.newTask();
    template.setName("mẫu");
    tasks.saveTask(template);
    tasks.addCandidateGroup(template.getId(), "unit-vdb-template");
    TaskEntity reviewerTemplate = (TaskEntity) tasks.newTask();
    reviewerTemplate.setName("mẫu");
    tasks.saveTask(reviewerTemplate);
    tasks.addCandidateGroup(reviewerTemplate.getId(), "reviewers");
    String n = "g.n";
    String numbers = app.postgres
        ? "(select n from generate_series(0, " + (missing - 3) + ") as n) g"
        : "(select x as n from system_range(0, " + (missing - 3) + ")) g";
    String reviewer = "mod(" + n + ", 10) = 9";
    String committeeOwn = "mod(" + n + ", 6) = 0";
    String committee = "'unit-vdb' || (" + n + " / 6)";
    String firstGroup = "case when " + reviewer + " then 'reviewers' when " + committeeOwn + " then " + committee
        + " else " + committee + " || '-c' || mod(" + n + ", 6) end";
    Map<String, String> taskColumns = new LinkedHashMap<>();
    taskColumns.put("ID_", "'bt' || " + n);
    taskColumns.put("NAME_", "case when " + reviewer + " then 'Tiếp nhận hồ sơ đăng ký mô hình – đơn vị ảo ' || (" + n
        + " / 6) else 'Đăng ký mô hình – đơn vị ảo ' || " + n + " end");
    taskColumns.put("TASK_DEF_KEY_", "case when " + reviewer + " then '" + Driver.ACCEPT + "' else '" + Driver.WRITE + "' end");
    // the deployed definitions of the real tasks (Tasklist reads the form key from them)
    taskColumns.put("PROC_DEF_ID_", "case when " + reviewer + " then cast(? as varchar(64)) else cast(? as varchar(64)) end");
    taskColumns.put("DUE_DATE_", "case when " + reviewer + " then cast(null as timestamp) when " + committeeOwn
        + " then cast(? as timestamp) when mod(" + n + ", 50) = 7 then cast(? as timestamp) else cast(? as timestamp) end");
    copy("ACT_RU_TASK", "ID_ = ?", template.getId(), numbers, taskColumns, definitionOf(Driver.ACCEPT), definitionOf(Driver.WRITE),
        date("02-25T17:00"), date("02-10T17:00"), date("02-20T17:00"));
    for (int link = 1; link <= 2; link++) {
      String group = link == 1 ? firstGroup : committee;
      String only = link == 1 ? "" : " and not (" + reviewer + ") and not (" + committeeOwn + ")";
      Map<String, String> linkColumns = new LinkedHashMap<>();
      linkColumns.put("ID_", "'bl" + link + "-' || " + n);
      linkColumns.put("TASK_ID_", "'bt' || " + n);
      linkColumns.put("GROUP_ID_", group);
      copy("ACT_RU_IDENTITYLINK", "TASK_ID_ = ?" + only, template.getId(), numbers, linkColumns);
      Map<String, String> authColumns = new LinkedHashMap<>();
      authColumns.put("ID_", "'ba" + link + "-' || " + n);
      authColumns.put("RESOURCE_ID_", "'bt' || " + n);
      authColumns.put("GROUP_ID_", group);
      copy("ACT_RU_AUTHORIZATION", "RESOURCE_ID_ = ? and GROUP_ID_ is not null and not (" + reviewer + ")" + only,
          template.getId(), numbers, authColumns);
      if (link == 1) {
        copy("ACT_RU_AUTHORIZATION", "RESOURCE_ID_ = ? and GROUP_ID_ is not null and " + reviewer, reviewerTemplate.getId(), numbers,
            authColumns);
      }
    }
    double seconds = Stats.since(start) / 1000.0;
    long now = tasks.createTaskQuery().count();
    report.add("inbox", db, "open tasks (real ones and added standalone tasks)", now, "tasks",
        missing + " added in " + Report.format(seconds) + " s");
    return now;
  }

  /** insert into table (all columns) select (override or the template row's column) from template, numbers where … */
  private void copy(String table, String where, String templateId, String numbers, Map<String, String> overrides, Object... params) {
    List<String> columns = new ArrayList<>();
    try (var connection = app.dataSource.getConnection();
        var rs = connection.getMetaData().getColumns(null, null, app.postgres ? table.toLowerCase() : table, null)) {
      while (rs.next()) {
        columns.add(rs.getString("COLUMN_NAME").toUpperCase());
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    StringBuilder select = new StringBuilder();
    for (String column : columns) {
      select.append(select.isEmpty() ? "" : ", ").append(overrides.getOrDefault(column, "t." + column));
    }
    String sql = "insert into " + table + " (" + String.join(", ", columns) + ") select " + select + " from " + table + " t, " + numbers
        + " where t." + where;
    List<Object> all = new ArrayList<>(List.of(params));
    all.add(templateId);
    app.jdbc.sql(sql).params(all).update();
  }

  /** The id of the deployed process definition that holds the user task with this id. */
  private String definitionOf(String taskDefinitionKey) {
    return app.jdbc.sql("select PROC_DEF_ID_ from ACT_RU_TASK where TASK_DEF_KEY_ = ? and PROC_DEF_ID_ is not null")
        .param(taskDefinitionKey).query(String.class).list().stream().findFirst()
        .orElseGet(() -> engine.getRepositoryService().createProcessDefinitionQuery()
            .processDefinitionKey(Driver.ACCEPT.equals(taskDefinitionKey) ? "Process_UnitRegistration" : "Process_PlanRegistration")
            .latestVersion().singleResult().getId());
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
    // a cell whose plan is still open (the peak submitted the first ones)
    String cell = driver.open(Driver.WRITE).stream().map(Driver.Work::unitCode).filter(u -> org.unit(u).parent() != null)
        .reduce((a, b) -> b)
        // at a tiny size every cell may have submitted already: any cell still shows the filters' cost
        .orElseGet(() -> org.units().values().stream().filter(u -> u.parent() != null).map(SyntheticOrganization.UnitInfo::code)
            .findFirst().orElseThrow());
    String committee = org.unit(cell).parent();
    Map<String, String> users = new LinkedHashMap<>();
    users.put("cell", cell + ".bithu");
    users.put("committee", committee + ".bithu");
    users.put("reviewer", SyntheticOrganization.REVIEWER);
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    String revokes = configuration.getAuthorizationCheckRevokes();
    report.add("inbox", db, "authorization-check-revokes in force", revokes, "", "");
    // The same saved filter with the other revoke setting, for the comparison (issue 10).
    String other = "never".equalsIgnoreCase(revokes) ? "auto" : "never";
    configuration.setAuthorizationCheckRevokes(other);
    Map<String, String> units = new LinkedHashMap<>(users);
    units.remove("reviewer"); // the comparisons: the units' filters (the reviewer's cost is elsewhere, see docs/benchmark.md)
    try {
      for (Map.Entry<String, String> role : units.entrySet()) {
        String user = role.getValue();
        List<String> groups = SyntheticOrganization.groupsOf(user);
        measure(role.getKey(), user, groups, TasklistFilters.UNIT_TASKS, savedFilters(user, groups).get(TasklistFilters.UNIT_TASKS),
            " [revokes " + other + "]");
      }
    } finally {
      configuration.setAuthorizationCheckRevokes(revokes);
    }
    // The same saved filter with Camunda's prefilter of the authenticated groups (issue 5485), which
    // the product turns off (vn.mohinh.security.AuthenticatedGroupsAsIs).
    var factories = configuration.getSessionFactories();
    var productFactory = factories.get(AuthorizationManager.class);
    boolean productTurnedItOff = productFactory instanceof vn.mohinh.security.AuthenticatedGroupsAsIs.Factory;
    factories.put(AuthorizationManager.class, productTurnedItOff ? new GenericManagerFactory(AuthorizationManager.class)
        : new vn.mohinh.security.AuthenticatedGroupsAsIs.Factory());
    String variant = productTurnedItOff ? " [Camunda's group prefilter, as without the fix]" : " [group prefilter off]";
    try {
      for (Map.Entry<String, String> role : units.entrySet()) {
        String user = role.getValue();
        List<String> groups = SyntheticOrganization.groupsOf(user);
        Map<String, Inbox> saved = savedFilters(user, groups);
        for (String filter : List.of(TasklistFilters.UNIT_TASKS, TasklistFilters.OVERDUE)) {
          measure(role.getKey(), user, groups, filter, saved.get(filter), variant);
        }
      }
    } finally {
      factories.put(AuthorizationManager.class, productFactory);
    }
    // Every saved filter of every role, as the product runs.
    for (Map.Entry<String, String> role : users.entrySet()) {
      String user = role.getValue();
      List<String> groups = SyntheticOrganization.groupsOf(user);
      for (Map.Entry<String, Inbox> filter : savedFilters(user, groups).entrySet()) {
        measure(role.getKey(), user, groups, filter.getKey(), filter.getValue(), "");
      }
      if (!groups.contains("reviewers")) { // the reviewer reads every task: that query runs for minutes at 100,000 tasks
        TaskService tasks = engine.getTaskService();
        measure(role.getKey(), user, groups, "no criteria (authorization only; not a saved filter)", () -> {
          long count = byDue(tasks.createTaskQuery()).count();
          byDue(tasks.createTaskQuery()).listPage(0, 15);
          return count;
        }, "");
      }
    }
  }

  /** One run of an inbox list: its count and its first page of 15; returns the count. */
  @FunctionalInterface
  interface Inbox {
    long countAndFirstPage();
  }

  /**
   * The saved Tasklist filters the user may read ({@code TasklistFilterInstaller} saved them at
   * start), by key in the order Tasklist shows them, each run as Tasklist runs it: through
   * {@code FilterService} with the user's authentication, which resolves {@code ${currentUser()}},
   * {@code ${currentUserGroups()}} and {@code ${now()}} and applies the saved sorting.
   */
  private Map<String, Inbox> savedFilters(String user, List<String> groups) {
    FilterService filters = engine.getFilterService();
    engine.getIdentityService().setAuthentication(user, groups);
    List<Filter> readable;
    try {
      readable = filters.createTaskFilterQuery().list();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    Map<String, Inbox> byKey = new LinkedHashMap<>();
    readable.stream()
        .filter(f -> f.getProperties() != null && f.getProperties().get(TasklistFilters.KEY_PROPERTY) instanceof String)
        .sorted(java.util.Comparator.comparingInt(f -> ((Number) f.getProperties().getOrDefault("priority", 0)).intValue()))
        .forEach(f -> byKey.put((String) f.getProperties().get(TasklistFilters.KEY_PROPERTY), () -> {
          long count = filters.count(f.getId());
          filters.listPage(f.getId(), 0, 15);
          return count;
        }));
    if (!byKey.containsKey(TasklistFilters.UNIT_TASKS)) {
      throw new IllegalStateException("the saved Tasklist filters are missing for " + user + ": " + byKey.keySet());
    }
    return byKey;
  }

  private static TaskQuery byDue(TaskQuery query) {
    return query.orderByDueDate().asc().orderByTaskCreateTime().asc();
  }

  private void measure(String role, String user, List<String> groups, String filter, Inbox query, String variant) {
    Stats stats = new Stats();
    long count = 0;
    int iterations = config.inboxIterations();
    boolean informational = filter.startsWith("no criteria");
    if (informational) {
      iterations = Math.max(3, iterations / 4);
    }
    app.jdbc.sql("create table if not exists bench_tick (n int)").update();
    if (app.jdbc.sql("select count(*) from bench_tick").query(Long.class).single() == 0) {
      app.jdbc.sql("insert into bench_tick (n) values (0)").update();
    }
    long budget = System.nanoTime() + TimeUnit.SECONDS.toNanos(Long.getLong("bench.inbox.query-seconds", 20));
    engine.getIdentityService().setAuthentication(user, groups);
    try {
      for (int i = -1; i < iterations && (i < 2 || System.nanoTime() < budget); i++) { // one warm-up round; a slow query stops early
        // A write between two runs, as other users make all the time. It does not stop H2 from
        // re-using a repeated query's last result (H2 checks only the tables the query reads): the
        // benchmark's H2 URL turns that re-use off (Database.create).
        app.jdbc.sql("update bench_tick set n = n + 1").update();
        long t0 = System.nanoTime();
        count = query.countAndFirstPage();
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
    report.add("inbox", db, name + " p99", stats.percentile(99), "ms",
        stats.count() + " runs" + (stats.count() < iterations ? " (stopped after bench.inbox.query-seconds)" : ""));
  }
}
