package vn.mohinh.benchmark;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a benchmark run does, from system properties ({@code -Dbench.*} on the Maven command line).
 *
 * <ul>
 *   <li>{@code bench.size}: {@code bloc} (default: the bloc-sized cycle and the default national
 *       slice), {@code tiny} (the smoke run of the normal build);
 *   <li>{@code bench.db}: {@code h2}, {@code postgres} or {@code both} (default);
 *   <li>{@code bench.scenarios}: comma list of {@code cycle, bare, fanout, peak, inbox} (default all);
 *   <li>{@code bench.bloc.units} (120), {@code bench.cells-per-committee} (5), {@code bench.committee-share} (0.5):
 *       the bloc: 60 committees × 5 cells + 60 base cells = 120 base units, 300 cells;
 *   <li>{@code bench.national.units}: base units of the national slice (fan-out, peak, inbox);
 *   <li>{@code bench.threads}: threads completing tasks and executing jobs (default: the cores);
 *   <li>{@code bench.inbox.tasks} (100000): open tasks in the database for the inbox queries;
 *       {@code bench.inbox.iterations} (40) per query;
 *   <li>{@code bench.peak.clients} (50), {@code bench.peak.submissions} (500);
 *   <li>{@code bench.fanout.complete} (2000): own plans of committees and base cells completed in the fan-out;
 *   <li>{@code bench.pgbench.seconds} (20);
 *   <li>{@code bench.out}: where the report goes (target/benchmark).
 * </ul>
 */
public record BenchConfig(
    String size,
    List<String> databases,
    Set<String> scenarios,
    int blocUnits,
    int cellsPerCommittee,
    double committeeShare,
    int nationalUnits,
    int threads,
    int inboxTasks,
    int inboxIterations,
    int peakClients,
    int peakSubmissions,
    int fanoutComplete,
    int pgbenchSeconds,
    int year,
    Path out) {

  public static final List<String> ALL_SCENARIOS = List.of("cycle", "bare", "fanout", "peak", "inbox");

  public static BenchConfig fromSystemProperties() {
    String size = prop("bench.size", "bloc").toLowerCase(Locale.ROOT);
    boolean tiny = size.equals("tiny");
    String db = prop("bench.db", "both").toLowerCase(Locale.ROOT);
    List<String> databases = db.equals("both") ? List.of("h2", "postgres") : List.of(db.split(","));
    for (String d : databases) {
      if (!d.equals("h2") && !d.equals("postgres")) {
        throw new IllegalArgumentException("bench.db: h2, postgres or both, not " + d);
      }
    }
    Set<String> scenarios = new LinkedHashSet<>(Arrays.asList(prop("bench.scenarios", String.join(",", ALL_SCENARIOS)).split(",")));
    scenarios.removeIf(String::isBlank);
    for (String s : scenarios) {
      if (!ALL_SCENARIOS.contains(s)) {
        throw new IllegalArgumentException("bench.scenarios: " + ALL_SCENARIOS + ", not " + s);
      }
    }
    int cores = Runtime.getRuntime().availableProcessors();
    return new BenchConfig(
        size,
        databases,
        scenarios,
        intProp("bench.bloc.units", tiny ? 4 : 120),
        intProp("bench.cells-per-committee", tiny ? 2 : 5),
        Double.parseDouble(prop("bench.committee-share", "0.5")),
        intProp("bench.national.units", tiny ? 6 : 500),
        intProp("bench.threads", cores),
        intProp("bench.inbox.tasks", tiny ? 300 : 100_000),
        intProp("bench.inbox.iterations", tiny ? 3 : 40),
        intProp("bench.peak.clients", tiny ? 3 : 50),
        intProp("bench.peak.submissions", tiny ? 6 : 500),
        intProp("bench.fanout.complete", tiny ? 4 : 2000),
        intProp("bench.pgbench.seconds", tiny ? 2 : 20),
        intProp("bench.year", 2031),
        Path.of(prop("bench.out", tiny ? "target/benchmark-smoke" : "target/benchmark")));
  }

  public boolean runs(String scenario) {
    return scenarios.contains(scenario);
  }

  public boolean tiny() {
    return size.equals("tiny");
  }

  private static String prop(String name, String fallback) {
    String value = System.getProperty(name);
    return value == null || value.isBlank() ? fallback : value.strip();
  }

  private static int intProp(String name, int fallback) {
    return Integer.parseInt(prop(name, String.valueOf(fallback)).replace("_", ""));
  }
}
