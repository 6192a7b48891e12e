package vn.mohinh.notification;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code mohinh.mail.*} settings: where mail goes, how often the outbox is polled, how failed
 * deliveries are retried, and the reminder offsets before each deadline.
 *
 * @param from the sender address of every mail
 * @param fromName the sender's display name; blank: the bloc's reviewing office
 * @param delivery {@code capture}: mails are kept in the outbox and read in the admin's "Hộp thư
 *     thử" (no SMTP server needed); {@code smtp}: delivered through {@code spring.mail.*}
 * @param autoSend run the sender in this node (periodic poll and a nudge after each commit that
 *     queued mail); off only in tests that drive the sender themselves
 * @param pollInterval how often the outbox is polled for due mail
 * @param batchSize how many mails one poll claims at most
 * @param lease how long a claimed mail stays reserved for its sender; after it, another node takes
 *     it over (a crashed node's mail is not lost). Keep it well above the SMTP timeouts.
 * @param maxAttempts after so many failed deliveries a mail is FAILED (shown to the admin, re-sendable)
 * @param backoff delay before a retry: {@code initial × multiplier^(attempts − 1)}, at most {@code max}
 * @param reminderDays days before a deadline at which reminders go out (the BPMN reminder timers use them)
 */
@ConfigurationProperties("mohinh.mail")
public record MailSettings(
    @DefaultValue("no-reply@mohinh.local") String from,
    @DefaultValue("") String fromName,
    @DefaultValue("capture") DeliveryMode delivery,
    @DefaultValue("true") boolean autoSend,
    @DefaultValue("30s") Duration pollInterval,
    @DefaultValue("50") int batchSize,
    @DefaultValue("5m") Duration lease,
    @DefaultValue("10") int maxAttempts,
    @DefaultValue Backoff backoff,
    @DefaultValue({"7", "3", "1"}) List<Integer> reminderDays) {

  public MailSettings {
    if (batchSize < 1) {
      throw new IllegalArgumentException("mohinh.mail.batch-size must be at least 1");
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("mohinh.mail.max-attempts must be at least 1");
    }
    reminderDays = List.copyOf(reminderDays);
  }

  /** Where the sender delivers. */
  public enum DeliveryMode {
    /** Kept in the outbox, marked delivered to the "Hộp thư thử" page: the demo needs no SMTP server. */
    CAPTURE,
    /** Delivered through Spring Mail ({@code spring.mail.host}, …). */
    SMTP
  }

  /** Exponential backoff, capped. */
  public record Backoff(
      @DefaultValue("30s") Duration initial,
      @DefaultValue("2.0") double multiplier,
      @DefaultValue("1h") Duration max) {

    /** The delay before the next try after the {@code attempts}-th failure (1-based). */
    public Duration delayAfter(int attempts) {
      double factor = Math.pow(Math.max(1.0, multiplier), Math.max(0, attempts - 1));
      double millis = initial.toMillis() * factor;
      if (Double.isInfinite(millis) || millis >= max.toMillis()) {
        return max;
      }
      return Duration.ofMillis(Math.max(0, (long) millis));
    }
  }
}
