package vn.mohinh.benchmark;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.mohinh.organization.SyncReport;

/**
 * The benchmark of issue 10: for each database, the bloc-sized cycle on the product and on the bare
 * engine, then the national slice (fan-out, mail, deadline-day peak over HTTP, inbox latency), and
 * on PostgreSQL pgbench for the database's own limit. Prints the figures and writes them under
 * {@code bench.out} (benchmark.csv, benchmark.md). See docs/benchmark.md.
 */
public final class BenchmarkRunner {

  private final BenchConfig config;
  private final Report report;

  public BenchmarkRunner(BenchConfig config) {
    this.config = config;
    this.report = new Report(config.out());
  }

  public Report report() {
    return report;
  }

  public static void main(String[] args) throws Exception {
    new BenchmarkRunner(BenchConfig.fromSystemProperties()).run();
  }

  public Report run() throws Exception {
    report.machine("size", config.size() + " (bloc " + config.blocUnits() + " base units; national slice " + config.nationalUnits()
        + " base units; " + config.cellsPerCommittee() + " cells per committee, committee share " + config.committeeShare() + ")");
    report.machine("threads completing tasks and executing jobs", String.valueOf(config.threads()));
    report.machine("authorization-check-revokes", System.getProperty("bench.revokes", "as configured in application.yml"));
    GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    try {
      for (String db : config.databases()) {
        try (Database database = Database.start(db, config.out())) {
          runOn(database, smtp.getSmtp().getPort(), smtp);
        } finally {
          ClockUtil.reset();
        }
      }
    } finally {
      smtp.stop();
      report.write();
    }
    return report;
  }

