package vn.mohinh.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A fresh outbox database (H2 in memory, the product's migrations) and a clock the test moves. */
final class OutboxTestSupport {

  private OutboxTestSupport() {}

  static DataSource database() {
    DriverManagerDataSource dataSource =
        new DriverManagerDataSource("jdbc:h2:mem:outbox-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    Flyway.configure().dataSource(dataSource).table("mh_schema_history").locations("classpath:db/migration").load().migrate();
    return dataSource;
  }

  static MailSettings settings(int maxAttempts, Duration initial, double multiplier, Duration max, Duration lease, int batchSize) {
    return new MailSettings(
        "no-reply@mohinh.test", "Ban Tuyên giáo Đảng ủy Khối", MailSettings.DeliveryMode.SMTP, false, Duration.ofSeconds(30),
        batchSize, lease, maxAttempts, new MailSettings.Backoff(initial, multiplier, max), List.of(7, 3, 1));
  }

  static NewMail mail(String key, String recipient) {
    return new NewMail(
        key, "TEST", 2026, "stc-vp", recipient, "Nguyễn Tấn Sang", "Nhắc hạn: nộp kế hoạch – còn 3 ngày " + key,
        "Kính gửi đồng chí,\nnội dung " + key + "\n", "<p>Kính gửi đồng chí, <b>nội dung</b> " + key + "</p>", null, null);
  }

  /** A clock that moves only when told. */
  static final class MutableClock extends Clock {
    private final AtomicReference<Instant> now;

    MutableClock(Instant start) {
      this.now = new AtomicReference<>(start);
    }

    void advance(Duration duration) {
      now.updateAndGet(t -> t.plus(duration));
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now.get();
    }
  }
}
