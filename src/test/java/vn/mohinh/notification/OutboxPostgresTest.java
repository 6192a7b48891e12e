package vn.mohinh.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.mohinh.notification.OutboxMail.MailStatus;
import vn.mohinh.notification.OutboxTestSupport.MutableClock;

/** The outbox on PostgreSQL, the production database: insert-if-absent never breaks the caller's transaction. */
class OutboxPostgresTest {

  private static EmbeddedPostgres postgres;
  private static DataSource dataSource;
  private static OutboxRepository repository;
  private final MutableClock clock = new MutableClock(Instant.parse("2026-02-18T03:00:00Z"));

  @BeforeAll
  static void start() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
    dataSource = postgres.getPostgresDatabase();
    Flyway.configure().dataSource(dataSource).table("mh_schema_history").locations("classpath:db/migration").load().migrate();
    repository = new OutboxRepository(dataSource);
  }

  @AfterAll
  static void stop() throws Exception {
    postgres.close();
  }

  @Test
  void aDuplicateInsideATransactionLeavesTheTransactionUsable() {
    TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    NewMail mail = OutboxTestSupport.mail("pg|dup|1", "a@example.org");
    transaction.executeWithoutResult(status -> {
      assertThat(repository.insertIfAbsent(mail, "<pg1@test>", clock.instant())).isTrue();
      assertThat(repository.insertIfAbsent(mail, "<pg2@test>", clock.instant())).isFalse();
      // the transaction goes on
      assertThat(repository.insertIfAbsent(OutboxTestSupport.mail("pg|dup|2", "b@example.org"), "<pg3@test>", clock.instant())).isTrue();
    });
    assertThat(repository.findByDedupKeyPrefix("pg|dup|")).hasSize(2);

    transaction.executeWithoutResult(status -> {
      repository.insertIfAbsent(OutboxTestSupport.mail("pg|dup|3", "c@example.org"), "<pg4@test>", clock.instant());
      status.setRollbackOnly();
    });
    assertThat(repository.existsKey("pg|dup|3")).isFalse();
  }

  @Test
  void concurrentTransactionsQueueTheSameMailOnce() throws Exception {
    TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    NewMail mail = OutboxTestSupport.mail("pg|race|1", "a@example.org");
    CountDownLatch firstInserted = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(1);
    Future<Boolean> second;
    boolean first;
    try {
      first = transaction.execute(status -> {
        boolean inserted = repository.insertIfAbsent(mail, "<race1@test>", clock.instant());
        firstInserted.countDown();
        try {
          Thread.sleep(300); // the other transaction waits on the key until this one commits
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return inserted;
      });
      second = threads.submit(() -> {
        firstInserted.await();
        return transaction.execute(status -> repository.insertIfAbsent(mail, "<race2@test>", clock.instant()));
      });
      assertThat(first).isTrue();
      assertThat(second.get(10, TimeUnit.SECONDS)).isFalse();
    } finally {
      threads.shutdown();
    }
    assertThat(repository.findByDedupKeyPrefix("pg|race|")).hasSize(1);
  }

  @Test
  void twoSendersOnPostgresSendEachMailOnce() throws Exception {
    MailSettings settings = OutboxTestSupport.settings(10, Duration.ofSeconds(30), 2.0, Duration.ofHours(1), Duration.ofMinutes(5), 5);
    for (int i = 0; i < 60; i++) {
      repository.insertIfAbsent(OutboxTestSupport.mail("pg|send|" + i, i + "@example.org"), "<send" + i + "@test>", clock.instant());
    }
    // (mails left by the other tests of this database are delivered too: only ours are counted)
    Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();
    ExecutorService threads = Executors.newFixedThreadPool(2);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> runs = new ArrayList<>();
    for (String node : List.of("node-a", "node-b")) {
      OutboxSender sender = new OutboxSender(repository, mail -> {
        deliveries.computeIfAbsent(mail.dedupKey(), key -> new AtomicInteger()).incrementAndGet();
        return "SMTP";
      }, settings, clock, node);
      runs.add(threads.submit(() -> {
        start.await();
        int sent = 0;
        for (int round = 0; round < 40; round++) {
          sent += sender.sendDue().sent();
        }
        return sent;
      }));
    }
    start.countDown();
    for (Future<Integer> run : runs) {
      run.get(60, TimeUnit.SECONDS);
    }
    threads.shutdown();
    assertThat(deliveries.keySet().stream().filter(key -> key.startsWith("pg|send|"))).hasSize(60);
    assertThat(deliveries.values()).allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
    assertThat(repository.findByDedupKeyPrefix("pg|send|")).hasSize(60).allSatisfy(m -> assertThat(m.status()).isEqualTo(MailStatus.SENT));
  }
}
