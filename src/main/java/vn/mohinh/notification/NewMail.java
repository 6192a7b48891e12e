package vn.mohinh.notification;

import java.util.Objects;

/**
 * A rendered mail to queue.
 *
 * @param dedupKey what, whom, which deadline or round; the outbox keeps one mail per key
 * @param kind what the mail is about (REMINDER, OVERDUE, …), for the admin's list
 * @param calendarIcs an iCalendar attachment, or null
 * @param calendarName the attachment's file name, or null
 */
public record NewMail(
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
    String calendarName) {

  public NewMail {
    Objects.requireNonNull(dedupKey, "dedupKey");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(bodyText, "bodyText");
    Objects.requireNonNull(bodyHtml, "bodyHtml");
    if (dedupKey.length() > 512) {
      throw new IllegalArgumentException("dedupKey longer than 512 characters: " + dedupKey);
    }
    // A header never carries a line break (no header injection through user text).
    subject = subject.replaceAll("[\\r\\n\\t]+", " ").strip();
    recipientName = recipientName == null ? null : recipientName.replaceAll("[\\r\\n\\t]+", " ").strip();
  }
}
