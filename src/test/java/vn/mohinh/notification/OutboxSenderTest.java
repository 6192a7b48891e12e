package vn.mohinh.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.mohinh.notification.OutboxMail.MailStatus;
import vn.mohinh.notification.OutboxTestSupport.MutableClock;

/** The outbox and its sender without Spring: claims, retries, backoff, leases, concurrency. */
class OutboxSenderTest {

  private DataSource dataSource;
  private OutboxRepository repository;
  private MutableClock clock;

  @BeforeEach
  void setUp() {
    dataSource = OutboxTestSupport.database();
    repository = new OutboxRepository(dataSource);
    clock = new MutableClock(Instant.parse("2026-02-18T03:00:00Z"));
  }

  private void queue(String key) {
    assertThat(repository.insertIfAbsent(OutboxTestSupport.mail(key, key + "@example.org"), "<" + key + "@test>", clock.instant())).isTrue();
  }

  private OutboxMail only() {
    List<OutboxMail> all = repository.list(null, 10, 0);
    assertThat(all).hasSize(1);
    return all.get(0);
  }

  @Test
  void theSameMailIsQueuedOnceAndARolledBackTransactionQueuesNothing() {
    NewMail mail = OutboxTestSupport.mail("reminder|2026|cell_plan|1|d3|stc-vp|a@example.org", "a@example.org");
    assertThat(repository.insertIfAbsent(mail, "<1@test>", clock.instant())).isTrue();
    assertThat(repository.insertIfAbsent(mail, "<2@test>", clock.instant())).isFalse();

    TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    NewMail other = OutboxTestSupport.mail("reminder|2026|cell_plan|1|d3|stc-ns|b@example.org", "b@example.org");
    transaction.executeWithoutResult(
        status -> {
          assertThat(repository.insertIfAbsent(other, "<3@test>", clock.instant())).isTrue();
          // the same step repeated inside the transaction
          assertThat(repository.insertIfAbsent(other, "<4@test>", clock.instant())).isFalse();
          status.setRollbackOnly();
        });
    assertThat(repository.existsKey(other.dedupKey())).isFalse();
    assertThat(repository.list(null, 10, 0)).extracting(OutboxMail::dedupKey).containsExactly(mail.dedupKey());
  }

  @Test
  void failedDeliveriesAreRetriedWithGrowingCappedDelaysThenGivenUpAndCanBeResent() {
    MailSettings settings = OutboxTestSupport.settings(4, Duration.ofSeconds(10), 2.0, Duration.ofSeconds(25), Duration.ofMinutes(5), 10);
    AtomicBoolean broken = new AtomicBoolean(true);
    List<Long> delivered = new ArrayList<>();
    MailTransport transport =
        mail -> {
          if (broken.get()) {
            throw new IllegalStateException("550 mailbox unavailable");
          }
          delivered.add(mail.id());
          return "SMTP";
        };
    OutboxSender sender = new OutboxSender(repository, transport, settings, clock, "node-a");
    queue("m1");

    assertThat(sender.sendDue().failed()).isEqualTo(1);
    assertThat(only().attempts()).isEqualTo(1);
    assertThat(only().nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(10));
    assertThat(only().lastError()).contains("550 mailbox unavailable");

    assertThat(sender.sendDue().claimed()).as("not due before its delay").isZero();
    clock.advance(Duration.ofSeconds(10));
    sender.sendDue();
    assertThat(only().attempts()).isEqualTo(2);
    assertThat(only().nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(20));

    clock.advance(Duration.ofSeconds(19));
    assertThat(sender.sendDue().claimed()).isZero();
    clock.advance(Duration.ofSeconds(1));
    sender.sendDue();
    assertThat(only().attempts()).isEqualTo(3);
    assertThat(only().nextAttemptAt()).as("capped").isEqualTo(clock.instant().plusSeconds(25));

    clock.advance(Duration.ofSeconds(25));
    sender.sendDue();
    assertThat(only().status()).isEqualTo(MailStatus.FAILED);
    assertThat(only().attempts()).isEqualTo(4);
    clock.advance(Duration.ofDays(1));
    assertThat(sender.sendDue().claimed()).as("a failed mail waits for the admin").isZero();

    broken.set(false);
    assertThat(repository.resend(only().id(), clock.instant())).isTrue();
    assertThat(repository.resend(only().id(), clock.instant())).as("only a failed mail").isFalse();
    assertThat(sender.sendDue().sent()).isEqualTo(1);
    assertThat(only().status()).isEqualTo(MailStatus.SENT);
    assertThat(only().deliveredVia()).isEqualTo("SMTP");
    assertThat(delivered).containsExactly(only().id());
  }

  @Test
  void whenTheServerIsDownTheRestOfTheBatchWaitsWithoutCountingAnAttempt() {
    MailSettings settings = OutboxTestSupport.settings(10, Duration.ofSeconds(30), 2.0, Duration.ofHours(1), Duration.ofMinutes(5), 10);
    AtomicInteger tries = new AtomicInteger();
    MailTransport down =
        mail -> {
          tries.incrementAndGet();
          throw new org.springframework.mail.MailSendException("Mail server connection failed", new ConnectException("Connection refused"));
        };
    for (int i = 0; i < 5; i++) {
      queue("m" + i);
    }
    OutboxSender.Result result = new OutboxSender(repository, down, settings, clock, "node-a").sendDue();

    assertThat(tries).hasValue(1);
    assertThat(result.claimed()).isEqualTo(5);
    assertThat(result.released()).isEqualTo(4);
    List<OutboxMail> all = repository.list(null, 10, 0);
    assertThat(all).allSatisfy(mail -> {
      assertThat(mail.status()).isEqualTo(MailStatus.PENDING);
      assertThat(mail.nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(30));
      assertThat(mail.claimToken()).isNull();
    });
    assertThat(all).extracting(OutboxMail::attempts).containsExactlyInAnyOrder(1, 0, 0, 0, 0);
  }

