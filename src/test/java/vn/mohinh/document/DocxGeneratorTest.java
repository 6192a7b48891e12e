package vn.mohinh.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import vn.mohinh.organization.UnitKind;

/** Opens the generated mẫu 01 and mẫu 03 with POI and checks them against Hướng dẫn 36-HD/VPTW and the input. */
class DocxGeneratorTest {

  @Test
  void planHeaderIsLaidOutAsAPartyDocument() throws IOException {
    try (XWPFDocument doc = open(new PlanDocxGenerator(DocxOptions.DEFAULT).generate(Samples.plan()))) {
      XWPFTable header = doc.getTables().get(0);
      assertBorderless(header);
      XWPFTableCell issuer = header.getRow(0).getCell(0);
      XWPFParagraph superior = issuer.getParagraphs().get(0);
      assertThat(superior.getText()).isEqualTo("ĐẢNG BỘ SỞ TÀI CHÍNH");
      assertRuns(superior, 13, false, false, false);
      XWPFParagraph unit = issuer.getParagraphs().get(1);
      assertThat(unit.getText()).isEqualTo("CHI BỘ VĂN PHÒNG");
      assertRuns(unit, 14, true, false, false);
      assertThat(issuer.getParagraphs().get(2).getText()).isEqualTo("*");

      XWPFParagraph party = header.getRow(0).getCell(1).getParagraphs().get(0);
      assertThat(party.getText()).isEqualTo("ĐẢNG CỘNG SẢN VIỆT NAM");
      assertRuns(party, 15, true, false, true);
      assertThat(party.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);

      XWPFParagraph number = header.getRow(1).getCell(0).getParagraphs().get(0);
      assertThat(number.getText()).isEqualTo("Số 12-KH/CB");
      XWPFParagraph date = header.getRow(1).getCell(1).getParagraphs().get(0);
      assertThat(date.getText()).isEqualTo("Trà Vinh, ngày 05 tháng 02 năm 2026");
      assertRuns(date, 14, false, true, false);

      List<XWPFParagraph> body = doc.getParagraphs();
      XWPFParagraph type = body.stream().filter(p -> p.getText().equals("KẾ HOẠCH")).findFirst().orElseThrow();
      assertRuns(type, 16, true, false, false);
      assertThat(type.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
      assertThat(texts(doc)).containsSubsequence(
          "KẾ HOẠCH",
          "thực hiện mô hình “Giải pháp tiết kiệm, chống lãng phí trong sử dụng văn phòng phẩm”",
          "trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh");
    }
  }

  @Test
  void planHasEverySectionOfTheTemplateFilledWithWhatTheUnitEntered() throws IOException {
    try (XWPFDocument doc = open(new PlanDocxGenerator(DocxOptions.DEFAULT).generate(Samples.plan()))) {
      List<String> texts = texts(doc);
      assertThat(texts).containsSubsequence(
          "Thực hiện Kế hoạch số 43-KH/ĐUK của Ban Thường vụ Đảng ủy Khối, Chi bộ Văn phòng xây dựng kế hoạch như sau:",
          "Nhóm mô hình: Nhóm mô hình học tập và làm theo Bác về thực hành tiết kiệm",
          "Loại mô hình: Mô hình mới",
          "Thời gian thực hiện: Từ tháng 02/2026 đến tháng 12/2026",
          "I- ĐẶC ĐIỂM TÌNH HÌNH",
          "Đặc điểm tình hình của Chi bộ Văn phòng Sở Tài chính tỉnh Trà Vinh: 12 đảng viên.",
          "Chi bộ lãnh đạo công tác hành chính, quản trị, văn thư của Sở.",
          "- Thuận lợi: Chi ủy đoàn kết, đảng viên gương mẫu.",
          "- Khó khăn: Khối lượng công việc lớn;",
          "chi phí văn phòng phẩm năm 2025 còn cao.",
          "II- MỤC ĐÍCH, YÊU CẦU",
          "1. Mục đích",
          "Thực hành tiết kiệm theo lời dạy của Bác: “Tiết kiệm là quốc sách”.",
          "2. Yêu cầu",
          "Mỗi đảng viên đăng ký ít nhất một việc làm cụ thể.",
          "III- NỘI DUNG",
          "1. Nội dung học tập Bác của mô hình",
          "Tư tưởng Hồ Chí Minh về cần, kiệm, liêm, chính, chí công vô tư.",
          "2. Sự cần thiết xây dựng mô hình",
          "Chi phí văn phòng phẩm năm 2025 tăng 18% so với năm 2024.",
          "3. Phương pháp triển khai xây dựng và thực hiện mô hình",
          "Bước 1: quán triệt trong chi bộ (tháng 02/2026).",
          "Bước 2: số hóa văn bản, dùng văn bản điện tử.",
          "Bước 3: sơ kết 6 tháng.",
          "4. Hiệu quả mô hình",
          "Giảm ít nhất 30% chi phí giấy in so với năm 2025.",
          "5. Tính khả thi nhân rộng mô hình",
          "Có thể nhân rộng ra các chi bộ của Đảng bộ Sở Tài chính.",
          "IV- TỔ CHỨC THỰC HIỆN",
          "Chi ủy phân công đồng chí Phó Bí thư theo dõi; văn phòng tổng hợp số liệu hằng quý.");
      XWPFParagraph section = paragraph(doc, "I- ĐẶC ĐIỂM TÌNH HÌNH");
      assertRuns(section, 14, true, false, false);
      XWPFParagraph text = paragraph(doc, "Giảm ít nhất 30% chi phí giấy in so với năm 2025.");
      assertRuns(text, 14, false, false, false);
      assertThat(text.getAlignment()).isEqualTo(ParagraphAlignment.BOTH);
      assertThat(text.getFirstLineIndent()).isPositive();
    }
  }

  @Test
  void closingHasRecipientsAndTheSignatureBlock() throws IOException {
    try (XWPFDocument doc = open(new PlanDocxGenerator(DocxOptions.DEFAULT).generate(Samples.plan()))) {
      XWPFTable closing = doc.getTables().get(doc.getTables().size() - 1);
      assertBorderless(closing);
      List<XWPFParagraph> left = closing.getRow(0).getCell(0).getParagraphs();
      assertThat(left.get(0).getText()).isEqualTo("Nơi nhận:");
      assertRuns(left.get(0), 12, true, true, false);
      assertThat(left.subList(1, left.size()).stream().map(XWPFParagraph::getText))
          .containsExactly("- Đảng ủy Sở Tài chính (báo cáo),", "- Các đồng chí chi ủy viên,", "- Lưu.");
      assertRuns(left.get(1), 11, false, false, false);
      List<String> right = closing.getRow(0).getCell(1).getParagraphs().stream()
          .map(XWPFParagraph::getText).filter(t -> !t.isBlank()).toList();
      assertThat(right).containsExactly("T/M CHI BỘ", "BÍ THƯ", "Nguyễn Thị Hồng Nhung");
      for (XWPFParagraph p : closing.getRow(0).getCell(1).getParagraphs()) {
        if (!p.getText().isBlank()) {
          assertRuns(p, 14, true, false, false);
        }
      }
    }
  }

  @Test
  void pageIsA4WithTheConfiguredMarginsAndTimesNewRomanThroughout() throws IOException {
    try (XWPFDocument doc = open(new PlanDocxGenerator(DocxOptions.DEFAULT).generate(Samples.plan()))) {
      CTPageSz size = doc.getDocument().getBody().getSectPr().getPgSz();
      assertThat(((BigInteger) size.getW()).intValue()).isEqualTo(11906);
      assertThat(((BigInteger) size.getH()).intValue()).isEqualTo(16838);
      CTPageMar margins = doc.getDocument().getBody().getSectPr().getPgMar();
      assertThat(twips(margins.getTop())).isEqualTo(1134);    // 20 mm
      assertThat(twips(margins.getBottom())).isEqualTo(1134); // 20 mm
      assertThat(twips(margins.getLeft())).isEqualTo(1701);   // 30 mm
      assertThat(twips(margins.getRight())).isEqualTo(850);   // 15 mm
      List<XWPFRun> runs = allRuns(doc);
      assertThat(runs).hasSizeGreaterThan(50);
      for (XWPFRun run : runs) {
        for (FontCharRange range : FontCharRange.values()) {
          {
            assertThat(run.getFontFamily(range)).as("font of '%s' (%s)", run.text(), range).isEqualTo("Times New Roman");
          }
        }
      }
    }

    PageMargins custom = new PageMargins(25, 20, 35, 20);
    try (XWPFDocument doc = open(new PlanDocxGenerator(new DocxOptions(custom, "-----")).generate(Samples.plan()))) {
      CTPageMar margins = doc.getDocument().getBody().getSectPr().getPgMar();
      assertThat(twips(margins.getTop())).isEqualTo(1417);
      assertThat(twips(margins.getLeft())).isEqualTo(1984);
      assertThat(twips(margins.getRight())).isEqualTo(1134);
      assertThat(doc.getTables().get(0).getRow(0).getCell(0).getParagraphs().get(2).getText()).isEqualTo("-----");
    }
  }

  @Test
  void reportHasEverySectionOfMau03() throws IOException {
    try (XWPFDocument doc = open(new ReportDocxGenerator(DocxOptions.DEFAULT).generate(Samples.report()))) {
      XWPFTable header = doc.getTables().get(0);
      assertThat(header.getRow(0).getCell(0).getParagraphs().get(0).getText())
          .isEqualTo("ĐẢNG BỘ KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH");
      assertThat(header.getRow(0).getCell(0).getParagraphs().get(1).getText()).isEqualTo("ĐẢNG ỦY SỞ TÀI CHÍNH");
      assertThat(header.getRow(1).getCell(0).getText()).isEqualTo("Số 07-BC/ĐU");
      assertThat(header.getRow(1).getCell(1).getText()).isEqualTo("Trà Vinh, ngày 01 tháng 12 năm 2026");
      assertRuns(header.getRow(0).getCell(1).getParagraphs().get(0), 15, true, false, true);

      List<String> texts = texts(doc);
      assertThat(texts).containsSubsequence(
          "BÁO CÁO",
          "kết quả thực hiện mô hình “Sửa đổi lối làm việc, cải cách hành chính”",
          "trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
          "I- ĐẶC ĐIỂM TÌNH HÌNH",
          "Đặc điểm tình hình của Đảng bộ Sở Tài chính tỉnh Trà Vinh trước khi xây dựng mô hình.",
          "- Sự cần thiết phải xây dựng mô hình: Thủ tục thẩm tra quyết toán còn kéo dài.",
          "II- KẾT QUẢ ĐẠT ĐƯỢC",
          "1. Công tác lãnh đạo, chỉ đạo xây dựng và triển khai thực hiện mô hình",
          "- Văn bản có liên quan: Kế hoạch số 43-KH/ĐUK; Chỉ thị 05-CT/TW.",
          "- Nội dung cơ bản của mô hình: Cải cách thủ tục hành chính, thái độ phục vụ nhân dân.",
          "- Sự lãnh đạo, chỉ đạo của cấp ủy, lãnh đạo cơ quan, đơn vị: Đảng ủy ban hành nghị quyết chuyên đề;",
          "phân công cấp ủy viên phụ trách.",
          "2. Kết quả thực hiện mô hình",
          "- Sáng kiến, cách làm hay, giải pháp thiết thực: Tiếp nhận hồ sơ trực tuyến 100%.",
          "- Hiệu quả thiết thực: Thời gian giải quyết hồ sơ giảm từ 15 ngày (năm 2025) xuống 7 ngày (năm 2026).",
          "- Kinh nghiệm rút ra: Cấp ủy phải gương mẫu, nói đi đôi với làm.",
          "3. Tính khả thi nhân rộng mô hình trong thời gian tới",
          "- Phạm vi, đối tượng nhân rộng: Các phòng chuyên môn của Sở.",
          "- Sự lãnh đạo, chỉ đạo, phối hợp trong việc nhân rộng: Phối hợp với Công đoàn và Đoàn Thanh niên.",
          "III- HƯỚNG TỚI",
          "Tiếp tục duy trì, nâng cao chất lượng mô hình trong năm 2027.");
      // "Những hạn chế (nếu có)" was left empty: not printed
      assertThat(texts).noneMatch(t -> t.contains("hạn chế cần khắc phục"));
      XWPFTable closing = doc.getTables().get(doc.getTables().size() - 1);
      assertThat(closing.getRow(0).getCell(1).getText()).contains("T/M ĐẢNG ỦY", "BÍ THƯ", "Trần Văn Đức");
      assertThat(closing.getRow(0).getCell(0).getText())
          .contains("Nơi nhận:", "- Đảng ủy Khối (báo cáo),", "- Ban Tuyên giáo Đảng ủy Khối,", "- Lưu.");
    }
  }

  @Test
  void draftsBaseCellsAndEntriesTypedInDecomposedUnicode() throws IOException {
    // A base cell under the bloc, a plan not numbered yet, text typed with combining diacritics.
    String decomposed = java.text.Normalizer.normalize("Đặc điểm tình hình ở Trà Vinh", java.text.Normalizer.Form.NFD);
    Issuer baseCell = Issuer.ofUnit(Samples.SUPERIOR, "Chi bộ Ban Tuyên giáo", UnitKind.BASE_CELL, "", "Vĩnh Long");
    PlanDocument plan = new PlanDocument(
        new DocumentHead(baseCell, DocumentNumber.draft(DocumentType.PLAN, "CB"), LocalDate.of(2026, 1, 9), List.of()),
        2026, "Nêu gương\u0000 của đảng viên", "", true, "", null,
        decomposed, null, null, null, null, null, null, null, null, null, null);
    try (XWPFDocument doc = open(new PlanDocxGenerator(null).generate(plan))) {
      XWPFTable header = doc.getTables().get(0);
      assertThat(header.getRow(1).getCell(0).getText()).isEqualTo("Số      -KH/CB");
      assertThat(header.getRow(1).getCell(1).getText()).isEqualTo("Vĩnh Long, ngày 09 tháng 01 năm 2026");
      List<String> texts = texts(doc);
      assertThat(texts).contains("Đặc điểm tình hình ở Trà Vinh", "thực hiện mô hình “Nêu gương của đảng viên”",
          "Loại mô hình: Mô hình đang triển khai thực hiện");
      // every heading of the template is there even where nothing was entered
      assertThat(texts).contains("II- MỤC ĐÍCH, YÊU CẦU", "5. Tính khả thi nhân rộng mô hình", "IV- TỔ CHỨC THỰC HIỆN");
      // purpose and requirements as one entry: no empty "2. Yêu cầu"
      assertThat(texts).doesNotContain("2. Yêu cầu");
      XWPFTable closing = doc.getTables().get(doc.getTables().size() - 1);
      assertThat(closing.getRow(0).getCell(0).getText()).contains("Nơi nhận:", "- Lưu.");
      assertThat(closing.getRow(0).getCell(1).getText()).contains("T/M CHI BỘ", "BÍ THƯ");
    }
  }

  // --- helpers

  static XWPFDocument open(byte[] bytes) throws IOException {
    return new XWPFDocument(new ByteArrayInputStream(bytes));
  }

  /** The texts of the body paragraphs and of the paragraphs in table cells, in document order. */
  static List<String> texts(XWPFDocument doc) {
    List<String> texts = new ArrayList<>();
    for (IBodyElement element : doc.getBodyElements()) {
      if (element instanceof XWPFParagraph p) {
        texts.add(p.getText());
      } else if (element instanceof XWPFTable t) {
        t.getRows().forEach(r -> r.getTableCells().forEach(c -> c.getParagraphs().forEach(p -> texts.add(p.getText()))));
      }
    }
    return texts;
  }

  static XWPFParagraph paragraph(XWPFDocument doc, String text) {
    return doc.getParagraphs().stream().filter(p -> p.getText().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("No paragraph '" + text + "' in "
            + doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining(" | "))));
  }

