package vn.mohinh.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** PostgreSQL's own limit on this machine: pgbench's simple-update script (-N) on the same server. */
final class Pgbench {

  private Pgbench() {}

  static Optional<Path> binary() {
    String configured = System.getProperty("bench.pgbench");
    if (configured != null && !configured.isBlank()) {
      return Optional.of(Path.of(configured)).filter(Files::isExecutable);
    }
    Path root = Path.of("/usr/lib/postgresql");
    if (Files.isDirectory(root)) {
      try (Stream<Path> versions = Files.list(root)) {
        Optional<Path> found = versions.map(v -> v.resolve("bin/pgbench")).filter(Files::isExecutable)
            .max(Comparator.comparing(Path::toString));
        if (found.isPresent()) {
          return found;
        }
      } catch (IOException ignored) {
        // none
      }
    }
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      Path candidate = Path.of(dir, "pgbench");
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** TPS of {@code pgbench -N} with {@code clients} clients for {@code seconds}, or empty with the reason in {@code why}. */
  static Optional<Double> run(EmbeddedPostgres postgres, int clients, int seconds, StringBuilder why) throws Exception {
    Optional<Path> pgbench = binary();
    if (pgbench.isEmpty()) {
      why.append("pgbench not installed");
      return Optional.empty();
    }
    try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("drop database if exists pgbench");
      s.execute("create database pgbench");
    }
    List<String> common = List.of("-h", "localhost", "-p", String.valueOf(postgres.getPort()), "-U", "postgres");
    List<String> init = new ArrayList<>(List.of(pgbench.get().toString(), "-i", "-q", "-s", "1"));
    init.addAll(common);
    init.add("pgbench");
    String out = exec(init, why);
    if (out == null) {
      return Optional.empty();
    }
    List<String> bench = new ArrayList<>(List.of(pgbench.get().toString(), "-N", "-c", String.valueOf(clients), "-j",
        String.valueOf(clients), "-T", String.valueOf(seconds)));
    bench.addAll(common);
    bench.add("pgbench");
    out = exec(bench, why);
    if (out == null) {
      return Optional.empty();
    }
    Matcher m = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)").matcher(out);
    if (!m.find()) {
      m = Pattern.compile("tps = ([0-9.]+)").matcher(out);
      if (!m.find()) {
        why.append("no tps in pgbench's output: ").append(out);
        return Optional.empty();
      }
    }
    why.append(pgbench.get()).append(" -N -c ").append(clients).append(" -j ").append(clients).append(" -T ").append(seconds).append(", scale 1");
    return Optional.of(Double.parseDouble(m.group(1)));
  }

  private static String exec(List<String> command, StringBuilder why) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().put("PGPASSWORD", "postgres");
    Process p = pb.start();
    byte[] output = p.getInputStream().readAllBytes();
    if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
      why.append("pgbench failed: ").append(new String(output, StandardCharsets.UTF_8));
      return null;
    }
    return new String(output, StandardCharsets.UTF_8);
  }
}
