package vn.mohinh.benchmark;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * CPU seconds used so far by this JVM and, on PostgreSQL, by the server's processes (postmaster
 * and its backends). On a machine shared with other builds the wall time of a phase depends on the
 * share of the CPU the benchmark gets; the CPU time it used does much less.
 */
final class CpuTime {

  private CpuTime() {}

  static double seconds(Database database) {
    double jvm = ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    if (!database.isPostgres()) {
      return jvm;
    }
    String port = "-p " + database.postgres().getPort();
    return jvm + ProcessHandle.allProcesses()
        .filter(p -> p.info().commandLine().map(c -> c.contains("/bin/postgres") && c.contains(port)).orElse(false))
        .flatMap(p -> Stream.concat(Stream.of(p), p.descendants()))
        .mapToDouble(p -> p.info().totalCpuDuration().orElse(Duration.ZERO).toNanos() / 1e9)
        .sum();
  }

  static String what(Database database) {
    return database.isPostgres() ? "JVM + PostgreSQL server" : "JVM, H2 included";
  }
}
