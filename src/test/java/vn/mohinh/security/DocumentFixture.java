package vn.mohinh.security;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.mohinh.notification.NewMail;
import vn.mohinh.notification.OutboxRepository;
import vn.mohinh.registration.Initiative;
import vn.mohinh.registration.InitiativeRepository;
import vn.mohinh.registration.InitiativeStatus;
import vn.mohinh.registration.PlanContent;
import vn.mohinh.report.Indicator;
import vn.mohinh.report.ReportContent;
import vn.mohinh.report.ReportRepository;
import vn.mohinh.report.ReportStatus;
import vn.mohinh.report.ResultReport;
import vn.mohinh.testsupport.YearData;

/**
 * The documents of the authorization matrix: for each unit a model accepted by the bloc with its
 * plan (mẫu 01) and a sent result report (mẫu 03), in a year no other test uses (its own term of
 * document numbers), and one mail in the outbox. {@link #remove()} deletes all of it, with the
 * numbers the downloads allocated.
 */
final class DocumentFixture {

  /** A year (and a five-year term of numbers, 2050–2054) no other test uses. */
  static final int YEAR = 2052;

  private static final Instant REGISTERED = Instant.parse("2052-02-10T03:00:00Z");
  private static final Instant OPENED = Instant.parse("2052-11-15T01:00:00Z");
  private static final Instant DUE = Instant.parse("2052-12-15T10:00:00Z");
  private static final Instant SENT = Instant.parse("2052-12-10T03:00:00Z");

  private final InitiativeRepository initiatives;
  private final ReportRepository reports;
  private final OutboxRepository outbox;
  private final JdbcClient jdbc;

  /** unit code → its model's id. */
  final Map<String, String> models = new LinkedHashMap<>();

  long mailId;

  DocumentFixture(InitiativeRepository initiatives, ReportRepository reports, OutboxRepository outbox, JdbcClient jdbc) {
    this.initiatives = initiatives;
    this.reports = reports;
    this.outbox = outbox;
    this.jdbc = jdbc;
  }

  /** A model with a plan and a sent report for each unit ({@code unit → its committee, or itself}), and one mail. */
  void create(Map<String, String> baseUnitOf) {
    baseUnitOf.forEach((unit, base) -> {
      String model = UUID.randomUUID().toString();
      initiatives.insertDraft(new Initiative(model, YEAR, unit, base, 1, InitiativeStatus.DRAFT, null, null, null, null,
          null, null, null, 0, null, null, REGISTERED, null, null, null, null));
      initiatives.submit(model, new PlanContent(
              "Mô hình của " + unit, "ADMINISTRATIVE_REFORM", false, "Từ tháng 02/2052 đến tháng 12/2052", "Tình hình.",
              "Thuận lợi.", "Khó khăn.", "Mục đích.", "Nội dung học tập.", "Sự cần thiết.", "Cách làm.", "Hiệu quả.",
              "Nhân rộng.", "Tổ chức."),
          "Cải cách thủ tục hành chính", null, InitiativeStatus.SUBMITTED, REGISTERED, unit + ".bithu");
      initiatives.decide(model, InitiativeStatus.ACCEPTED, REGISTERED.plusSeconds(3600), "btg.truongban");
      String report = UUID.randomUUID().toString();
      reports.insert(new ResultReport(report, YEAR, model, unit, base, ReportStatus.OPEN, DUE, OPENED, null, null, null, null,
          null, 0, null, null));
      reports.submit(report, reportContent(), ReportStatus.SUBMITTED, DUE, SENT, unit + ".bithu");
      models.put(unit, model);
    });
    String key = "test|matrix|" + YEAR;
    outbox.insertIfAbsent(new NewMail(key, "RETURNED", YEAR, "stc-vp", "stc-vp.bithu@travinh.example.org", "Nguyễn Tấn Sang",
        "Thư của ma trận phân quyền", "Văn bản", "<p>Văn bản</p>", null, null), "<matrix-" + YEAR + "@test>", Instant.now());
    mailId = outbox.findByDedupKeyPrefix(key).get(0).id();
    // not delivered while the matrix runs: a failed mail stays as it is
    jdbc.sql("update mh_mail_outbox set status = 'FAILED', attempts = 10 where id = ?").param(mailId).update();
  }

  private static ReportContent reportContent() {
    return new ReportContent("Đặc điểm.", "Khó khăn.", "Căn cứ.", "Cách làm.", "Lãnh đạo.", "Sáng kiến.", "Hiệu quả.",
        "Bài học.", "Hạn chế.", "Nhân rộng.", "Phối hợp.", "Hướng tới.",
        List.of(new Indicator(1, "Thời gian giải quyết hồ sơ", "ngày", new BigDecimal("12"), new BigDecimal("5"))));
  }

  void remove() {
    YearData.delete(jdbc, YEAR);
  }
}