  private void runOn(Database database, int smtpPort, GreenMail smtp) throws Exception {
    String db = database.kind();
    CycleScenario.Result product = null;
    double productCpu = 0;
    if (config.runs("cycle") && config.runs("bare") && !config.tiny()) {
      warmUp(database, smtpPort);
    }
    if (config.runs("cycle")) {
      SyntheticOrganization bloc = SyntheticOrganization.build(config.blocUnits(), config.cellsPerCommittee(), config.committeeShare(), 2);
      try (ProductApp app = ProductApp.start(database.create("cycle"), smtpPort)) {
        describe(app, db);
        load(app, bloc, "cycle", db);
        try (HeapMonitor heap = new HeapMonitor(); Driver driver = new Driver(app.engine, bloc, new ProductAnswers(config.year()), config.threads())) {
          Map<String, Long> rows = database.isPostgres() ? RowCounts.now(app.jdbc) : null;
          double cpu = CpuTime.seconds(database);
          product = CycleScenario.run(app.engine, driver, config.year(), true);
          productCpu = CpuTime.seconds(database) - cpu;
          report.add("cycle", db, "CPU time of the cycle, product", productCpu, "s", CpuTime.what(database));
          if (rows != null) {
            RowCounts.report(report, "cycle", db, RowCounts.perTask(app.jdbc, rows, product.tasks()));
          }
          cycleRows("cycle", db, product, heap);
        }
        long models = app.jdbc.sql("select count(*) from mh_initiative where cycle_year = ?").param(config.year()).query(Long.class).single();
        long mails = app.jdbc.sql("select count(*) from mh_mail_outbox").query(Long.class).single();
        report.add("cycle", db, "models registered", models, "", "mails queued: " + mails);
        Map<String, Long> reports = new java.util.TreeMap<>();
        app.jdbc.sql("select status, count(*) as n from mh_report where cycle_year = ? group by status").param(config.year())
            .query((rs, i) -> reports.put(rs.getString("status"), rs.getLong("n"))).list();
        long late = app.jdbc.sql("select count(*) from mh_evaluation where cycle_year = ? and not on_time").param(config.year())
            .query(Long.class).single();
        Map<String, Long> levels = new java.util.TreeMap<>();
        app.jdbc.sql("select level, count(*) as n from mh_commendation where cycle_year = ? group by level").param(config.year())
            .query((rs, i) -> levels.put(rs.getString("level"), rs.getLong("n"))).list();
        report.add("cycle", db, "result reports", reports.values().stream().mapToLong(Long::longValue).sum(), "",
            "by status " + reports + "; evaluated late " + late + "; commendations by level " + levels);
        sizes(app.jdbc, app.postgres, "cycle", db, models);
        rowsPerTask(app.jdbc, "cycle", db, product.tasks());
      }
    }
    if (config.runs("bare")) {
      SyntheticOrganization bloc = SyntheticOrganization.build(config.blocUnits(), config.cellsPerCommittee(), config.committeeShare(), 2);
      try (BareEngine bare = BareEngine.start(database.create("bare"), bloc, config.year());
          HeapMonitor heap = new HeapMonitor();
          Driver driver = new Driver(bare.engine, bloc, new BareAnswers(), config.threads())) {
        Map<String, Long> rows = database.isPostgres() ? RowCounts.now(JdbcClient.create(bare.dataSource())) : null;
        double cpu = CpuTime.seconds(database);
        CycleScenario.Result result = CycleScenario.run(bare.engine, driver, config.year(), false);
        double bareCpu = CpuTime.seconds(database) - cpu;
        report.add("bare", db, "CPU time of the cycle, bare engine", bareCpu, "s", CpuTime.what(database));
        if (rows != null) {
          RowCounts.report(report, "bare", db, RowCounts.perTask(JdbcClient.create(bare.dataSource()), rows, result.tasks()));
        }
        cycleRows("bare", db, result, heap);
        long models = bare.models();
        sizes(JdbcClient.create(bare.dataSource()), database.isPostgres(), "bare", db, models);
        rowsPerTask(JdbcClient.create(bare.dataSource()), "bare", db, result.tasks());
        if (product != null) {
          double overhead = product.seconds() / result.seconds() - 1;
          report.add("bare", db, "product overhead (cycle wall time, product / bare − 1)", overhead * 100, "%",
              "target < 20 %; registration phase " + Report.format((product.registration().seconds() / result.registration().seconds() - 1) * 100)
                  + " %, report phase " + Report.format((product.report().seconds() / result.report().seconds() - 1) * 100) + " %");
          report.add("bare", db, "product overhead in CPU time (product / bare − 1)", (productCpu / bareCpu - 1) * 100, "%",
              "after a warm-up cycle of the product (8 base units, not reported)");
        }
      }
    }
    if (config.runs("fanout") || config.runs("peak") || config.runs("inbox")) {
      SyntheticOrganization national = SyntheticOrganization.build(config.nationalUnits(), config.cellsPerCommittee(), config.committeeShare(), 1);
      try (ProductApp app = ProductApp.start(database.create("national"), smtpPort);
          HeapMonitor heap = new HeapMonitor();
          Driver driver = new Driver(app.engine, national, new ProductAnswers(config.year()), config.threads())) {
        if (!config.runs("cycle")) {
          describe(app, db);
        }
        load(app, national, "fanout", db);
        NationalScenario scenario = new NationalScenario(config, report, db, app, national, driver);
        scenario.fanOut();
        if (config.runs("fanout")) {
          scenario.workAndTimers();
          scenario.deliver(smtp, config.tiny() ? 10 : Integer.getInteger("bench.mail.seconds", 60));
        }
        if (config.runs("peak")) {
          scenario.peak();
        }
        long models = app.jdbc.sql("select count(*) from mh_initiative where cycle_year = ?").param(config.year()).query(Long.class).single();
        sizes(app.jdbc, app.postgres, "fanout", db, models);
        if (config.runs("inbox")) {
          scenario.topUp(config.inboxTasks());
          scenario.inbox();
        }
        report.add("fanout", db, "peak heap used (sampled) over the national slice", heap.peakUsedMiB(), "MiB",
            "after GC now: " + Report.format(HeapMonitor.afterGcMiB()) + " MiB");
      }
    }
    if (db.equals("postgres")) {
      StringBuilder why = new StringBuilder();
      Optional<Double> tps = Pgbench.run(database.postgres(), config.threads(), config.pgbenchSeconds(), why);
      if (tps.isEmpty()) {
        report.add("pgbench", db, why.toString().startsWith("pgbench not installed") ? "pgbench not installed" : "pgbench failed", "n/a", "", why.toString());
        System.out.println("[bench] " + why);
      } else {
        report.add("pgbench", db, "pgbench simple-update TPS (same server)", tps.get(), "tps", why.toString());
        if (product != null) {
          report.add("pgbench", db, "product completed tasks/s ÷ pgbench TPS", product.tasksPerSecond() / tps.get(), "", "cycle at bloc size");
        }
      }
    }
  }

  /**
   * A small product cycle on a database of its own, not reported: the classes are loaded and the
   * JIT has compiled the engine's and the product's hot code before the measured product cycle, as
   * it has before the bare engine's cycle that follows it (without it the product paid for the cold
   * JVM alone and its overhead was overstated).
   */
  private void warmUp(Database database, int smtpPort) throws Exception {
    SyntheticOrganization small = SyntheticOrganization.build(8, config.cellsPerCommittee(), config.committeeShare(), 2);
    long start = System.nanoTime();
    try (ProductApp app = ProductApp.start(database.create("warmup"), smtpPort);
        Driver driver = new Driver(app.engine, small, new ProductAnswers(config.year()), config.threads())) {
      app.load(small);
      CycleScenario.run(app.engine, driver, config.year(), true);
    } finally {
      ClockUtil.reset();
    }
    System.out.println("[bench] warm-up cycle (8 base units, not reported) took " + Report.format(Stats.since(start) / 1000.0) + " s");
  }

