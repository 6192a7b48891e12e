package vn.mohinh.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The benchmark at a tiny size in the normal build, so that it cannot rot: every scenario runs to its
 * end on H2 and writes its report. No timed assertion. (PostgreSQL: {@code -Pbenchmark -Dbench.size=tiny
 * -Dbench.db=postgres}; the product on PostgreSQL is tested by the *Postgres* tests.)
 */
@Tag("own-context") // starts application contexts of its own, see pom.xml
class BenchmarkSmokeTest {

  @Test
  void everyScenarioRunsAtATinySizeAndWritesItsReport() throws Exception {
    System.setProperty("bench.size", "tiny");
    System.setProperty("bench.db", "h2");
    Path out = Path.of("target/benchmark-smoke");
    System.setProperty("bench.out", out.toString());
    Report report = new BenchmarkRunner(BenchConfig.fromSystemProperties()).run();

    assertThat(Files.readString(out.resolve("benchmark.md"))).contains("## Machine", "load average");
    assertThat(Files.readAllLines(out.resolve("benchmark.csv"))).hasSizeGreaterThan(20);
    for (String db : new String[] {"h2"}) {
      assertThat(report.rows()).filteredOn(r -> r.database().equals(db)).extracting(Report.Row::scenario)
          .contains("cycle", "bare", "fanout", "peak", "inbox");
      assertThat(report.rows()).filteredOn(r -> r.database().equals(db) && r.metric().equals("registration phase ended"))
          .extracting(Report.Row::value).containsOnly("yes");
      // the whole year, product and bare engine alike: the annual-cycle instance reached its end
      assertThat(report.rows()).filteredOn(r -> r.database().equals(db) && r.metric().equals("annual cycle ended"))
          .extracting(Report.Row::scenario, Report.Row::value).containsExactlyInAnyOrder(tuple("cycle", "yes"), tuple("bare", "yes"));
      assertThat(report.rows()).filteredOn(r -> r.database().equals(db) && r.metric().equals("errors"))
          .extracting(Report.Row::value).containsOnly("0");
    }
  }
}
