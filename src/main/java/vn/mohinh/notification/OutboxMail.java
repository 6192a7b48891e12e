package vn.mohinh.notification;

import java.time.Instant;

/**
 * One mail of the outbox, as stored: rendered content, delivery state and claim.
 *
 * @param dedupKey what, whom, which deadline or round: unique in the outbox
 * @param attempts failed deliveries so far
 * @param claimToken the claim of the sender that holds the mail (status SENDING), null otherwise
 */
public record OutboxMail(
    long id,
    String dedupKey,
    String kind,
    Integer year,
    String unitCode,
    String recipient,
    String recipientName,
    String subject,
    String bodyText,
    String bodyHtml,
    String calendarIcs,
    String calendarName,
    MailStatus status,
    int attempts,
    Instant nextAttemptAt,
    String claimToken,
    String claimedBy,
    Instant claimExpiresAt,
    String lastError,
    String deliveredVia,
    String messageId,
    Instant createdAt,
    Instant sentAt,
    int version) {

  /** The state of a mail in the outbox. */
  public enum MailStatus {
    /** Waiting for its (next) delivery attempt at {@code nextAttemptAt}. */
    PENDING,
    /** Claimed by a sender until {@code claimExpiresAt}; after that, any sender may take it over. */
    SENDING,
    /** Delivered (to the SMTP server, or to the "Hộp thư thử" in capture mode). */
    SENT,
    /** Given up after the configured number of attempts; the admin can re-send it. */
    FAILED
  }

  public boolean hasCalendar() {
    return calendarIcs != null && !calendarIcs.isBlank();
  }
}
