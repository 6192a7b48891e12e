package vn.mohinh.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.Date;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Delivers through Spring Mail ({@code spring.mail.*}). A batch of the outbox goes over one SMTP
 * connection (opened at the first mail, opened again if the server dropped it), instead of one
 * connection per mail.
 */
public class SmtpTransport implements MailTransport {

  public static final String VIA = "SMTP";

  private final JavaMailSender mailSender;
  private final MimeMailFactory factory;
  private final Clock clock;

  public SmtpTransport(JavaMailSender mailSender, MimeMailFactory factory, Clock clock) {
    this.mailSender = mailSender;
    this.factory = factory;
    this.clock = clock;
  }

  @Override
  public String deliver(OutboxMail mail) throws Exception {
    mailSender.send(factory.build(mail, Date.from(clock.instant())));
    return VIA;
  }

  @Override
  public Session open() {
    if (mailSender instanceof JavaMailSenderImpl impl) {
      return new Connection(impl);
    }
    return MailTransport.super.open();
  }

  /** One SMTP connection for a batch, as {@link JavaMailSenderImpl} uses for several messages. */
  private final class Connection implements Session {
    private final JavaMailSenderImpl sender;
    private Transport transport;

    Connection(JavaMailSenderImpl sender) {
      this.sender = sender;
    }

    @Override
    public String deliver(OutboxMail mail) throws Exception {
      MimeMessage message = factory.build(mail, Date.from(clock.instant()));
      if (transport == null || !transport.isConnected()) {
        connect();
      }
      message.saveChanges();
      transport.sendMessage(message, message.getAllRecipients());
      return VIA;
    }

    private void connect() throws MessagingException {
      close();
      String protocol = sender.getProtocol() == null ? "smtp" : sender.getProtocol();
      Transport opened = sender.getSession().getTransport(protocol);
      String user = sender.getUsername();
      String password = sender.getPassword();
      if ("".equals(user)) {
        user = null;
        if ("".equals(password)) {
          password = null;
        }
      }
      opened.connect(sender.getHost(), sender.getPort(), user, password);
      transport = opened;
    }

    @Override
    public void close() {
      if (transport != null) {
        try {
          transport.close();
        } catch (MessagingException ignored) {
          // the mails already handed over are delivered; nothing to record
        }
        transport = null;
      }
    }
  }
}