  private void describe(ProductApp app, String db) {
    report.machine("database " + db, Database.version(app.dataSource));
    if (app.postgres) {
      report.machine("postgres settings", "synchronous_commit=" + app.jdbc.sql("show synchronous_commit").query(String.class).single()
          + ", fsync=" + app.jdbc.sql("show fsync").query(String.class).single()
          + ", shared_buffers=" + app.jdbc.sql("show shared_buffers").query(String.class).single());
    }
    report.machine("index on ACT_RU_TASK(PARENT_TASK_ID_) after start, " + db,
        Database.parentTaskIndexExists(app.jdbc, app.postgres) ? "present" : "MISSING");
    report.machine("authorization-check-revokes in force, " + db,
        app.engine.getProcessEngineConfiguration().getAuthorizationCheckRevokes());
  }

  private void load(ProductApp app, SyntheticOrganization org, String scenario, String db) {
    long t0 = System.nanoTime();
    SyncReport sync = app.load(org);
    report.add(scenario, db, "organisation loaded through OrganizationLoader", Stats.since(t0) / 1000.0, "s",
        org.baseUnits() + " base units, " + org.cells() + " cells, " + org.people() + " people (" + sync + ")");
  }

  private void cycleRows(String scenario, String db, CycleScenario.Result r, HeapMonitor heap) {
    String what = scenario.equals("bare") ? "bare engine" : "product";
    report.add(scenario, db, "full cycle (registration + report phase), " + what + ": wall time", r.seconds(), "s",
        scenario.equals("cycle") ? "start form → annual cycle ended; target < 30 s" : "start → annual cycle ended");
    report.add(scenario, db, "tasks completed per second", r.tasksPerSecond(), "tasks/s", r.tasks() + " tasks " + r.byKey());
    phaseRow(scenario, db, "registration phase (open the year → summary closed): wall time", r.registration());
    phaseRow(scenario, db, "report phase (15/11 timer → commendations approved, cycle ended): wall time", r.report());
    report.add(scenario, db, "jobs executed", r.jobs(), "jobs", r.jobFailures() + " retried after a conflict; " + r.retries()
        + " task submissions refused by a concurrent update and made again " + r.retriesByKey());
    report.add(scenario, db, "registration phase ended", r.registrationEnded() ? "yes" : "NO", "", "");
    report.add(scenario, db, "annual cycle ended", r.ended() ? "yes" : "NO", "", "Process_AnnualCycle instance finished at EndEvent_CycleDone");
    report.add(scenario, db, "peak heap used (sampled)", heap.peakUsedMiB(), "MiB", "after GC now: " + Report.format(HeapMonitor.afterGcMiB()) + " MiB");
  }

  private void phaseRow(String scenario, String db, String metric, CycleScenario.Phase phase) {
    report.add(scenario, db, metric, phase.seconds(), "s",
        phase.tasks() + " tasks, " + Report.format(phase.tasksPerSecond()) + " tasks/s, " + phase.jobs() + " jobs");
  }

  /** Rows left per completed task in the history tables and byte arrays (what the variables cost beyond the runtime). */
  private void rowsPerTask(JdbcClient jdbc, String scenario, String db, long tasks) {
    if (tasks == 0) {
      return;
    }
    StringBuilder parts = new StringBuilder();
    long total = 0;
    for (String table : new String[] {"ACT_HI_VARINST", "ACT_HI_DETAIL", "ACT_GE_BYTEARRAY", "ACT_HI_ACTINST", "ACT_HI_OP_LOG"}) {
      long rows = jdbc.sql("select count(*) from " + table).query(Long.class).single();
      total += rows;
      parts.append(table).append(' ').append(Report.format((double) rows / tasks)).append("; ");
    }
    report.add(scenario, db, "rows per completed task (variable history, details, byte arrays, activities, op log)", (double) total / tasks, "rows",
        parts.toString().strip());
  }

  private void sizes(JdbcClient jdbc, boolean postgres, String scenario, String db, long models) {
    Map<String, Long> sizes = Database.sizes(jdbc, postgres);
    long total = sizes.values().stream().mapToLong(Long::longValue).sum();
    StringBuilder parts = new StringBuilder();
    sizes.forEach((k, v) -> parts.append(k).append(' ').append(Report.format(v / 1024.0 / 1024.0)).append(" MiB; "));
    report.add(scenario, db, "database size (ACT_* and mh_*)", total / 1024.0 / 1024.0, "MiB", parts.toString().strip());
    if (models > 0) {
      report.add(scenario, db, "database size per model (runtime + history + domain)", total / 1024.0 / models, "KiB",
          "runtime " + Report.format(sizes.get("runtime") / 1024.0 / models) + ", history " + Report.format(sizes.get("history") / 1024.0 / models)
              + ", domain " + Report.format(sizes.get("domain") / 1024.0 / models) + " KiB per model; " + models + " models");
    }
  }
}
