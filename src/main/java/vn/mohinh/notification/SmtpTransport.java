package vn.mohinh.notification;

import java.time.Clock;
import java.util.Date;
import org.springframework.mail.javamail.JavaMailSender;

/** Delivers through Spring Mail ({@code spring.mail.*}). */
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
}
