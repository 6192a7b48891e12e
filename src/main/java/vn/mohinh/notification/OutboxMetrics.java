package vn.mohinh.notification;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;
import vn.mohinh.notification.OutboxMail.MailStatus;

/**
 * {@code mohinh_mail_outbox{status=…}} on {@code /actuator/prometheus}: how many mails wait, are
 * being sent, were sent and failed (an alert on {@code status="FAILED"} tells the admin to look at
 * the "Hộp thư thử"). Counted at most every 10 seconds, whatever the scrape rate.
 */
@Component
public class OutboxMetrics implements MeterBinder {

  private static final long MAX_AGE_MILLIS = 10_000;

  private final OutboxRepository repository;
  private final AtomicReference<Snapshot> last = new AtomicReference<>();

  public OutboxMetrics(OutboxRepository repository) {
    this.repository = repository;
  }

  private record Snapshot(long at, Map<MailStatus, Long> counts) {}

  @Override
  public void bindTo(MeterRegistry registry) {
    for (MailStatus status : MailStatus.values()) {
      Gauge.builder("mohinh.mail.outbox", this, metrics -> metrics.count(status))
          .tag("status", status.name())
          .description("Mails in the outbox by status")
          .register(registry);
    }
  }

  private double count(MailStatus status) {
    long now = System.currentTimeMillis();
    Snapshot snapshot = last.get();
    if (snapshot == null || now - snapshot.at() > MAX_AGE_MILLIS) {
      try {
        snapshot = new Snapshot(now, repository.countByStatus());
        last.set(snapshot);
      } catch (RuntimeException e) {
        return Double.NaN;
      }
    }
    return snapshot.counts().getOrDefault(status, 0L);
  }
}
