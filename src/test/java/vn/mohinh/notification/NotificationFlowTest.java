package vn.mohinh.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.mohinh.notification.Notifier.AcceptanceNotice;
import vn.mohinh.notification.Notifier.CommendationNotice;
import vn.mohinh.notification.Notifier.DeadlineNotice;
import vn.mohinh.notification.Notifier.ReturnNotice;
import vn.mohinh.notification.OutboxMail.MailStatus;
import vn.mohinh.organization.OrganizationDirectory;
import vn.mohinh.organization.Person;
import vn.mohinh.organization.Role;

/**
 * The notifier on the real engine and organisation, its mails delivered to a real SMTP server
 * (GreenMail). Each test uses its own year, so tests sharing the Spring context do not meet.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT) // the context the other tests share
@ActiveProfiles("test")
class NotificationFlowTest {

  private static GreenMail smtp;

  @Autowired Notifier notifier;
  @Autowired ProcessEngine engine;
  @Autowired OutboxRepository outbox;
  @Autowired OrganizationDirectory directory;
  @Autowired MailSettings settings;
  @Autowired OutboxSenderRunner runner;
  @Autowired PlatformTransactionManager transactionManager;

  @BeforeAll
  static void startSmtp() {
    smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    smtp.start();
  }

  @AfterAll
  static void stopSmtp() {
    smtp.stop();
  }

  @BeforeEach
  void deployTestProcesses() throws Exception {
    engine.getRepositoryService()
        .createDeployment()
        .name("notification-test")
        .addClasspathResource("notification/owed-work-test.bpmn")
        .enableDuplicateFiltering(false)
        .deploy();
    smtp.purgeEmailFromAllMailboxes();
  }

  /** The shared context's other tests count tasks: leave none behind. */
  @AfterEach
  void removeTestInstances() {
    for (String key : List.of("Test_OwedWork", "Test_NotifyRetry")) {
      engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(key).list()
          .forEach(instance -> engine.getRuntimeService().deleteProcessInstance(instance.getId(), "test done", true, true));
    }
  }

  // ------------------------------------------------------------------ reminders

  @Test
  void remindersForADeadlineGoToTheUnitsThatStillOweWorkAndToNobodyElse() throws Exception {
    int year = 2091;
    Instant deadline = Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofDays(3)).minus(Duration.ofHours(1));
    String cellTask = startWork(year, "stc-vp", deadline);
    startWork(year, "cbbtv", deadline);
    String done = startWork(year, "stc-ns", deadline);
    engine.getTaskService().complete(done);
    startWork(year, "stc-dn", deadline.plus(Duration.ofDays(1))); // another deadline
    startWork(year - 1, "stc-gcs", deadline); // another year

    DeadlineNotice notice = new DeadlineNotice(year, "CELL_PLAN", "nộp kế hoạch mô hình của chi bộ", deadline);
    // Called in a cell secretary's transaction: the reminder still sees every unit's work.
    engine.getIdentityService().setAuthentication("stc-vp.bithu", List.of("unit-stc-vp", "units"));
    try {
      inTransaction(() -> notifier.remindDeadline(notice, 3));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    Set<String> expected = emails("stc-vp", "cbbtv");
    assertThat(recipients("reminder|" + year + "|")).containsExactlyInAnyOrderElementsOf(expected);

    // The same timer again (a retried job): nothing new.
    inTransaction(() -> notifier.remindDeadline(notice, 3));
    assertThat(outbox.findByDedupKeyPrefix("reminder|" + year + "|")).hasSize(expected.size());

    List<MimeMessage> received = deliver("reminder|" + year + "|");
    assertThat(received).extracting(NotificationFlowTest::to).containsExactlyInAnyOrderElementsOf(expected);
    MimeMessage cellMail = received.stream().filter(m -> to(m).equals("stc-vp.bithu@travinh.example.org")).findFirst().orElseThrow();
    assertThat(cellMail.getSubject())
        .startsWith("Nhắc hạn: nộp kế hoạch mô hình của chi bộ – ")
        .contains("(trước " + new VietnameseDates(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).dateTime(deadline) + ")");
    SmtpDeliveryTest.MailParts parts = SmtpDeliveryTest.MailParts.of(cellMail);
    String taskLink = "http://localhost:8080/camunda/app/tasklist/default/#/?task=" + cellTask;
    assertThat(parts.html()).contains("href=\"" + taskLink + "\"").contains("Chi bộ Văn phòng – Đảng bộ Sở Tài chính").contains("Kính gửi đồng chí");
    assertThat(parts.text()).contains(taskLink).contains("Nguyễn Tấn Sang").contains("trước ");
    assertThat(parts.calendarContentType()).contains("text/calendar");
    Calendar calendar = new CalendarBuilder().build(new StringReader(parts.calendar()));
    VEvent event = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
    assertThat(Instant.from(event.getDateTimeStart().getDate())).isEqualTo(deadline);
    assertThat(event.getUid().orElseThrow().getValue()).isEqualTo("mohinh-" + year + "-cell_plan-stc-vp@localhost");
    assertThat(event.getSummary().getValue()).contains("nộp kế hoạch mô hình của chi bộ").contains("Chi bộ Văn phòng");
  }

  @Test
  void aReminderIsSkippedWhenTheDeadlineHasPassedOrANearerReminderIsDueOrTheDayIsNotConfigured() {
    int year = 2095;
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Instant past = now.minus(Duration.ofHours(2));
    Instant inTwoDays = now.plus(Duration.ofDays(2));
    startWork(year, "stc-vp", past);
    startWork(year, "stc-vp", inTwoDays);

    notifier.remindDeadline(new DeadlineNotice(year, "PAST", "nộp thử", past), 1);
    assertThat(outbox.findByDedupKeyPrefix("reminder|" + year + "|past|")).isEmpty();

    // The year was opened late: the 7-day timer fires two days before the deadline.
    notifier.remindDeadline(new DeadlineNotice(year, "LATE", "nộp thử", inTwoDays), 7);
    notifier.remindDeadline(new DeadlineNotice(year, "LATE", "nộp thử", inTwoDays), 5);
    assertThat(outbox.findByDedupKeyPrefix("reminder|" + year + "|late|")).isEmpty();
    // …the 3-day one does go out (once), telling the days really left.
    notifier.remindDeadline(new DeadlineNotice(year, "LATE", "nộp thử", inTwoDays), 3);
    List<OutboxMail> sent = outbox.findByDedupKeyPrefix("reminder|" + year + "|late|");
    assertThat(sent).extracting(OutboxMail::recipient).containsExactlyInAnyOrderElementsOf(emails("stc-vp"));
    assertThat(sent.get(0).subject()).contains("còn 2 ngày");
  }

  // ------------------------------------------------------------------ overdue

  @Test
  void atTheDeadlineTheLateUnitsAndTheUnitsAboveThemAreTold() throws Exception {
    int year = 2092;
    Instant deadline = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofMinutes(5));
    startWork(year, "stc-vp", deadline);
    startWork(year, "stc-ns", deadline);
    startWork(year, "cbbtv", deadline);
    engine.getTaskService().complete(startWork(year, "stc-dn", deadline));

    inTransaction(() -> notifier.notifyOverdue(new DeadlineNotice(year, "CELL_PLAN", "nộp kế hoạch mô hình của chi bộ", deadline)));

    assertThat(recipients("overdue|" + year + "|")).containsExactlyInAnyOrderElementsOf(emails("stc-vp", "stc-ns", "cbbtv"));
    Set<String> above = emails("stc");
    directory.withRole(Role.REVIEWER).forEach(p -> above.add(p.email()));
    assertThat(recipients("overdue_above|" + year + "|")).containsExactlyInAnyOrderElementsOf(above);

    List<MimeMessage> received = deliver("overdue|" + year + "|", "overdue_above|" + year + "|");
    assertThat(received).hasSize(recipients("overdue|" + year + "|").size() + above.size());
    MimeMessage committee = received.stream().filter(m -> to(m).equals("stc.bithu@travinh.example.org")).findFirst().orElseThrow();
    assertThat(committee.getSubject()).isEqualTo("Đơn vị chưa hoàn thành đúng hạn: nộp kế hoạch mô hình của chi bộ (2 đơn vị)");
    String html = SmtpDeliveryTest.MailParts.of(committee).html();
    assertThat(html).contains("Chi bộ Văn phòng – Đảng bộ Sở Tài chính").contains("Chi bộ Phòng Quản lý ngân sách – Đảng bộ Sở Tài chính");
    assertThat(html).doesNotContain("Báo Trà Vinh").doesNotContain("Tài chính doanh nghiệp");
    MimeMessage office = received.stream().filter(m -> to(m).equals("btg.truongban@travinh.example.org")).findFirst().orElseThrow();
    assertThat(SmtpDeliveryTest.MailParts.of(office).html()).contains("Chi bộ Báo Trà Vinh").doesNotContain("Chi bộ Văn phòng");
    MimeMessage late = received.stream().filter(m -> to(m).equals("cbbtv.bithu@travinh.example.org") || to(m).startsWith("cbbtv")).findFirst().orElseThrow();
    assertThat(late.getSubject()).isEqualTo("Quá hạn: nộp kế hoạch mô hình của chi bộ – Chi bộ Báo Trà Vinh");
  }

  @Test
  void aStepRetriedByTheEngineQueuesNoDuplicateAndItsFailedTryQueuesNothing() {
    int year = 2094;
    Instant deadline = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofMinutes(1));
    startWork(year, "cbbtv", deadline);
    String instance =
        engine.getRuntimeService()
            .startProcessInstanceByKey(
                "Test_NotifyRetry",
                Map.of("year", year, "kind", "RETRY", "deadline", Date.from(deadline), "fail", true))
            .getId();
    Job job = engine.getManagementService().createJobQuery().processInstanceId(instance).singleResult();

    assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId())).hasMessageContaining("noSuchBean");
    assertThat(outbox.findByDedupKeyPrefix("overdue|" + year + "|")).as("rolled back with the step").isEmpty();
    assertThat(outbox.findByDedupKeyPrefix("overdue_above|" + year + "|")).isEmpty();

    engine.getRuntimeService().setVariable(instance, "fail", false);
    engine.getManagementService().executeJob(job.getId());
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
    // Notified twice in the step, queued once.
    assertThat(recipients("overdue|" + year + "|")).containsExactlyInAnyOrderElementsOf(emails("cbbtv"));
    assertThat(outbox.findByDedupKeyPrefix("overdue|" + year + "|")).hasSize(emails("cbbtv").size());
    assertThat(outbox.findByDedupKeyPrefix("overdue_above|" + year + "|")).hasSize(directory.withRole(Role.REVIEWER).size());
  }

  // ------------------------------------------------------------------ events

  @Test
  void aReturnedPlansMailCarriesTheCommentEscaped() throws Exception {
    int year = 2093;
    String comment = "Cần bổ sung số liệu <script>alert('x')</script> & thời gian thực hiện.\nĐề nghị gửi lại trước thứ Sáu.";
    ReturnNotice notice = new ReturnNotice(year, "stc-vp", "Kế hoạch mô hình “Dân vận khéo”", comment, "Đảng ủy Sở Tài chính", 1);
    inTransaction(() -> notifier.notifyReturned(notice));
    inTransaction(() -> notifier.notifyReturned(notice));
    assertThat(recipients("returned|" + year + "|")).containsExactlyInAnyOrderElementsOf(emails("stc-vp"));

    List<MimeMessage> received = deliver("returned|" + year + "|");
    assertThat(received).hasSize(emails("stc-vp").size());
    MimeMessage mail = received.get(0);
    assertThat(mail.getSubject()).isEqualTo("Trả lại để chỉnh sửa: Kế hoạch mô hình “Dân vận khéo”");
    SmtpDeliveryTest.MailParts parts = SmtpDeliveryTest.MailParts.of(mail);
    assertThat(parts.html())
        .contains("Cần bổ sung số liệu &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; thời gian thực hiện.")
        .doesNotContain("<script>")
        .contains("Đảng ủy Sở Tài chính");
    assertThat(parts.text().replace("\r\n", "\n")).contains(comment);

    // A second return is a new mail.
    inTransaction(() -> notifier.notifyReturned(new ReturnNotice(year, "stc-vp", notice.subject(), "Lần hai", notice.returnedBy(), 2)));
    assertThat(outbox.findByDedupKeyPrefix("returned|" + year + "|")).hasSize(2 * emails("stc-vp").size());
  }

  @Test
  void aRolledBackTransactionQueuesNothing() {
    int year = 2096;
    new TransactionTemplate(transactionManager)
        .executeWithoutResult(
            status -> {
              notifier.notifyAccepted(new AcceptanceNotice(year, "cbbtv", "Hồ sơ đăng ký mô hình năm " + year, "Ban Tuyên giáo Đảng ủy Khối"));
              assertThat(outbox.findByDedupKeyPrefix("accepted|" + year + "|")).isNotEmpty();
              status.setRollbackOnly();
            });
    assertThat(outbox.findByDedupKeyPrefix("accepted|" + year + "|")).isEmpty();
    inTransaction(() -> notifier.notifyAccepted(new AcceptanceNotice(year, "cbbtv", "Hồ sơ đăng ký mô hình năm " + year, "Ban Tuyên giáo Đảng ủy Khối")));
    assertThat(recipients("accepted|" + year + "|")).containsExactlyInAnyOrderElementsOf(emails("cbbtv"));
    assertThat(outbox.findByDedupKeyPrefix("accepted|" + year + "|").get(0).subject()).isEqualTo("Đã tiếp nhận: Hồ sơ đăng ký mô hình năm " + year);
  }

  @Test
  void theAcceptedMailLinksTheDocumentTheUnitCanNowDownload() {
    int year = 2089;
    inTransaction(() -> notifier.notifyAccepted(new AcceptanceNotice(year, "stc", "Hồ sơ đăng ký mô hình năm " + year,
        "Ban Tuyên giáo Đảng ủy Khối", new Notifier.DocumentLink("Tải bảng tổng hợp (mẫu số 02, Excel)", "/api/documents/summaries/2089/stc.xlsx"))));
    OutboxMail mail = outbox.findByDedupKeyPrefix("accepted|" + year + "|").get(0);
    assertThat(mail.bodyText()).contains("Tải bảng tổng hợp (mẫu số 02, Excel) (đăng nhập bằng tài khoản Tasklist): http://localhost:8080/api/documents/summaries/2089/stc.xlsx");
    assertThat(mail.bodyHtml()).contains("href=\"http://localhost:8080/api/documents/summaries/2089/stc.xlsx\"", ">Tải bảng tổng hợp (mẫu số 02, Excel)</a>");
    // without a document, no link
    inTransaction(() -> notifier.notifyAccepted(new AcceptanceNotice(year, "cbbtv", "Hồ sơ đăng ký mô hình năm " + year, "Ban Tuyên giáo Đảng ủy Khối")));
    OutboxMail plain = outbox.findByDedupKeyPrefix("accepted|" + year + "|cbbtv|").get(0);
    assertThat(plain.bodyText()).doesNotContain("/api/documents", "null");
    assertThat(plain.bodyHtml()).doesNotContain("/api/documents");
  }

  @Test
  void theOpeningOfTheYearGoesToBaseUnitsAndMassOrganisationsWithTheDeadlinesAsCalendar() throws Exception {
    int year = 2097;
    Instant cells = Instant.parse("2097-02-20T10:00:00Z");
    Instant submission = Instant.parse("2097-02-25T10:00:00Z");
    inTransaction(() -> notifier.notifyYearOpened(year, List.of(
        new DeadlineNotice(year, "CELL_PLAN", "chi bộ nộp kế hoạch mô hình", cells),
        new DeadlineNotice(year, "SUBMISSION", "nộp hồ sơ đăng ký về Đảng ủy Khối", submission))));
    Set<String> expected = new java.util.HashSet<>();
    directory.baseUnits().forEach(u -> expected.addAll(emails(u.code())));
    directory.massOrganisations().forEach(u -> expected.addAll(emails(u.code())));
    assertThat(recipients("year_opened|" + year + "|")).containsExactlyInAnyOrderElementsOf(expected).doesNotContain("stc-vp.bithu@travinh.example.org");
    OutboxMail mail = outbox.findByDedupKeyPrefix("year_opened|" + year + "|stc|").get(0);
    assertThat(mail.bodyText()).contains("chi bộ nộp kế hoạch mô hình: trước 17 giờ 00 ngày 20/02/2097 (thứ Tư)");
    assertThat(mail.bodyText()).contains("trước 17 giờ 00 ngày 25/02/2097 (thứ Hai)");
    Calendar calendar = new CalendarBuilder().build(new StringReader(mail.calendarIcs()));
    assertThat(calendar.<VEvent>getComponents("VEVENT")).hasSize(2);
  }

  @Test
  void theCommendationResultGoesToTheUnitAndItsCommittee() {
    int year = 2098;
    inTransaction(() -> notifier.notifyCommendation(new CommendationNotice(year, "stc-vp", "Dân vận khéo", "Giấy khen của Ban Thường vụ Đảng ủy Khối", "Ban Thường vụ Đảng ủy Khối", null)));
    assertThat(recipients("commendation|" + year + "|")).containsExactlyInAnyOrderElementsOf(emails("stc-vp", "stc"));
    assertThat(outbox.findByDedupKeyPrefix("commendation|" + year + "|").get(0).bodyText())
        .contains("Mô hình được Ban Thường vụ Đảng ủy Khối khen thưởng: Giấy khen của Ban Thường vụ Đảng ủy Khối.");
  }

  @Test
  void inCaptureModeMailIsDeliveredToTheTestMailbox() {
    assertThat(settings.delivery()).isEqualTo(MailSettings.DeliveryMode.CAPTURE);
    int year = 2099;
    inTransaction(() -> notifier.notifyAccepted(new AcceptanceNotice(year, "cbbtv", "Hồ sơ thử", "Ban Tuyên giáo Đảng ủy Khối")));
    runner.sender().drain();
    assertThat(outbox.findByDedupKeyPrefix("accepted|" + year + "|")).isNotEmpty().allSatisfy(mail -> {
      assertThat(mail.status()).isEqualTo(MailStatus.SENT);
      assertThat(mail.deliveredVia()).isEqualTo(CaptureTransport.VIA);
    });
  }

  // ------------------------------------------------------------------ helpers

  private String startWork(int year, String unitCode, Instant deadline) {
    String instance =
        engine.getRuntimeService()
            .startProcessInstanceByKey("Test_OwedWork", Map.of("year", year, "unitCode", unitCode, "deadline", Date.from(deadline)))
            .getId();
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
    return task.getId();
  }

  private void inTransaction(Runnable work) {
    new TransactionTemplate(transactionManager).executeWithoutResult(status -> work.run());
  }

  private Set<String> emails(String... unitCodes) {
    Set<String> emails = new java.util.HashSet<>();
    for (String code : unitCodes) {
      directory.peopleOf(code).stream().map(Person::email).filter(e -> e != null).forEach(emails::add);
    }
    assertThat(emails).isNotEmpty();
    return emails;
  }

  private List<String> recipients(String keyPrefix) {
    return outbox.findByDedupKeyPrefix(keyPrefix).stream().map(OutboxMail::recipient).toList();
  }

  /**
   * Runs a sender that delivers the outbox to GreenMail; returns the received mails queued under
   * the key prefixes (mails queued by other tests of the shared context are delivered too, and left out).
   */
  private List<MimeMessage> deliver(String... keyPrefixes) throws Exception {
    Set<String> ids = new java.util.HashSet<>();
    for (String prefix : keyPrefixes) {
      outbox.findByDedupKeyPrefix(prefix).forEach(mail -> ids.add(mail.messageId()));
    }
    JavaMailSenderImpl javaMail = new JavaMailSenderImpl();
    javaMail.setHost("127.0.0.1");
    javaMail.setPort(smtp.getSmtp().getPort());
    MimeMailFactory factory = new MimeMailFactory(settings.from(), "Ban Tuyên giáo Đảng ủy Khối");
    OutboxSender sender = new OutboxSender(outbox, new SmtpTransport(javaMail, factory, Clock.systemUTC()), settings, Clock.systemUTC(), "test");
    sender.drain();
    long until = System.currentTimeMillis() + 5000;
    List<MimeMessage> mine;
    do {
      mine = Arrays.stream(smtp.getReceivedMessages()).filter(m -> ids.contains(SmtpDeliveryTest.messageId(m))).toList();
    } while (mine.size() < ids.size() && System.currentTimeMillis() < until && sleep());
    return new ArrayList<>(mine);
  }

  private static boolean sleep() {
    try {
      Thread.sleep(50);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  static String to(MimeMessage message) {
    try {
      Address[] to = message.getRecipients(MimeMessage.RecipientType.TO);
      return Arrays.stream(to).map(a -> ((InternetAddress) a).getAddress()).collect(Collectors.joining(","));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
