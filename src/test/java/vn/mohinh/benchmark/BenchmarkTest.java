package vn.mohinh.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The benchmark itself, run only by {@code ./mvnw -Pbenchmark verify} (tag "benchmark", excluded from
 * the normal build). Sizes and databases come from {@code -Dbench.*}, see {@link BenchConfig}.
 */
@Tag("benchmark")
class BenchmarkTest {

  @Test
  void benchmark() throws Exception {
    Report report = new BenchmarkRunner(BenchConfig.fromSystemProperties()).run();
    assertThat(report.rows()).isNotEmpty();
  }
}
