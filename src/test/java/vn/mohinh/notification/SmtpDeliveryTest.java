package vn.mohinh.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import vn.mohinh.notification.OutboxMail.MailStatus;
import vn.mohinh.notification.OutboxTestSupport.MutableClock;

/** The sender against a real SMTP server (GreenMail), without Spring. */
class SmtpDeliveryTest {

  private GreenMail smtp;
  private OutboxRepository repository;
  private MutableClock clock;
  private JavaMailSenderImpl javaMail;
  private final MailSettings settings =
      OutboxTestSupport.settings(20, Duration.ofSeconds(30), 2.0, Duration.ofMinutes(10), Duration.ofMinutes(5), 10);

  @BeforeEach
  void setUp() {
    smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    smtp.start();
    DataSource dataSource = OutboxTestSupport.database();
    repository = new OutboxRepository(dataSource);
    clock = new MutableClock(Instant.parse("2026-02-18T03:00:00Z"));
    javaMail = mailSender(smtp.getSmtp().getPort());
  }

  @AfterEach
  void tearDown() {
    smtp.stop();
  }

  private static JavaMailSenderImpl mailSender(int port) {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    sender.setPort(port);
    sender.setDefaultEncoding("UTF-8");
    sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "3000");
    sender.getJavaMailProperties().put("mail.smtp.timeout", "3000");
    return sender;
  }

  private OutboxSender sender(String node, JavaMailSenderImpl through) {
    MimeMailFactory factory = new MimeMailFactory(settings.from(), settings.fromName());
    return new OutboxSender(repository, new SmtpTransport(through, factory, clock), settings, clock, node);
  }

  private void queue(int count) {
    for (int i = 0; i < count; i++) {
      String key = "test|" + i;
      repository.insertIfAbsent(OutboxTestSupport.mail(key, "unit" + i + "@travinh.example.org"), "<m" + i + ".outbox@mohinh.test>", clock.instant());
    }
  }

  private static int closedPort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Test
  void smtpDownForAWhileThenBackDeliversEveryMailExactlyOnce() throws Exception {
    queue(12);
    OutboxSender sender = sender("node-a", javaMail);
    javaMail.setPort(closedPort());
    for (int round = 0; round < 3; round++) {
      OutboxSender.Result result = sender.sendDue();
      assertThat(result.sent()).isZero();
      clock.advance(Duration.ofMinutes(10));
    }
    assertThat(smtp.getReceivedMessages()).isEmpty();
    assertThat(repository.countByStatus().get(MailStatus.PENDING)).isEqualTo(12);
    assertThat(repository.list(null, 20, 0)).anySatisfy(mail -> assertThat(mail.lastError()).contains("Connect"));

    // The server comes back.
    javaMail.setPort(smtp.getSmtp().getPort());
    clock.advance(Duration.ofMinutes(10));
    assertThat(sender.drain()).isEqualTo(12);
    assertThat(sender.drain()).isZero();
    assertThat(smtp.waitForIncomingEmail(5000, 12)).isTrue();
    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(12);
    assertThat(Arrays.stream(received).map(SmtpDeliveryTest::messageId).distinct()).hasSize(12);
    assertThat(repository.countByStatus().get(MailStatus.SENT)).isEqualTo(12);
  }

  @Test
  void aStoppedAndRestartedServerGetsEachMailOnce() throws Exception {
    queue(3);
    int port = smtp.getSmtp().getPort();
    smtp.stop();
    OutboxSender sender = sender("node-a", javaMail);
    assertThat(sender.sendDue().sent()).isZero();

    smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    clock.advance(Duration.ofMinutes(1));
    assertThat(sender.drain()).isEqualTo(3);
    assertThat(smtp.waitForIncomingEmail(5000, 3)).isTrue();
    assertThat(smtp.getReceivedMessages()).hasSize(3);
  }

  @Test
  void twoSendersAgainstOneServerSendEachMailOnce() throws Exception {
    queue(40);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> runs = new ArrayList<>();
    for (String node : List.of("node-a", "node-b")) {
      OutboxSender sender = sender(node, mailSender(smtp.getSmtp().getPort()));
      runs.add(threads.submit(() -> {
        start.await();
        int sent = 0;
        for (int i = 0; i < 20; i++) {
          sent += sender.sendDue().sent();
        }
        return sent;
      }));
    }
    start.countDown();
    int total = 0;
    for (Future<Integer> run : runs) {
      total += run.get(60, TimeUnit.SECONDS);
    }
    threads.shutdown();
    assertThat(total).isEqualTo(40);
    assertThat(smtp.waitForIncomingEmail(5000, 40)).isTrue();
    Thread.sleep(300);
    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(40);
    assertThat(Arrays.stream(received).map(SmtpDeliveryTest::messageId).distinct()).hasSize(40);
  }

  @Test
  void theMimeMessageHasTextHtmlAndTheCalendar() throws Exception {
    Instant deadline = Instant.parse("2026-02-25T10:00:00Z");
    String ics =
        IcsWriter.write(
            List.of(new IcsWriter.Event("mohinh-2026-submission-stc@mohinh.test", deadline, "Hạn nộp hồ sơ; Đảng bộ Sở Tài chính, năm 2026",
                "Mô tả", "http://localhost:8080/camunda/app/tasklist/default/")),
            clock.instant());
    NewMail mail =
        new NewMail("test|mime", "REMINDER", 2026, "stc", "stc.bithu@travinh.example.org", "Huỳnh Đức Thắng",
            "Nhắc hạn: nộp hồ sơ đăng ký – còn 7 ngày", "Văn bản thuần\n", "<p>Thư <b>HTML</b></p>", ics, "han-submission-2026.ics");
    repository.insertIfAbsent(mail, "<mime.outbox@mohinh.test>", clock.instant());
    assertThat(sender("node-a", javaMail).drain()).isEqualTo(1);
    assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();

    MimeMessage message = smtp.getReceivedMessages()[0];
    assertThat(message.getSubject()).isEqualTo("Nhắc hạn: nộp hồ sơ đăng ký – còn 7 ngày");
    assertThat(((InternetAddress) message.getFrom()[0]).getPersonal()).isEqualTo("Ban Tuyên giáo Đảng ủy Khối");
    assertThat(((InternetAddress) message.getAllRecipients()[0]).getPersonal()).isEqualTo("Huỳnh Đức Thắng");
    assertThat(message.getMessageID()).isEqualTo("<mime.outbox@mohinh.test>");
    assertThat(message.getHeader("Auto-Submitted")[0]).isEqualTo("auto-generated");
    MailParts parts = MailParts.of(message);
    assertThat(parts.text().replace("\r\n", "\n")).isEqualTo("Văn bản thuần\n");
    assertThat(parts.html()).contains("<b>HTML</b>");
    assertThat(parts.calendarFileName()).isEqualTo("han-submission-2026.ics");
    Calendar calendar = new CalendarBuilder().build(new StringReader(parts.calendar()));
    VEvent event = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
    assertThat(event.getSummary().getValue()).isEqualTo("Hạn nộp hồ sơ; Đảng bộ Sở Tài chính, năm 2026");
    assertThat(event.getUid().orElseThrow().getValue()).isEqualTo("mohinh-2026-submission-stc@mohinh.test");
    assertThat(Instant.from(event.getDateTimeStart().getDate())).isEqualTo(deadline);
  }

  static String messageId(MimeMessage message) {
    try {
      return message.getMessageID();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The parts of a received mail: text, HTML and the calendar attachment. */
  record MailParts(String text, String html, String calendar, String calendarFileName, String calendarContentType) {

    static MailParts of(MimeMessage message) throws Exception {
      String[] found = new String[5];
      collect(message.getContent(), message.getContentType(), found);
      return new MailParts(found[0], found[1], found[2], found[3], found[4]);
    }

    private static void collect(Object content, String type, String[] found) throws Exception {
      if (content instanceof Multipart multipart) {
        for (int i = 0; i < multipart.getCount(); i++) {
          BodyPart part = multipart.getBodyPart(i);
          if (part.isMimeType("text/calendar")) {
            found[2] = readText(part.getContent());
            found[3] = part.getFileName();
            found[4] = part.getContentType();
          } else {
            collect(part.getContent(), part.getContentType(), found);
          }
        }
      } else if (type.toLowerCase().startsWith("text/plain")) {
        found[0] = (String) content;
      } else if (type.toLowerCase().startsWith("text/html")) {
        found[1] = (String) content;
      }
    }

    private static String readText(Object content) throws Exception {
      if (content instanceof String text) {
        return text;
      }
      try (java.io.InputStream in = (java.io.InputStream) content) {
        return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      }
    }
  }
}
