package vn.mohinh.notification;

/**
 * The demo's delivery: the mail stays in the outbox and counts as delivered to the "Hộp thư thử"
 * (read by the admin at {@code /app/admin/mail}). The MIME message is still built, so a mail that
 * could not be sent for real fails here too.
 */
public class CaptureTransport implements MailTransport {

  public static final String VIA = "CAPTURE";

  private final MimeMailFactory factory;

  public CaptureTransport(MimeMailFactory factory) {
    this.factory = factory;
  }

  @Override
  public String deliver(OutboxMail mail) throws Exception {
    factory.build(mail, new java.util.Date()).saveChanges();
    return VIA;
  }
}
