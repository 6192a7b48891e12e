package vn.mohinh.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The figures of a run: printed as a table, written as CSV and Markdown with the machine they came from. */
public final class Report {

  /** One figure. {@code target}: the target it is judged against, if any. */
  public record Row(String scenario, String database, String metric, String value, String unit, String note) {}

  private final List<Row> rows = new ArrayList<>();
  private final Map<String, String> machine = new LinkedHashMap<>();
  private final Path out;

  public Report(Path out) {
    this.out = out;
    OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    machine.put("started", LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
    machine.put("cores", String.valueOf(Runtime.getRuntime().availableProcessors()));
    machine.put("memory", totalMemory());
    machine.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
    machine.put("max heap", Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB");
    machine.put("os", os.getName() + " " + os.getVersion() + " " + os.getArch() + " (" + osRelease() + ")");
    machine.put("load average at start", loadAverage());
  }

  public synchronized void machine(String key, String value) {
    machine.put(key, value);
  }

  public synchronized void add(String scenario, String database, String metric, Object value, String unit, String note) {
    String text = value instanceof Double d ? format(d) : String.valueOf(value);
    Row row = new Row(scenario, database, metric, text, unit == null ? "" : unit, note == null ? "" : note);
    rows.add(row);
    System.out.printf(Locale.ROOT, "[bench] %-8s %-8s %-58s %14s %-8s %s%n", scenario, database, metric, text, row.unit(), row.note());
  }

  public synchronized List<Row> rows() {
    return List.copyOf(rows);
  }

  static String format(double d) {
    if (Double.isNaN(d)) {
      return "n/a";
    }
    if (Math.abs(d) >= 100) {
      return String.format(Locale.ROOT, "%.0f", d);
    }
    if (d != 0 && Math.abs(d) < 0.1) {
      return String.format(Locale.ROOT, "%.4f", d);
    }
    if (Math.abs(d) >= 10) {
      return String.format(Locale.ROOT, "%.1f", d);
    }
    return String.format(Locale.ROOT, "%.2f", d);
  }

  /** Writes benchmark.csv, benchmark.md and prints the table. */
  public synchronized void write() {
    machine.put("load average at end", loadAverage());
    try {
      Files.createDirectories(out);
      StringBuilder csv = new StringBuilder("scenario,database,metric,value,unit,note\n");
      for (Row r : rows) {
        csv.append(String.join(",", csv(r.scenario()), csv(r.database()), csv(r.metric()), csv(r.value()), csv(r.unit()), csv(r.note())))
            .append('\n');
      }
      Files.writeString(out.resolve("benchmark.csv"), csv, StandardCharsets.UTF_8);
      StringBuilder md = new StringBuilder("# Benchmark run\n\n## Machine\n\n| | |\n|---|---|\n");
      machine.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v.replace("|", "/")).append(" |\n"));
      md.append("\n## Figures\n\n| scenario | database | metric | value | unit | note |\n|---|---|---|---:|---|---|\n");
      for (Row r : rows) {
        md.append("| ").append(r.scenario()).append(" | ").append(r.database()).append(" | ").append(r.metric()).append(" | ")
            .append(r.value()).append(" | ").append(r.unit()).append(" | ").append(r.note().replace("|", "/")).append(" |\n");
      }
      Files.writeString(out.resolve("benchmark.md"), md, StandardCharsets.UTF_8);
      System.out.println();
      System.out.println(md);
      System.out.println("[bench] report written to " + out.toAbsolutePath());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String csv(String s) {
    return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }

  public static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).strip();
    } catch (IOException e) {
      double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
      return load < 0 ? "n/a" : format(load);
    }
  }

  private static String totalMemory() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
        if (line.startsWith("MemTotal:")) {
          long kb = Long.parseLong(line.replaceAll("\\D", ""));
          return String.format(Locale.ROOT, "%.1f GiB", kb / 1024.0 / 1024.0);
        }
      }
    } catch (IOException | NumberFormatException ignored) {
      // not Linux
    }
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return String.format(Locale.ROOT, "%.1f GiB", os.getTotalMemorySize() / 1024.0 / 1024.0 / 1024.0);
    }
    return "n/a";
  }

  private static String osRelease() {
    try {
      for (String line : Files.readAllLines(Path.of("/etc/os-release"))) {
        if (line.startsWith("PRETTY_NAME=")) {
          return line.substring(12).replace("\"", "");
        }
      }
    } catch (IOException ignored) {
      // not Linux
    }
    return "";
  }
}
