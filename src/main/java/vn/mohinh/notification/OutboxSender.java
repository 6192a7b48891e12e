package vn.mohinh.notification;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox: claims due mails atomically in the database, hands each to the transport
 * (one session per claimed batch: one SMTP connection), and records the result. Any number of senders (threads or application nodes) may run at once:
 * each mail is claimed by one of them; a claim left by a crashed node expires after the lease and
 * the mail is taken over. A failed delivery is retried with exponential backoff (capped) up to the
 * configured number of attempts, then the mail is FAILED and waits for the admin's re-send.
 *
 * <p>Plain Java: the Spring wiring ({@link OutboxSenderRunner}) adds the periodic poll and the nudge
 * after commit.
 */
public class OutboxSender {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);

  private final OutboxRepository repository;
  private final MailTransport transport;
  private final MailSettings settings;
  private final Clock clock;
  private final String node;

  public OutboxSender(OutboxRepository repository, MailTransport transport, MailSettings settings, Clock clock, String node) {
    this.repository = repository;
    this.transport = transport;
    this.settings = settings;
    this.clock = clock;
    this.node = node;
  }

  /** What one run did. */
  public record Result(int claimed, int sent, int failed, int released) {
    public static final Result NONE = new Result(0, 0, 0, 0);
  }

  /** Claims and delivers one batch of due mail. */
  public Result sendDue() {
    Instant now = clock.instant();
    String token = UUID.randomUUID().toString();
    List<OutboxMail> batch = repository.claim(token, node, now, now.plus(settings.lease()), settings.batchSize());
    if (batch.isEmpty()) {
      return Result.NONE;
    }
    int sent = 0;
    int failed = 0;
    int released = 0;
    try (MailTransport.Session session = transport.open()) {
      for (int i = 0; i < batch.size(); i++) {
        OutboxMail mail = batch.get(i);
        try {
          String via = session.deliver(mail);
          if (!repository.markSent(mail.id(), token, clock.instant(), via)) {
            LOG.warn("Mail {} was delivered after its claim had expired", mail.id());
          }
          sent++;
        } catch (Exception e) {
          failed++;
          Instant retryAt = recordFailure(mail, token, e);
          if (transport.isServerUnavailable(e)) {
            // The server is down: do not knock on it once per mail; the rest waits for the same retry.
            for (OutboxMail rest : batch.subList(i + 1, batch.size())) {
              repository.release(rest.id(), token, retryAt);
              released++;
            }
            break;
          }
        }
      }
    }
    return new Result(batch.size(), sent, failed, released);
  }

  /** Runs batches until nothing is due (or a batch could not deliver anything). */
  public int drain() {
    int total = 0;
    while (true) {
      Result result = sendDue();
      total += result.sent();
      if (result.claimed() < settings.batchSize() || result.sent() == 0) {
        return total;
      }
    }
  }

  private Instant recordFailure(OutboxMail mail, String token, Exception e) {
    int attempts = mail.attempts() + 1;
    boolean giveUp = attempts >= settings.maxAttempts();
    Instant now = clock.instant();
    Duration delay = settings.backoff().delayAfter(attempts);
    Instant retryAt = giveUp ? now : now.plus(delay);
    String error = describe(e);
    repository.markAttemptFailed(mail.id(), token, attempts, error, retryAt, giveUp);
    if (giveUp) {
      LOG.error("Mail {} to {} failed {} times and is given up (the admin can re-send it): {}", mail.id(), mail.recipient(), attempts, error);
    } else {
      LOG.warn("Mail {} to {} not delivered (attempt {}), retry in {}: {}", mail.id(), mail.recipient(), attempts, delay, error);
    }
    return retryAt;
  }

  static String describe(Throwable e) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = e; t != null && text.length() < 1500; t = t.getCause()) {
      if (!text.isEmpty()) {
        text.append(" ← ");
      }
      text.append(t.getClass().getSimpleName());
      if (t.getMessage() != null) {
        text.append(": ").append(t.getMessage().replaceAll("\\s+", " ").strip());
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return text.toString();
  }

  /** A name for this node in the claims: host and a random suffix (two JVMs on one host differ). */
  public static String nodeName() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (Exception e) {
      host = "node";
    }
    return host + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** A single background thread that runs {@link #drain()} on a fixed delay and when nudged. */
  public static final class Loop {
    private final OutboxSender sender;
    private final Duration interval;
    private final AtomicBoolean nudged = new AtomicBoolean();
    private ScheduledExecutorService executor;

    public Loop(OutboxSender sender, Duration interval) {
      this.sender = sender;
      this.interval = interval;
    }

    public synchronized void start() {
      if (executor != null) {
        return;
      }
      executor =
          Executors.newSingleThreadScheduledExecutor(
              r -> {
                Thread thread = new Thread(r, "mail-outbox");
                thread.setDaemon(true);
                return thread;
              });
      long millis = Math.max(100, interval.toMillis());
      executor.scheduleWithFixedDelay(this::runSafely, Math.min(millis, 2000), millis, TimeUnit.MILLISECONDS);
    }

    /** Asks for a run soon (coalesced: many nudges while one is pending make one run). */
    public void nudge() {
      ScheduledExecutorService current = executor;
      if (current != null && nudged.compareAndSet(false, true)) {
        try {
          current.execute(
              () -> {
                nudged.set(false);
                runSafely();
              });
        } catch (java.util.concurrent.RejectedExecutionException stopped) {
          nudged.set(false);
        }
      }
    }

    private void runSafely() {
      try {
        sender.drain();
      } catch (RuntimeException e) {
        LOG.warn("Mail outbox run failed (retried at the next poll): {}", describe(e));
      }
    }

    public synchronized void stop() {
      if (executor == null) {
        return;
      }
      executor.shutdown();
      try {
        executor.awaitTermination(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      executor = null;
    }

    public synchronized boolean isRunning() {
      return executor != null;
    }
  }
}
