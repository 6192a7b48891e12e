package vn.mohinh.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import vn.mohinh.organization.OrganizationDirectory;

/**
 * Runs this node's {@link OutboxSender}: polls the outbox every {@code mohinh.mail.poll-interval}
 * and right after a transaction that queued mail commits. Delivers through SMTP or into the "Hộp
 * thư thử" according to {@code mohinh.mail.delivery}.
 */
@Component
public class OutboxSenderRunner implements SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxSenderRunner.class);

  private final MailSettings settings;
  private final OutboxSender sender;
  private final OutboxSender.Loop loop;

  public OutboxSenderRunner(
      MailSettings settings,
      OutboxRepository repository,
      ObjectProvider<JavaMailSender> mailSender,
      OrganizationDirectory directory,
      NotificationClock clock) {
    this.settings = settings;
    MimeMailFactory factory = new MimeMailFactory(settings.from(), new FromName(settings, directory));
    MailTransport transport =
        switch (settings.delivery()) {
          case SMTP -> {
            JavaMailSender javaMail = mailSender.getIfAvailable();
            if (javaMail == null) {
              throw new IllegalStateException("mohinh.mail.delivery=smtp needs spring.mail.host");
            }
            yield new SmtpTransport(javaMail, factory, clock.clock());
          }
          case CAPTURE -> new CaptureTransport(factory);
        };
    this.sender = new OutboxSender(repository, transport, settings, clock.clock(), OutboxSender.nodeName());
    this.loop = new OutboxSender.Loop(sender, settings.pollInterval());
  }

  /** The sender itself, for a run now (tests, the admin's re-send). */
  public OutboxSender sender() {
    return sender;
  }

  public void nudge() {
    loop.nudge();
  }

  @Override
  public void start() {
    if (settings.autoSend()) {
      loop.start();
      LOG.info("Mail outbox sender started: delivery {}, poll every {}", settings.delivery(), settings.pollInterval());
    }
  }

  @Override
  public void stop() {
    loop.stop();
  }

  @Override
  public boolean isRunning() {
    return loop.isRunning();
  }

  /** The sender's name: configured, else the bloc's reviewing office, once the organisation is loaded. */
  private record FromName(MailSettings settings, OrganizationDirectory directory) implements java.util.function.Supplier<String> {
    @Override
    public String get() {
      if (settings.fromName() != null && !settings.fromName().isBlank()) {
        return settings.fromName();
      }
      try {
        return directory.bloc().reviewingOffice() + " – " + directory.bloc().shortName();
      } catch (IllegalStateException notLoaded) {
        return null;
      }
    }
  }
}