  @Test
  void aCrashedSendersClaimIsTakenOverAfterTheLease() {
    MailSettings settings = OutboxTestSupport.settings(10, Duration.ofSeconds(30), 2.0, Duration.ofHours(1), Duration.ofMinutes(5), 10);
    queue("m1");
    // Node A claims the mail and dies before sending it.
    assertThat(repository.claim("token-a", "node-a", clock.instant(), clock.instant().plus(settings.lease()), 10)).hasSize(1);

    List<Long> delivered = new ArrayList<>();
    OutboxSender nodeB = new OutboxSender(repository, mail -> { delivered.add(mail.id()); return "SMTP"; }, settings, clock, "node-b");
    assertThat(nodeB.sendDue().claimed()).as("held by node A").isZero();
    clock.advance(Duration.ofMinutes(5));
    assertThat(nodeB.sendDue().sent()).isEqualTo(1);
    assertThat(only().status()).isEqualTo(MailStatus.SENT);
    assertThat(only().attempts()).as("the lost try counts").isEqualTo(1);
    assertThat(delivered).hasSize(1);
    // Node A comes back and reports its result late: its claim is gone, nothing changes.
    assertThat(repository.markSent(only().id(), "token-a", clock.instant(), "SMTP")).isFalse();
    assertThat(repository.markAttemptFailed(only().id(), "token-a", 1, "late", clock.instant(), false)).isFalse();
    assertThat(only().status()).isEqualTo(MailStatus.SENT);
  }

  @Test
  void twoSendersRunningAtOnceSendEachMailOnce() throws Exception {
    MailSettings settings = OutboxTestSupport.settings(10, Duration.ofSeconds(30), 2.0, Duration.ofHours(1), Duration.ofMinutes(5), 7);
    int count = 150;
    for (int i = 0; i < count; i++) {
      queue("m" + i);
    }
    Map<Long, AtomicInteger> deliveries = new ConcurrentHashMap<>();
    Map<String, AtomicInteger> byNode = new ConcurrentHashMap<>();
    ExecutorService threads = Executors.newFixedThreadPool(3);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> runs = new ArrayList<>();
    for (String node : List.of("node-a", "node-b", "node-c")) {
      MailTransport transport =
          mail -> {
            deliveries.computeIfAbsent(mail.id(), id -> new AtomicInteger()).incrementAndGet();
            byNode.computeIfAbsent(node, n -> new AtomicInteger()).incrementAndGet();
            Thread.sleep(1);
            return "SMTP";
          };
      OutboxSender sender = new OutboxSender(repository, transport, settings, clock, node);
      runs.add(
          threads.submit(
              () -> {
                start.await();
                int sent = 0;
                for (int round = 0; round < 200; round++) {
                  sent += sender.sendDue().sent();
                }
                return sent;
              }));
    }
    start.countDown();
    int total = 0;
    for (Future<Integer> run : runs) {
      total += run.get(60, TimeUnit.SECONDS);
    }
    threads.shutdown();

    assertThat(total).isEqualTo(count);
    assertThat(deliveries).hasSize(count);
    assertThat(deliveries.values()).allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
    assertThat(repository.countByStatus().get(MailStatus.SENT)).isEqualTo(count);
    assertThat(byNode.keySet()).as("the work was shared").hasSizeGreaterThan(1);
  }

  @Test
  void backoffGrowsAndIsCapped() {
    MailSettings.Backoff backoff = new MailSettings.Backoff(Duration.ofSeconds(30), 2.0, Duration.ofHours(1));
    assertThat(backoff.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
    assertThat(backoff.delayAfter(2)).isEqualTo(Duration.ofMinutes(1));
    assertThat(backoff.delayAfter(5)).isEqualTo(Duration.ofMinutes(8));
    assertThat(backoff.delayAfter(9)).isEqualTo(Duration.ofHours(1));
    assertThat(backoff.delayAfter(500)).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void theLoopRunsWhenNudged() throws Exception {
    MailSettings settings = OutboxTestSupport.settings(10, Duration.ofSeconds(30), 2.0, Duration.ofHours(1), Duration.ofMinutes(5), 10);
    CountDownLatch delivered = new CountDownLatch(1);
    OutboxSender sender = new OutboxSender(repository, mail -> { delivered.countDown(); return "SMTP"; }, settings, clock, "node-a");
    OutboxSender.Loop loop = new OutboxSender.Loop(sender, Duration.ofHours(1));
    loop.start();
    try {
      Thread.sleep(2500); // past the first scheduled run: only a nudge can deliver now
      queue("m1");
      loop.nudge();
      assertThat(delivered.await(10, TimeUnit.SECONDS)).isTrue();
    } finally {
      loop.stop();
    }
  }
}
