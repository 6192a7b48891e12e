package vn.mohinh.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellType;
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
import vn.mohinh.registration.Initiative;
import vn.mohinh.registration.InitiativeRepository;
import vn.mohinh.registration.InitiativeStatus;
import vn.mohinh.registration.PlanContent;
import vn.mohinh.registration.Submission;
import vn.mohinh.registration.SubmissionRepository;

/**
 * The download endpoints on the demo bloc: the generators' inputs come from the domain tables, the
 * files open with POI, a plan keeps its number, and only the right people get each document.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DocumentDownloadTest {

  /** A year no other test uses: its models, submissions and numbers are this test's alone. */
  private static final int YEAR = 2043;
  private static final int TERM = 2040;
  private static final String PASSWORD = "MoHinh@2026";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DataFormatter FORMAT = new DataFormatter();
  /** 10 February 2043, 10:00 in Trà Vinh. */
  private static final Instant SUBMITTED = Instant.parse("2043-02-10T03:00:00Z");

  @LocalServerPort int port;
  @Autowired InitiativeRepository initiatives;
  @Autowired SubmissionRepository submissions;
  @Autowired JdbcClient jdbc;

  private final HttpClient http = HttpClient.newHttpClient();
  private final List<String> created = new ArrayList<>();
  private String vpPlan;
  private String nsPlan;
  private String formulaPlan;
  private String ownPlan;
  private String draft;

  @BeforeEach
  void registerModels() {
    ownPlan = model("stc", "stc", 1, "Đảng bộ tiết kiệm, chống lãng phí", false, InitiativeStatus.APPROVED);
    vpPlan = model("stc-vp", "stc", 1, "Văn phòng không giấy – số hóa hồ sơ", true, InitiativeStatus.APPROVED);
    formulaPlan = model("stc-th", "stc", 1, "=HYPERLINK(\"http://x.example\",\"bấm\")", false, InitiativeStatus.APPROVED);
    nsPlan = model("stc-ns", "stc", 1, "Giải ngân đúng hạn", false, InitiativeStatus.SUBMITTED);
    model("cbbtv", "cbbtv", 1, "Báo chí nêu gương", false, InitiativeStatus.ACCEPTED);
    draft = UUID.randomUUID().toString();
    initiatives.insertDraft(new Initiative(draft, YEAR, "stc-gcs", "stc", 1, InitiativeStatus.DRAFT, null, null, null, null,
        null, null, null, 0, null, null, SUBMITTED, null, null, null, null));
    created.add(draft);
    submissions.insert(new Submission(UUID.randomUUID().toString(), YEAR, "stc", 1, Submission.Status.SUBMITTED,
        Instant.parse("2043-02-24T09:30:00Z"), "stc.bithu", null, null, null));
  }

  @AfterEach
  void removeModels() {
    jdbc.sql("delete from mh_document_number where doc_year = ?").param(YEAR).update();
    jdbc.sql("delete from mh_document_counter where term_start = ?").param(TERM).update();
    jdbc.sql("delete from mh_submission where cycle_year = ?").param(YEAR).update();
    jdbc.sql("delete from mh_initiative_plan where initiative_id in (select id from mh_initiative where cycle_year = ?)").param(YEAR).update();
    jdbc.sql("delete from mh_initiative where cycle_year = ?").param(YEAR).update();
  }

  private String model(String unit, String baseUnit, int seq, String name, boolean continuing, InitiativeStatus status) {
    String id = UUID.randomUUID().toString();
    initiatives.insertDraft(new Initiative(id, YEAR, unit, baseUnit, seq, InitiativeStatus.DRAFT, null, null, null, null,
        null, null, null, 0, null, null, SUBMITTED, null, null, null, null));
    initiatives.submit(id, content(name, continuing), "Cải cách thủ tục hành chính, hết lòng phụng sự Tổ quốc, phục vụ nhân dân",
        null, InitiativeStatus.SUBMITTED, SUBMITTED, unit + ".bithu");
    if (status != InitiativeStatus.SUBMITTED) {
      initiatives.decide(id, status, SUBMITTED.plusSeconds(3600), "stc.bithu");
    }
    created.add(id);
    return id;
  }

  private static PlanContent content(String name, boolean continuing) {
    return new PlanContent(
        name, "ADMINISTRATIVE_REFORM", continuing, "Từ tháng 02/2043 đến tháng 12/2043",
        "Chi bộ có 12 đảng viên.\nLãnh đạo công tác văn thư của Sở.",
        "Chi ủy đoàn kết.", "Khối lượng công việc lớn.", "Giảm 50% giấy tờ in ấn.",
        "Tư tưởng Hồ Chí Minh về thực hành tiết kiệm.", "Chi phí văn phòng phẩm còn cao.",
        "Số hóa hồ sơ, ký số văn bản.", "Tiết kiệm 30 triệu đồng mỗi năm.", "Áp dụng được ở các chi bộ khác.",
        "Chi ủy phân công đảng viên phụ trách.");
  }

  // ------------------------------------------------------------------ mẫu 01

  @Test
  void theUnitDownloadsItsPlanNumberedDatedAndFilledFromTheTables() throws IOException {
    Response r = get("stc-vp.bithu", DocumentLinks.plan(vpPlan));
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    assertThat(r.contentType()).isEqualTo(DocumentFiles.DOCX.toString());
    assertThat(r.disposition()).startsWith("attachment;").contains("filename*=UTF-8''");
    String text = docxText(r.body());
    assertThat(text).contains(
        "ĐẢNG BỘ SỞ TÀI CHÍNH", "CHI BỘ VĂN PHÒNG", "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Số 01-KH/CB", "Trà Vinh, ngày 10 tháng 02 năm 2043",
        "KẾ HOẠCH", "“Văn phòng không giấy – số hóa hồ sơ”",
        "Cải cách thủ tục hành chính, hết lòng phụng sự Tổ quốc, phục vụ nhân dân",
        "Mô hình đang triển khai thực hiện", "Từ tháng 02/2043 đến tháng 12/2043",
        "Chi bộ có 12 đảng viên.", "Lãnh đạo công tác văn thư của Sở.", "Chi ủy đoàn kết.", "Khối lượng công việc lớn.",
        "Giảm 50% giấy tờ in ấn.", "Tư tưởng Hồ Chí Minh về thực hành tiết kiệm.", "Chi phí văn phòng phẩm còn cao.",
        "Số hóa hồ sơ, ký số văn bản.", "Tiết kiệm 30 triệu đồng mỗi năm.", "Áp dụng được ở các chi bộ khác.",
        "Chi ủy phân công đảng viên phụ trách.", "T/M CHI BỘ", "BÍ THƯ", "Nguyễn Tấn Sang",
        "Đảng ủy Sở Tài chính (báo cáo)");
  }

  @Test
  void aPlanKeepsItsNumberAndDateAndTheNextPlanOfTheUnitGetsTheNextNumber() throws IOException {
    assertThat(docxText(get("stc-vp.bithu", DocumentLinks.plan(vpPlan)).body())).contains("Số 01-KH/CB");
    // Downloaded again, by the committee, weeks later: the same number and date.
    jdbc.sql("update mh_initiative set submitted_at = ? where id = ?")
        .params(java.sql.Timestamp.from(Instant.parse("2043-03-20T03:00:00Z")), vpPlan).update();
    Response again = get("stc.bithu", DocumentLinks.plan(vpPlan));
    assertThat(again.status()).isEqualTo(200);
    assertThat(docxText(again.body())).contains("Số 01-KH/CB", "Trà Vinh, ngày 10 tháng 02 năm 2043");
    // The unit's next plan: the next number of the unit's KH in the term.
    String second = model("stc-vp", "stc", 2, "Ngày thứ bảy tình nguyện", false, InitiativeStatus.APPROVED);
    Response next = get("stc-vp.bithu", DocumentLinks.plan(second));
    assertThat(next.disposition()).contains("%282%29.docx"); // "(2)": the unit's second model
    assertThat(docxText(next.body())).contains("Số 02-KH/CB");
    // The committee's own plan: its own counter, signed for the đảng ủy.
    assertThat(docxText(get("stc.bithu", DocumentLinks.plan(ownPlan)).body()))
        .contains("ĐẢNG ỦY SỞ TÀI CHÍNH", "Số 01-KH/ĐU", "T/M ĐẢNG ỦY", "Đảng ủy Khối (báo cáo)");
    assertThat(jdbc.sql("select count(*) from mh_document_number where doc_year = ?").param(YEAR).query(Integer.class).single())
        .isEqualTo(3);
  }

  @Test
  void theCommitteeReadsItsCellsPlansAnotherUnitIsRefused() throws IOException {
    assertThat(get("stc.bithu", DocumentLinks.plan(nsPlan)).status()).isEqualTo(200);
    assertThat(get("btg.truongban", DocumentLinks.plan(nsPlan)).status()).isEqualTo(200);
    assertThat(get("admin", DocumentLinks.plan(nsPlan)).status()).isEqualTo(200);

    Response other = get("bvdk-noi.bithu", DocumentLinks.plan(vpPlan));
    assertThat(other.status()).isEqualTo(403);
    assertThat(other.contentType()).startsWith("application/json");
    assertThat(other.json().get("type").asText()).isEqualTo("Forbidden");
    assertThat(other.json().get("message").asText()).isEqualTo("Đồng chí không có quyền tải văn bản của đơn vị này.");
    assertThat(get("stc-ns.bithu", DocumentLinks.plan(vpPlan)).status()).as("a sister cell").isEqualTo(403);
    assertThat(get("stc-vp.bithu", DocumentLinks.plan(ownPlan)).status()).as("a cell, its committee's plan").isEqualTo(403);
    // Refused downloads number nothing.
    assertThat(jdbc.sql("select count(*) from mh_document_number where subject_id in (?, ?)").params(vpPlan, ownPlan)
        .query(Integer.class).single()).isZero();
  }

  @Test
  void unknownPlansAndPlansNotSubmittedAreAnsweredInJson() throws IOException {
    Response unknown = get("admin", DocumentLinks.plan(UUID.randomUUID().toString()));
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.json().get("type").asText()).isEqualTo("NotFound");
    assertThat(unknown.json().get("message").asText()).isEqualTo("Không tìm thấy mô hình.");
    Response notWritten = get("stc.bithu", DocumentLinks.plan(draft));
    assertThat(notWritten.status()).isEqualTo(409);
    assertThat(notWritten.json().get("type").asText()).isEqualTo("NotReady");
    assertThat(get("admin", "/api/documents/bloc-summary/abc.xlsx").status()).isEqualTo(404);
    assertThat(get("admin", "/api/documents/bloc-summary/1800.xlsx").json().get("type").asText()).isEqualTo("NotFound");
  }

  @Test
  void anonymousAndWrongPasswordsGet401() throws IOException, InterruptedException {
    HttpResponse<String> anonymous = http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + DocumentLinks.plan(vpPlan))).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.body()).contains("Unauthenticated");
    // (a demo user with a wrong password would be locked for a few seconds: Camunda's login delay)
    assertThat(get("khong-co.nguoi-nay", "wrong", DocumentLinks.blocSummary(YEAR)).status()).isEqualTo(401);
    assertThat(jdbc.sql("select count(*) from mh_document_number where subject_id = ?").param(vpPlan).query(Integer.class).single())
        .isZero();
  }

  // ------------------------------------------------------------------ mẫu 02

  @Test
  void mau02HoldsTheApprovedPlansOfTheCommitteeAndAFormulaLookingNameIsText() throws IOException {
    Response r = get("stc.bithu", DocumentLinks.summary(YEAR, "stc"));
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    assertThat(r.contentType()).isEqualTo(DocumentFiles.XLSX.toString());
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
      XSSFSheet sheet = wb.getSheet(SummaryXlsxGenerator.SHEET);
      assertThat(text(sheet, 1, 0)).isEqualTo("ĐẢNG ỦY SỞ TÀI CHÍNH");
      assertThat(text(sheet, 2, 3)).isEqualTo("Trà Vinh, ngày 24 tháng 02 năm 2043");
      assertThat(text(sheet, 5, 0)).endsWith("năm 2043");
      List<List<String>> rows = new ArrayList<>();
      for (int i = SummaryXlsxGenerator.FIRST_DATA_ROW; i < SummaryXlsxGenerator.FIRST_DATA_ROW + 3; i++) {
        rows.add(List.of(text(sheet, i, 0), text(sheet, i, 1), text(sheet, i, 2), text(sheet, i, 3), text(sheet, i, 4), text(sheet, i, 5)));
      }
      assertThat(rows).containsExactly(
          List.of("1", "Đảng bộ Sở Tài chính", "Đảng bộ tiết kiệm, chống lãng phí", "Từ tháng 02/2043 đến tháng 12/2043", "", "x"),
          List.of("2", "Chi bộ Văn phòng", "Văn phòng không giấy – số hóa hồ sơ", "Từ tháng 02/2043 đến tháng 12/2043", "x", ""),
          List.of("3", "Chi bộ Phòng Tin học và Thống kê", "=HYPERLINK(\"http://x.example\",\"bấm\")", "Từ tháng 02/2043 đến tháng 12/2043", "", "x"));
      assertThat(sheet.getRow(SummaryXlsxGenerator.FIRST_DATA_ROW + 2).getCell(2).getCellType()).isEqualTo(CellType.STRING);
      assertThat(allText(sheet)).doesNotContain("Giải ngân đúng hạn", "Báo chí nêu gương"); // not approved; another base unit
      assertThat(allText(sheet)).contains("T/M ĐẢNG ỦY", "Huỳnh Đức Thắng");
    }
    assertThat(get("btg.truongban", DocumentLinks.summary(YEAR, "stc")).status()).isEqualTo(200);
    assertThat(get("btv.bithu", DocumentLinks.summary(YEAR, "stc")).status()).isEqualTo(200);
  }

  @Test
  void mau02IsTheCommitteesOnly() throws IOException {
    Response cell = get("stc-vp.bithu", DocumentLinks.summary(YEAR, "stc"));
    assertThat(cell.status()).isEqualTo(403);
    assertThat(cell.json().get("type").asText()).isEqualTo("Forbidden");
    assertThat(get("bvdk-noi.bithu", DocumentLinks.summary(YEAR, "stc")).status()).isEqualTo(403);
    Response notACommittee = get("admin", DocumentLinks.summary(YEAR, "stc-vp"));
    assertThat(notACommittee.status()).isEqualTo(404);
    assertThat(notACommittee.json().get("message").asText()).isEqualTo("Không có đảng bộ cơ sở mã “stc-vp”.");
    assertThat(get("admin", DocumentLinks.summary(YEAR, "no-such-unit")).status()).isEqualTo(404);
  }

  // ------------------------------------------------------------------ the bloc

  @Test
  void theReviewerAndTheApproverGetTheBlocSummaryOthersAreRefused() throws IOException {
    for (String user : List.of("btg.truongban", "btv.bithu", "admin")) {
      Response r = get(user, DocumentLinks.blocSummary(YEAR));
      assertThat(r.status()).as(user + ": " + r).isEqualTo(200);
      assertThat(r.disposition()).contains("filename=\"Tong-hop-dang-ky-mo-hinh-toan-Khoi-nam-2043.xlsx\"");
    }
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(get("btg.truongban", DocumentLinks.blocSummary(YEAR)).body()))) {
      XSSFSheet sheet = wb.getSheet(BlocSummaryXlsxGenerator.SHEET);
      assertThat(text(sheet, 1, 0)).isEqualTo("BAN TUYÊN GIÁO ĐẢNG ỦY KHỐI");
      List<List<String>> rows = new ArrayList<>();
      for (int i = BlocSummaryXlsxGenerator.FIRST_DATA_ROW; i <= sheet.getLastRowNum() && !text(sheet, i, 0).isEmpty(); i++) {
        rows.add(List.of(text(sheet, i, 1), text(sheet, i, 2), text(sheet, i, 3), text(sheet, i, 8)));
      }
      // every model written, in the organisation's order, with its base unit and status; not the draft
      assertThat(rows).containsExactly(
          List.of("Đảng bộ Sở Tài chính", "Đảng bộ Sở Tài chính", "Đảng bộ tiết kiệm, chống lãng phí", InitiativeStatus.APPROVED.label()),
          List.of("Đảng bộ Sở Tài chính", "Chi bộ Văn phòng", "Văn phòng không giấy – số hóa hồ sơ", InitiativeStatus.APPROVED.label()),
          List.of("Đảng bộ Sở Tài chính", "Chi bộ Phòng Quản lý ngân sách", "Giải ngân đúng hạn", InitiativeStatus.SUBMITTED.label()),
          List.of("Đảng bộ Sở Tài chính", "Chi bộ Phòng Tin học và Thống kê", "=HYPERLINK(\"http://x.example\",\"bấm\")", InitiativeStatus.APPROVED.label()),
          List.of("Chi bộ Báo Trà Vinh", "Chi bộ Báo Trà Vinh", "Báo chí nêu gương", InitiativeStatus.ACCEPTED.label()))
          .hasSize(5);
      assertThat(text(sheet, BlocSummaryXlsxGenerator.FIRST_DATA_ROW, 4))
          .isEqualTo("Cải cách thủ tục hành chính, hết lòng phụng sự Tổ quốc, phục vụ nhân dân");

      XSSFSheet missing = wb.getSheet(BlocSummaryXlsxGenerator.MISSING_SHEET);
      List<String> units = new ArrayList<>();
      List<String> notes = new ArrayList<>();
      for (int i = BlocSummaryXlsxGenerator.MISSING_HEADER_ROW + 1; i <= missing.getLastRowNum(); i++) {
        units.add(text(missing, i, 2));
        notes.add(text(missing, i, 2) + " | " + text(missing, i, 3) + " | " + text(missing, i, 4));
      }
      // every registering unit but the one accepted base cell
      assertThat(units).hasSize(57).doesNotContain("Chi bộ Báo Trà Vinh");
      assertThat(notes).contains(
          "Chi bộ Văn phòng | Chi bộ trực thuộc | " + InitiativeStatus.APPROVED.label(),
          "Chi bộ Phòng Quản lý giá và công sản | Chi bộ trực thuộc | " + InitiativeStatus.DRAFT.label(),
          "Đảng bộ Sở Tài chính | Đảng bộ cơ sở | " + InitiativeStatus.APPROVED.label());
      assertThat(notes).anyMatch(n -> n.endsWith("| Chưa bắt đầu đăng ký"));
    }
    for (String user : List.of("stc.bithu", "stc-vp.bithu", "cbbtv.bithu")) {
      Response refused = get(user, DocumentLinks.blocSummary(YEAR));
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
    return get(user, PASSWORD, path);
  }

  private Response get(String user, String password, String path) {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
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

  private static String allText(XSSFSheet sheet) {
    StringBuilder out = new StringBuilder();
    sheet.forEach(row -> row.forEach(cell -> out.append(FORMAT.formatCellValue(cell)).append('\n')));
    return out.toString();
  }
}
