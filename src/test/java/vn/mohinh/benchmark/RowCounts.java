package vn.mohinh.benchmark;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows written and read by a phase on PostgreSQL, from the server's own counters
 * ({@code pg_stat_database} of the phase's database): unlike times, they do not depend on the load
 * of the machine. Runtime rows written and deleted again (task variables, jobs) are counted too.
 */
final class RowCounts {

  private static final String[] COLUMNS = {"tup_inserted", "tup_updated", "tup_deleted", "tup_fetched", "xact_commit"};

  private RowCounts() {}

  static Map<String, Long> now(JdbcClient jdbc) {
    Map<String, Long> counts = new LinkedHashMap<>();
    jdbc.sql("select " + String.join(", ", COLUMNS) + " from pg_stat_database where datname = current_database()")
        .query(rs -> {
          for (String c : COLUMNS) {
            counts.put(c, rs.getLong(c));
          }
        });
    return counts;
  }

  /** The counters since {@code before}, per completed task, once the server has published them (up to half a second late). */
  static Map<String, Double> perTask(JdbcClient jdbc, Map<String, Long> before, long tasks) throws InterruptedException {
    Thread.sleep(1500);
    Map<String, Long> after = now(jdbc);
    Map<String, Double> perTask = new LinkedHashMap<>();
    for (String c : COLUMNS) {
      perTask.put(c, (double) (after.get(c) - before.get(c)) / tasks);
    }
    return perTask;
  }

  /** Rows inserted, updated and deleted per task, then every counter. */
  static void report(Report report, String scenario, String db, Map<String, Double> perTask) {
    double written = perTask.get("tup_inserted") + perTask.get("tup_updated") + perTask.get("tup_deleted");
    StringBuilder text = new StringBuilder("pg_stat_database: ");
    perTask.forEach((k, v) -> text.append(k).append(' ').append(Report.format(v)).append("; "));
    report.add(scenario, db, "rows inserted + updated + deleted per completed task", written, "rows", text.toString().strip());
  }
}
