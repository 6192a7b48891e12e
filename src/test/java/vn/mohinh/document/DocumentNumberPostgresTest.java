package vn.mohinh.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * Document numbers on PostgreSQL, the production database: several "nodes" (services with
 * connections of their own) allocate at once and never get the same number.
 */
class DocumentNumberPostgresTest {

  static EmbeddedPostgres postgres;
  static DataSource dataSource;

  @BeforeAll
  static void start() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
    dataSource = postgres.getPostgresDatabase();
    Flyway.configure().dataSource(dataSource).table("mh_schema_history").load().migrate();
  }

  @AfterAll
  static void stop() throws Exception {
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void nodesAllocatingAtOnceGetDistinctNumbersAndOneNumberPerDocument() throws Exception {
    int nodes = 4;
    int perNode = 20;
    List<DocumentNumberService> services = new ArrayList<>();
    for (int i = 0; i < nodes; i++) {
      services.add(new DocumentNumberService(JdbcClient.create(dataSource), new DataSourceTransactionManager(dataSource),
          new DocumentProperties.Term(2025, 5)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(nodes);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<List<Integer>>> futures = new ArrayList<>();
      for (int n = 0; n < nodes; n++) {
        DocumentNumberService service = services.get(n);
        int node = n;
        futures.add(pool.submit(() -> {
          start.await();
          List<Integer> got = new ArrayList<>();
          for (int i = 0; i < perNode; i++) {
            got.add(service.allocate(new DocumentKey(DocumentType.REPORT, "n" + node + "-" + i, 2026), "pg-unit",
                LocalDate.of(2026, 12, 10), "u").number());
            got.add(-service.allocate(new DocumentKey(DocumentType.REPORT, "shared-" + (i % 3), 2026), "pg-unit",
                LocalDate.of(2026, 12, 10), "u").number());
          }
          return got;
        }));
      }
      start.countDown();
      Set<Integer> own = new HashSet<>();
      Set<Integer> shared = new HashSet<>();
      for (Future<List<Integer>> future : futures) {
        for (int number : future.get(120, TimeUnit.SECONDS)) {
          if (number < 0) {
            shared.add(-number);
          } else {
            assertThat(own.add(number)).as("number %d given twice", number).isTrue();
          }
        }
      }
      assertThat(shared).hasSize(3).doesNotContainAnyElementsOf(own);
      assertThat(own).hasSize(nodes * perNode);
      long rows = JdbcClient.create(dataSource)
          .sql("select count(*) from mh_document_number where unit_code = 'pg-unit'").query(Long.class).single();
      assertThat(rows).isEqualTo(nodes * perNode + 3);
    } finally {
      pool.shutdownNow();
    }
  }
}
