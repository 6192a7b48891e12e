package vn.mohinh.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;
import java.util.function.Supplier;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Builds the MIME message of an outbox mail: {@code multipart/mixed} with a
 * {@code multipart/alternative} (plain text, then HTML) and, where the mail has one, the
 * {@code text/calendar} attachment. The Message-ID is the one stored with the mail, so a re-sent or
 * retried mail keeps its identity.
 */
public class MimeMailFactory {

  private static final Session SESSION = Session.getInstance(new Properties());

  private final String from;
  private final Supplier<String> fromName;

  public MimeMailFactory(String from, String fromName) {
    this(from, () -> fromName);
  }

  public MimeMailFactory(String from, Supplier<String> fromName) {
    this.from = from;
    this.fromName = fromName;
  }

  public MimeMessage build(OutboxMail mail, Date sentDate) throws MessagingException, UnsupportedEncodingException {
    MimeMessage message = new StableIdMimeMessage(SESSION, mail.messageId());
    MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED, "UTF-8");
    String name = fromName.get();
    if (name == null || name.isBlank()) {
      helper.setFrom(from);
    } else {
      helper.setFrom(new InternetAddress(from, name, "UTF-8"));
    }
    if (mail.recipientName() == null || mail.recipientName().isBlank()) {
      helper.setTo(mail.recipient());
    } else {
      helper.setTo(new InternetAddress(mail.recipient(), mail.recipientName(), "UTF-8"));
    }
    helper.setSubject(mail.subject());
    helper.setSentDate(sentDate);
    helper.setText(mail.bodyText(), mail.bodyHtml());
    if (mail.hasCalendar()) {
      helper.addAttachment(
          mail.calendarName() == null ? "han-nop.ics" : mail.calendarName(),
          new ByteArrayResource(mail.calendarIcs().getBytes(StandardCharsets.UTF_8)),
          "text/calendar; charset=UTF-8; method=PUBLISH");
    }
    // RFC 3834: an automatic mail; auto-responders should not answer it.
    message.setHeader("Auto-Submitted", "auto-generated");
    message.setHeader("X-Mohinh-Mail", mail.kind() + "; " + mail.id());
    return message;
  }

  /** Keeps the stored Message-ID when the message is saved for sending. */
  static final class StableIdMimeMessage extends MimeMessage {
    private final String messageId;

    StableIdMimeMessage(Session session, String messageId) {
      super(session);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId);
    }
  }
}
