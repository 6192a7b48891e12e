package vn.mohinh.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/** Document numbers on the product's schema (H2, as in the default run), without Spring. */
class DocumentNumberServiceTest {

  static HikariDataSource dataSource;
  static DocumentNumberService numbers;
  static JdbcClient jdbc;

  @BeforeAll
  static void schema() {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl("jdbc:h2:mem:docnumbers-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000");
    config.setUsername("sa");
    config.setMaximumPoolSize(12);
    dataSource = new HikariDataSource(config);
    Flyway.configure().dataSource(dataSource).table("mh_schema_history").load().migrate();
    jdbc = JdbcClient.create(dataSource);
    numbers = new DocumentNumberService(jdbc, new DataSourceTransactionManager(dataSource),
        new DocumentProperties.Term(2025, 5));
  }

  @AfterAll
  static void close() {
    dataSource.close();
  }

  @Test
  void numbersRunPerUnitAndTypeAndStayWithTheirDocument() {
    LocalDate feb = LocalDate.of(2026, 2, 5);
    assertThat(numbers.allocate(plan("a1"), "stc-vp", feb, "u").number()).isEqualTo(1);
    assertThat(numbers.allocate(plan("a2"), "stc-vp", feb, "u").number()).isEqualTo(2);
    // another type and another unit count on their own
    assertThat(numbers.allocate(new DocumentKey(DocumentType.REPORT, "a1", 2026), "stc-vp", feb, "u").number()).isEqualTo(1);
    assertThat(numbers.allocate(plan("b1"), "stc-ns", feb, "u").number()).isEqualTo(1);
    // the same document again: the same number and the date it was first numbered on
    DocumentNumberService.Allocation again = numbers.allocate(plan("a1"), "stc-vp", LocalDate.of(2026, 3, 9), "u");
    assertThat(again.number()).isEqualTo(1);
    assertThat(again.issuedOn()).isEqualTo(feb);
    assertThat(numbers.find(plan("a2")).orElseThrow().number()).isEqualTo(2);
    assertThat(numbers.allocate(plan("a3"), "stc-vp", feb, "u").number()).isEqualTo(3);
    // the next year of the same term goes on counting; a new plan of a1 for 2027 is a new document
    assertThat(numbers.allocate(new DocumentKey(DocumentType.PLAN, "a1", 2027), "stc-vp", LocalDate.of(2027, 2, 1), "u").number())
        .isEqualTo(4);
  }

  @Test
  void aNewTermStartsAgainAtOne() {
    assertThat(numbers.allocate(plan("t1"), "term-unit", LocalDate.of(2029, 12, 1), "u").number()).isEqualTo(1);
    assertThat(numbers.allocate(plan("t2"), "term-unit", LocalDate.of(2029, 12, 2), "u").number()).isEqualTo(2);
    DocumentNumberService.Allocation next = numbers.allocate(plan("t3"), "term-unit", LocalDate.of(2030, 1, 5), "u");
    assertThat(next.number()).isEqualTo(1);
    assertThat(next.termStart()).isEqualTo(2030);
  }

  @Test
  void numbersAreNeverReused() {
    numbers.allocate(plan("r1"), "reuse-unit", LocalDate.of(2026, 2, 1), "u");
    numbers.allocate(plan("r2"), "reuse-unit", LocalDate.of(2026, 2, 1), "u");
    // even if a document's record disappeared, its number is not handed out again
    jdbc.sql("delete from mh_document_number where subject_id = 'r2'").update();
    assertThat(numbers.allocate(plan("r3"), "reuse-unit", LocalDate.of(2026, 2, 1), "u").number()).isEqualTo(3);
  }

  @Test
  void concurrentAllocationsGetDistinctNumbers() throws Exception {
    int threads = 8;
    int perThread = 15;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<List<Integer>>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        Callable<List<Integer>> work = () -> {
          start.await();
          List<Integer> got = new ArrayList<>();
          for (int i = 0; i < perThread; i++) {
            got.add(numbers.allocate(plan("c-" + thread + "-" + i), "busy-unit", LocalDate.of(2026, 2, 20), "u").number());
            // every thread also asks for one shared document: it must get a single number
            got.add(-numbers.allocate(plan("c-shared"), "busy-unit", LocalDate.of(2026, 2, 20), "u").number());
          }
          return got;
        };
        futures.add(pool.submit(work));
      }
      start.countDown();
      Set<Integer> distinct = ConcurrentHashMap.newKeySet();
      Set<Integer> shared = ConcurrentHashMap.newKeySet();
      int count = 0;
      for (Future<List<Integer>> future : futures) {
        for (int n : future.get(120, TimeUnit.SECONDS)) {
          if (n < 0) {
            shared.add(-n);
          } else {
            assertThat(distinct.add(n)).as("number %d given twice", n).isTrue();
            count++;
          }
        }
      }
      assertThat(shared).hasSize(1);
      assertThat(count).isEqualTo(threads * perThread);
      Set<Integer> all = new java.util.HashSet<>(distinct);
      all.addAll(shared);
      // no gaps and no duplicates: 1 .. n
      assertThat(all).hasSize(threads * perThread + 1);
      assertThat(all.stream().mapToInt(Integer::intValue).max().orElseThrow()).isEqualTo(threads * perThread + 1);
    } finally {
      pool.shutdownNow();
    }
  }

  private static DocumentKey plan(String subject) {
    return new DocumentKey(DocumentType.PLAN, subject, 2026);
  }
}
