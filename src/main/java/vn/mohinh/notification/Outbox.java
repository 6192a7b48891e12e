package vn.mohinh.notification;

import java.net.URI;
import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Queues mail in the caller's transaction. A mail whose key is already queued is silently skipped,
 * so a retried job or a repeated call never fails and never queues twice; a rolled-back
 * transaction leaves nothing behind. After the transaction commits, the sender is nudged so the
 * mail goes out at once rather than at the next poll.
 */
@Service
public class Outbox {

  private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);

  private final OutboxRepository repository;
  private final OutboxSenderRunner runner;
  private final Clock clock;
  private final String messageIdDomain;

  public Outbox(
      OutboxRepository repository,
      OutboxSenderRunner runner,
      NotificationClock clock,
      @Value("${mohinh.base-url:http://localhost:8080}") String baseUrl) {
    this.repository = repository;
    this.runner = runner;
    this.clock = clock.clock();
    this.messageIdDomain = domainOf(baseUrl);
  }

  /** @return whether the mail was queued now (false: the same mail was queued before) */
  public boolean queue(NewMail mail) {
    String messageId = "<mohinh." + UUID.randomUUID() + "@" + messageIdDomain + ">";
    boolean queued = repository.insertIfAbsent(mail, messageId, clock.instant());
    if (queued) {
      nudgeAfterCommit();
    } else {
      LOG.debug("Mail already queued, skipped: {}", mail.dedupKey());
    }
    return queued;
  }

  private void nudgeAfterCommit() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      runner.nudge();
      return;
    }
    for (TransactionSynchronization existing : TransactionSynchronizationManager.getSynchronizations()) {
      if (existing instanceof NudgeAfterCommit) {
        return;
      }
    }
    TransactionSynchronizationManager.registerSynchronization(new NudgeAfterCommit(runner));
  }

  private record NudgeAfterCommit(OutboxSenderRunner runner) implements TransactionSynchronization {
    @Override
    public void afterCommit() {
      runner.nudge();
    }
  }

  static String domainOf(String baseUrl) {
    try {
      String host = URI.create(baseUrl).getHost();
      return host == null || host.isBlank() ? "mohinh.local" : host;
    } catch (IllegalArgumentException e) {
      return "mohinh.local";
    }
  }
}
