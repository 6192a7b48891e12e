package vn.mohinh.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.mohinh.evaluation.CommendationLevel;
import vn.mohinh.evaluation.Criterion;
import vn.mohinh.evaluation.Evaluation;
import vn.mohinh.evaluation.EvaluationProperties;
import vn.mohinh.evaluation.EvaluationRepository;
import vn.mohinh.evaluation.Proposal;
import vn.mohinh.evaluation.ScoreCard;
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
 * The report-phase downloads on the demo bloc: mẫu 03 of a model from the report tables (every
 * section, numbered BC, stable) and the year's evaluation and commendation list, each for the right
 * people only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReportDocumentDownloadTest {

  /** A year no other test uses: its models, reports, evaluations and numbers are this test's alone. */
  private static final int YEAR = 2046;
  private static final String PASSWORD = "MoHinh@2026";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DataFormatter FORMAT = new DataFormatter();
  private static final Instant REGISTERED = Instant.parse("2046-02-10T03:00:00Z");
  private static final Instant OPENED = Instant.parse("2046-11-15T01:00:00Z");
  private static final Instant DUE = Instant.parse("2046-12-15T10:00:00Z");
  /** 10 December 2046, 10:00 in Trà Vinh. */
  private static final Instant SENT = Instant.parse("2046-12-10T03:00:00Z");

  @LocalServerPort int port;
  @Autowired InitiativeRepository initiatives;
  @Autowired ReportRepository reports;
  @Autowired EvaluationRepository evaluations;
  @Autowired EvaluationProperties evaluation;
  @Autowired JdbcClient jdbc;

  private final HttpClient http = HttpClient.newHttpClient();
  private String vpModel;
  private String vpReport;
  private String openModel;

  @BeforeEach
  void reportAndEvaluate() {
    vpModel = model("stc-vp", "stc", "Văn phòng không giấy – số hóa hồ sơ");
    vpReport = report(vpModel, "stc-vp", "stc");
    reports.submit(vpReport, content(), ReportStatus.SUBMITTED, DUE, SENT, "stc-vp.bithu");
    reports.markReceived(vpReport, DUE, SENT.plusSeconds(86_400), true, "stc.bithu");
    Map<String, BigDecimal> scores = new LinkedHashMap<>();
    for (Criterion c : evaluation.criteria()) {
      scores.put(c.key(), c.scaleMax().subtract(BigDecimal.ONE));
    }
    ScoreCard card = new ScoreCard(evaluation.criteria(), scores);
    evaluations.save(new Evaluation(vpReport, YEAR, vpModel, "stc-vp", card.total(), "Tốt", true, CommendationLevel.NONE, 0,
        null, null, null, null, SENT.plusSeconds(2 * 86_400), "btg.truongban", 1, false), card);
    evaluations.propose(vpReport, new Proposal(CommendationLevel.BLOC_CERTIFICATE, CommendationLevel.BLOC_CERTIFICATE.label(), true, "≥ 80"));
    evaluations.saveCommendation(new EvaluationRepository.Commendation(vpModel, YEAR, vpReport, "stc-vp",
        CommendationLevel.BLOC_CERTIFICATE, CommendationLevel.BLOC_CERTIFICATE.label(), card.total(), true, 1,
        SENT.plusSeconds(5 * 86_400), "btv.bithu"));

    String missingModel = model("cbbtv", "cbbtv", "Báo chí nêu gương");
    String missing = report(missingModel, "cbbtv", "cbbtv");
    reports.markMissing(YEAR, DUE.plusSeconds(86_400));
    assertThat(reports.find(missing).orElseThrow().status()).isEqualTo(ReportStatus.MISSING);

    openModel = model("stc-ns", "stc", "Giải ngân đúng hạn");
    report(openModel, "stc-ns", "stc");
    jdbc.sql("update mh_report set status = ? where initiative_id = ?").params(ReportStatus.OPEN.name(), openModel).update();
  }

  @AfterEach
  void removeAll() {
    YearData.delete(jdbc, YEAR);
  }

  private String model(String unit, String baseUnit, String name) {
    String id = UUID.randomUUID().toString();
    initiatives.insertDraft(new Initiative(id, YEAR, unit, baseUnit, 1, InitiativeStatus.DRAFT, null, null, null, null,
        null, null, null, 0, null, null, REGISTERED, null, null, null, null));
    initiatives.submit(id, new PlanContent(
            name, "ADMINISTRATIVE_REFORM", false, "Từ tháng 02/2046 đến tháng 12/2046", "Tình hình.", "Thuận lợi.", "Khó khăn.",
            "Mục đích.", "Nội dung học tập.", "Sự cần thiết.", "Cách làm.", "Hiệu quả.", "Nhân rộng.", "Tổ chức."),
        "Cải cách thủ tục hành chính", null, InitiativeStatus.SUBMITTED, REGISTERED, unit + ".bithu");
    initiatives.decide(id, InitiativeStatus.ACCEPTED, REGISTERED.plusSeconds(3600), "btg.truongban");
    return id;
  }

  private String report(String initiativeId, String unit, String baseUnit) {
    String id = UUID.randomUUID().toString();
    reports.insert(new ResultReport(id, YEAR, initiativeId, unit, baseUnit, ReportStatus.OPEN, DUE, OPENED, null, null, null, null,
        null, 0, null, null));
    return id;
  }

  private static ReportContent content() {
    return new ReportContent(
        "Chi bộ có 12 đảng viên, phụ trách công tác văn thư.",
        "Hồ sơ giấy tồn đọng nhiều.",
        "Chỉ thị 05-CT/TW của Bộ Chính trị.",
        "Số hóa toàn bộ hồ sơ, ký số văn bản đi.",
        "Chi ủy ban hành nghị quyết chuyên đề.",
        "Sáng kiến mã QR tra cứu hồ sơ.",
        "Hồ sơ được giải quyết nhanh hơn.",
        "Phải có sự đồng thuận của đảng viên.",
        "Hạ tầng mạng còn chậm.",
        "Các chi bộ trực thuộc Đảng bộ Sở.",
        "Đảng ủy Sở chỉ đạo, Công đoàn phối hợp.",
        "Mở rộng ký số sang hồ sơ kế toán.",
        List.of(new Indicator(1, "Thời gian giải quyết hồ sơ", "ngày", new BigDecimal("12"), new BigDecimal("5"))));
  }

  // ------------------------------------------------------------------ mẫu 03

  @Test
  void theUnitDownloadsItsReportWithEverySectionNumberedAndKeepingItsNumber() throws IOException {
    Response r = get("stc-vp.bithu", DocumentLinks.report(vpModel));
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    assertThat(r.contentType()).isEqualTo(DocumentFiles.DOCX.toString());
    assertThat(r.disposition()).startsWith("attachment;").contains("filename*=UTF-8''");
    String text = docxText(r.body());
    assertThat(text).contains(
        "ĐẢNG BỘ SỞ TÀI CHÍNH", "CHI BỘ VĂN PHÒNG", "Số 01-BC/CB", "Trà Vinh, ngày 10 tháng 12 năm 2046",
        "BÁO CÁO", "“Văn phòng không giấy – số hóa hồ sơ”",
        "I- ĐẶC ĐIỂM TÌNH HÌNH", "II- KẾT QUẢ ĐẠT ĐƯỢC", "III- HƯỚNG TỚI",
        "Chi bộ có 12 đảng viên, phụ trách công tác văn thư.", "Hồ sơ giấy tồn đọng nhiều.",
        "Chỉ thị 05-CT/TW của Bộ Chính trị.", "Số hóa toàn bộ hồ sơ, ký số văn bản đi.",
        "Chi ủy ban hành nghị quyết chuyên đề.", "Sáng kiến mã QR tra cứu hồ sơ.", "Hồ sơ được giải quyết nhanh hơn.",
        "Thời gian giải quyết hồ sơ (ngày): trước khi thực hiện 12, sau khi thực hiện 5.",
        "Phải có sự đồng thuận của đảng viên.", "Hạ tầng mạng còn chậm.", "Các chi bộ trực thuộc Đảng bộ Sở.",
        "Đảng ủy Sở chỉ đạo, Công đoàn phối hợp.", "Mở rộng ký số sang hồ sơ kế toán.",
        "T/M CHI BỘ", "BÍ THƯ", "Đảng ủy Sở Tài chính (báo cáo)");
    // Downloaded again by the committee and the reviewer: the same number and date.
    assertThat(docxText(get("stc.bithu", DocumentLinks.report(vpModel)).body()))
        .contains("Số 01-BC/CB", "Trà Vinh, ngày 10 tháng 12 năm 2046");
    assertThat(get("btg.truongban", DocumentLinks.report(vpModel)).status()).isEqualTo(200);
    assertThat(get("btv.bithu", DocumentLinks.report(vpModel)).status()).isEqualTo(200);
    assertThat(jdbc.sql("select count(*) from mh_document_number where doc_type = 'REPORT' and subject_id = ?").param(vpModel)
        .query(Integer.class).single()).isEqualTo(1);
  }

  @Test
  void anotherUnitIsRefusedAnUnknownModelIs404AReportNotSentIs409() throws IOException {
    Response other = get("bvdk-noi.bithu", DocumentLinks.report(vpModel));
    assertThat(other.status()).isEqualTo(403);
    assertThat(other.contentType()).startsWith("application/json");
    assertThat(other.json().get("type").asText()).isEqualTo("Forbidden");
    assertThat(get("stc-ns.bithu", DocumentLinks.report(vpModel)).status()).as("a sister cell").isEqualTo(403);
    assertThat(get("admin", DocumentLinks.report(UUID.randomUUID().toString())).json().get("type").asText()).isEqualTo("NotFound");
    Response notSent = get("stc-ns.bithu", DocumentLinks.report(openModel));
    assertThat(notSent.status()).isEqualTo(409);
    assertThat(notSent.json().get("type").asText()).isEqualTo("NotReady");
    assertThat(jdbc.sql("select count(*) from mh_document_number where doc_year = ?").param(YEAR).query(Integer.class).single())
        .isZero();
  }

  // ------------------------------------------------------------------ the commendation list

  @Test
  void theReviewerGetsTheCommendationListWithScoresAndLevels() throws IOException {
    Response r = get("btg.truongban", DocumentLinks.commendations(YEAR));
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    assertThat(r.contentType()).isEqualTo(DocumentFiles.XLSX.toString());
    List<Criterion> criteria = evaluation.criteria();
    int total = 3 + criteria.size();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
      XSSFSheet sheet = wb.getSheet(CommendationXlsxGenerator.SHEET);
      assertThat(text(sheet, CommendationXlsxGenerator.TABLE_HEADER_ROW + 1, 3)).startsWith(criteria.get(0).label());
      int row = CommendationXlsxGenerator.FIRST_DATA_ROW;
      assertThat(text(sheet, row, 1)).isEqualTo("Chi bộ Văn phòng");
      assertThat(text(sheet, row, 2)).isEqualTo("Văn phòng không giấy – số hóa hồ sơ");
      assertThat(sheet.getRow(row).getCell(3).getNumericCellValue())
          .isEqualTo(criteria.get(0).scaleMax().subtract(BigDecimal.ONE).doubleValue());
      assertThat(sheet.getRow(row).getCell(total).getNumericCellValue()).isPositive();
      assertThat(text(sheet, row, total + 1)).isEqualTo(CommendationLevel.BLOC_CERTIFICATE.label());
      assertThat(text(sheet, row, total + 2)).isEqualTo(CommendationLevel.BLOC_CERTIFICATE.label());
      assertThat(text(sheet, row, total + 3)).contains("Nhân rộng");
      assertThat(text(sheet, row + 1, 1)).isEqualTo("Chi bộ Báo Trà Vinh");
      assertThat(text(sheet, row + 1, total + 3)).isEqualTo(ReportStatus.MISSING.label());
      assertThat(text(sheet, row + 2, 2)).as("the report never sent is not listed").isEmpty();
    }
    assertThat(get("btv.bithu", DocumentLinks.commendations(YEAR)).status()).isEqualTo(200);
    assertThat(get("admin", DocumentLinks.commendations(YEAR)).status()).isEqualTo(200);
  }

  @Test
  void aUnitIsRefusedTheCommendationList() throws IOException {
    for (String user : List.of("stc.bithu", "stc-vp.bithu")) {
      Response refused = get(user, DocumentLinks.commendations(YEAR));
      assertThat(refused.status()).as(user).isEqualTo(403);
      assertThat(refused.json().get("type").asText()).isEqualTo("Forbidden");
    }
  }

  // ------------------------------------------------------------------ helpers

  record Response(int status, byte[] body, String contentType, String disposition) {
    JsonNode json() throws IOException {
      return JSON.readTree(new String(body, StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
      return status + " " + (contentType.startsWith("application/json") ? new String(body, StandardCharsets.UTF_8) : contentType);
    }
  }

  private Response get(String user, String path) {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
        .build();
    try {
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      return new Response(response.statusCode(), response.body(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.headers().firstValue("Content-Disposition").orElse(""));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String docxText(byte[] docx) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx)); XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
      return extractor.getText();
    }
  }

  private static String text(XSSFSheet sheet, int row, int col) {
    Row r = sheet.getRow(row);
    return r == null || r.getCell(col) == null ? "" : FORMAT.formatCellValue(r.getCell(col));
  }
}