  static List<XWPFRun> allRuns(XWPFDocument doc) {
    List<XWPFRun> runs = new ArrayList<>();
    doc.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
    doc.getTables().forEach(t -> t.getRows().forEach(r -> r.getTableCells()
        .forEach(c -> c.getParagraphs().forEach(p -> runs.addAll(p.getRuns())))));
    doc.getHeaderList().forEach(h -> h.getParagraphs().forEach(p -> runs.addAll(p.getRuns())));
    return runs;
  }

  static void assertRuns(XWPFParagraph p, double size, boolean bold, boolean italic, boolean underline) {
    List<XWPFRun> runs = p.getRuns().stream().filter(r -> !r.text().isEmpty()).toList();
    assertThat(runs).as("runs of '%s'", p.getText()).isNotEmpty();
    for (XWPFRun r : runs) {
      assertThat(r.getFontFamily(FontCharRange.ascii)).isEqualTo("Times New Roman");
      assertThat(r.getFontFamily(FontCharRange.hAnsi)).isEqualTo("Times New Roman");
      assertThat(r.getFontFamily(FontCharRange.cs)).isEqualTo("Times New Roman");
      assertThat(r.getFontFamily(FontCharRange.eastAsia)).isEqualTo("Times New Roman");
      assertThat(r.getFontSizeAsDouble()).as("size of '%s'", r.text()).isEqualTo(size);
      if (!r.text().isBlank() && !r.text().equals("- ")) {
        assertThat(r.isBold()).as("bold of '%s'", r.text()).isEqualTo(bold);
        assertThat(r.isItalic()).as("italic of '%s'", r.text()).isEqualTo(italic);
      }
      assertThat(r.getUnderline()).as("underline of '%s'", r.text())
          .isEqualTo(underline ? UnderlinePatterns.SINGLE : UnderlinePatterns.NONE);
    }
  }

  static void assertBorderless(XWPFTable table) {
    assertThat(table.getTopBorderType()).isNull();
    assertThat(table.getInsideVBorderType()).isNull();
  }

  private static int twips(Object value) {
    return ((BigInteger) value).intValue();
  }
}
