package vn.mohinh.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Provider;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.URLName;
import jakarta.mail.internet.InternetAddress;
import java.net.SocketException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import vn.mohinh.notification.OutboxMail.MailStatus;
import vn.mohinh.notification.OutboxTestSupport.MutableClock;

/**
 * A claimed batch of the outbox goes to the SMTP server over one connection (a connection per mail
 * made the sender about 20 mails per second), and a connection the server drops is opened again.
 */
class SmtpTransportTest {

  /** A transport that records its connections and messages instead of talking to a server. */
  public static final class RecordingTransport extends Transport {
    static final AtomicInteger CONNECTIONS = new AtomicInteger();
    static final List<String> SENT = new CopyOnWriteArrayList<>();
    /** The server drops the connection when this message number (1-based, over the test) is sent. */
    static volatile int dropAt = -1;

    public RecordingTransport(Session session, URLName url) {
      super(session, url);
    }

    @Override
    protected boolean protocolConnect(String host, int port, String user, String password) {
      CONNECTIONS.incrementAndGet();
      return true;
    }

    @Override
    public void sendMessage(Message message, Address[] addresses) throws MessagingException {
      if (SENT.size() + 1 == dropAt) {
        dropAt = -1;
        setConnected(false);
        throw new MessagingException("421 closing connection", new SocketException("Connection reset"));
      }
      SENT.add(((InternetAddress) addresses[0]).getAddress());
    }
  }

  private OutboxRepository repository;
  private MutableClock clock;
  private OutboxSender sender;

  @BeforeEach
  void setUp() throws MessagingException {
    RecordingTransport.CONNECTIONS.set(0);
    RecordingTransport.SENT.clear();
    RecordingTransport.dropAt = -1;
    repository = new OutboxRepository(OutboxTestSupport.database());
    clock = new MutableClock(Instant.parse("2026-02-18T03:00:00Z"));
    Session session = Session.getInstance(new Properties());
    session.setProvider(new Provider(Provider.Type.TRANSPORT, "smtp", RecordingTransport.class.getName(), "test", "1"));
    JavaMailSenderImpl javaMail = new JavaMailSenderImpl();
    javaMail.setSession(session);
    javaMail.setHost("smtp.example.org");
    MailSettings settings = OutboxTestSupport.settings(5, Duration.ofSeconds(10), 2.0, Duration.ofMinutes(5), Duration.ofMinutes(5), 50);
    MimeMailFactory factory = new MimeMailFactory(settings.from(), settings.fromName());
    sender = new OutboxSender(repository, new SmtpTransport(javaMail, factory, clock), settings, clock, "node-a");
  }

  private void queue(int count) {
    for (int i = 1; i <= count; i++) {
      assertThat(repository.insertIfAbsent(OutboxTestSupport.mail("m" + i, "m" + i + "@example.org"), "<m" + i + "@test>", clock.instant()))
          .isTrue();
    }
  }

  @Test
  void aBatchOfMailGoesOverOneConnection() {
    queue(20);

    OutboxSender.Result result = sender.sendDue();

    assertThat(result.sent()).isEqualTo(20);
    assertThat(RecordingTransport.SENT).hasSize(20);
    assertThat(RecordingTransport.CONNECTIONS.get()).isEqualTo(1);
    assertThat(repository.list(null, 50, 0)).allMatch(mail -> mail.status() == MailStatus.SENT);
  }

  @Test
  void aDroppedConnectionIsOpenedAgainAndOnlyTheMailInFlightWaitsForItsRetry() {
    queue(10);
    RecordingTransport.dropAt = 4;

    OutboxSender.Result result = sender.sendDue();

    assertThat(result.sent()).isEqualTo(9);
    assertThat(result.failed()).isEqualTo(1);
    assertThat(RecordingTransport.CONNECTIONS.get()).isEqualTo(2);
    assertThat(repository.list(null, 50, 0)).filteredOn(mail -> mail.status() != MailStatus.SENT)
        .singleElement()
        .satisfies(mail -> {
          assertThat(mail.recipient()).isEqualTo("m4@example.org");
          assertThat(mail.attempts()).isEqualTo(1);
          assertThat(mail.lastError()).contains("421 closing connection");
        });

    clock.advance(Duration.ofSeconds(11));
    assertThat(sender.sendDue().sent()).isEqualTo(1);
    assertThat(RecordingTransport.SENT).hasSize(10).doesNotHaveDuplicates();
  }
}
