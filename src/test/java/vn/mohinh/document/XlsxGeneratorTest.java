package vn.mohinh.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Opens the generated workbooks with POI: header block, table rows, text never a formula, print setup. */
class XlsxGeneratorTest {

  static final DataFormatter FORMAT = new DataFormatter();

  @Test
  void mau02HasTheHeaderBlockOfTheTemplate() throws IOException {
    try (XSSFWorkbook wb = open(new SummaryXlsxGenerator().generate(Samples.summary()))) {
      XSSFSheet sheet = wb.getSheet(SummaryXlsxGenerator.SHEET);
      assertThat(text(sheet, 0, 0)).isEqualTo("ĐẢNG BỘ KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH");
      assertFont(sheet, 0, 0, 13, false, false, false);
      assertThat(text(sheet, 1, 0)).isEqualTo("ĐẢNG ỦY SỞ TÀI CHÍNH");
      assertFont(sheet, 1, 0, 14, true, false, false);
      assertThat(text(sheet, 0, 3)).isEqualTo("ĐẢNG CỘNG SẢN VIỆT NAM");
      assertFont(sheet, 0, 3, 15, true, false, true);
      assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(0, 0, 3, 5), new CellRangeAddress(0, 0, 0, 2));
      assertThat(text(sheet, 2, 3)).isEqualTo("Trà Vinh, ngày 20 tháng 02 năm 2026");
      assertFont(sheet, 2, 3, 14, false, true, false);
      assertThat(text(sheet, 4, 0)).isEqualTo("BẢNG TỔNG HỢP");
      assertFont(sheet, 4, 0, 14, true, false, false);
      assertThat(text(sheet, 5, 0)).isEqualTo("kết quả đăng ký xây dựng mô hình học tập và làm theo Bác năm 2026");

      int h = SummaryXlsxGenerator.TABLE_HEADER_ROW;
      assertThat(List.of(text(sheet, h, 0), text(sheet, h, 1), text(sheet, h, 2), text(sheet, h, 3), text(sheet, h, 4)))
          .containsExactly("TT", "Tên chi bộ thực hiện", "Tên mô hình", "Thời gian thực hiện", "Ghi chú");
      assertThat(List.of(text(sheet, h + 1, 4), text(sheet, h + 1, 5)))
          .containsExactly("Mô hình đang triển khai thực hiện", "Mô hình mới");
      assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(h, h, 4, 5), new CellRangeAddress(h, h + 1, 0, 0));
    }
  }

  @Test
  void mau02RowsMatchTheInputRows() throws IOException {
    SummaryTable input = Samples.summary();
    try (XSSFWorkbook wb = open(new SummaryXlsxGenerator().generate(input))) {
      XSSFSheet sheet = wb.getSheet(SummaryXlsxGenerator.SHEET);
      int r = SummaryXlsxGenerator.FIRST_DATA_ROW;
      for (int i = 0; i < input.rows().size(); i++, r++) {
        SummaryTable.Row row = input.rows().get(i);
        assertThat(sheet.getRow(r).getCell(0).getNumericCellValue()).isEqualTo(i + 1);
        assertThat(text(sheet, r, 1)).isEqualTo(row.cellName());
        assertThat(text(sheet, r, 2)).isEqualTo(row.modelName());
        assertThat(text(sheet, r, 3)).isEqualTo(row.implementationPeriod());
        assertThat(text(sheet, r, 4)).isEqualTo(row.continuing() ? "x" : "");
        assertThat(text(sheet, r, 5)).isEqualTo(row.continuing() ? "" : "x");
        for (int c = 0; c <= 5; c++) {
          assertThat(sheet.getRow(r).getCell(c).getCellStyle().getBorderTop()).isNotNull();
          assertThat(sheet.getRow(r).getCell(c).getCellStyle().getWrapText()).isTrue();
        }
      }
      // after the table: "Nơi nhận:" left, the signature right
      List<String> after = new ArrayList<>();
      for (int i = r; i <= sheet.getLastRowNum(); i++) {
        Row row = sheet.getRow(i);
        if (row != null) {
          row.forEach(c -> {
            if (!FORMAT.formatCellValue(c).isEmpty()) {
              after.add(FORMAT.formatCellValue(c));
            }
          });
        }
      }
      assertThat(after).containsSubsequence("Nơi nhận:", "- Đảng ủy Khối (báo cáo),", "- Lưu.");
      assertThat(after).containsSubsequence("T/M ĐẢNG ỦY", "BÍ THƯ", "Trần Văn Đức");
    }
  }

  @Test
  void formulaLookingEntriesAreStoredAsText() throws IOException {
    for (byte[] bytes : List.of(
        new SummaryXlsxGenerator().generate(Samples.summary()),
        new BlocSummaryXlsxGenerator().generate(Samples.blocSummary()),
        new CommendationXlsxGenerator().generate(Samples.commendations()))) {
      try (XSSFWorkbook wb = open(bytes)) {
        List<String> risky = new ArrayList<>();
        for (Sheet sheet : wb) {
          for (Row row : sheet) {
            for (Cell cell : row) {
              assertThat(cell.getCellType()).as("cell %s", cell.getAddress()).isNotEqualTo(CellType.FORMULA);
              if (cell.getCellType() == CellType.STRING && PartySheet.looksLikeFormula(cell.getStringCellValue())) {
                risky.add(cell.getStringCellValue());
                assertThat(cell.getCellStyle().getQuotePrefixed()).as("quote prefix of %s", cell.getAddress()).isTrue();
              }
            }
          }
        }
        assertThat(risky).contains(Samples.FORMULA);
      }
    }
    try (XSSFWorkbook wb = open(new SummaryXlsxGenerator().generate(Samples.summary()))) {
      XSSFSheet sheet = wb.getSheet(SummaryXlsxGenerator.SHEET);
      int r = SummaryXlsxGenerator.FIRST_DATA_ROW;
      XSSFCell hyperlink = sheet.getRow(r + 2).getCell(2);
      assertThat(hyperlink.getCellType()).isEqualTo(CellType.STRING);
      assertThat(hyperlink.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\",\"y\")");
      assertThat(sheet.getRow(r + 3).getCell(1).getStringCellValue()).isEqualTo("+1");
      assertThat(sheet.getRow(r + 3).getCell(2).getStringCellValue()).isEqualTo("-2");
      assertThat(sheet.getRow(r + 3).getCell(3).getStringCellValue()).isEqualTo("@SUM(A1)");
      for (int c = 1; c <= 3; c++) {
        assertThat(sheet.getRow(r + 3).getCell(c).getCellType()).isEqualTo(CellType.STRING);
        assertThat(sheet.getRow(r + 3).getCell(c).getCellStyle().getQuotePrefixed()).isTrue();
      }
      // ordinary text is not quote-prefixed
      assertThat(sheet.getRow(r).getCell(1).getCellStyle().getQuotePrefixed()).isFalse();
    }
  }

  @Test
  void everySheetIsA4LandscapeFittedToWidthInTimesNewRoman() throws IOException {
    for (byte[] bytes : List.of(
        new SummaryXlsxGenerator().generate(Samples.summary()),
        new BlocSummaryXlsxGenerator().generate(Samples.blocSummary()),
        new CommendationXlsxGenerator().generate(Samples.commendations()))) {
      try (XSSFWorkbook wb = open(bytes)) {
        for (Sheet sheet : wb) {
          PrintSetup print = sheet.getPrintSetup();
          assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
          assertThat(print.getLandscape()).isTrue();
          assertThat(print.getFitWidth()).isEqualTo((short) 1);
          assertThat(print.getFitHeight()).isEqualTo((short) 0);
          assertThat(sheet.getFitToPage()).isTrue();
          assertThat(sheet.getColumnWidth(1)).isGreaterThan(20 * 256);
        }
        for (int i = 0; i < wb.getNumberOfFonts(); i++) {
          assertThat(wb.getFontAt(i).getFontName()).isEqualTo("Times New Roman");
        }
      }
    }
  }

  @Test
  void blocSummaryAddsUnitGroupAndStatusAndASheetOfUnitsWithoutAModel() throws IOException {
    BlocSummary input = Samples.blocSummary();
    try (XSSFWorkbook wb = open(new BlocSummaryXlsxGenerator().generate(input))) {
      assertThat(wb.getNumberOfSheets()).isEqualTo(2);
      XSSFSheet sheet = wb.getSheet(BlocSummaryXlsxGenerator.SHEET);
      assertThat(text(sheet, 0, 0)).isEqualTo("ĐẢNG BỘ KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH");
      assertThat(text(sheet, 1, 0)).isEqualTo("BAN TUYÊN GIÁO ĐẢNG ỦY KHỐI");
      assertFont(sheet, 0, 4, 15, true, false, true);
      assertThat(text(sheet, 0, 4)).isEqualTo("ĐẢNG CỘNG SẢN VIỆT NAM");
      assertThat(text(sheet, 2, 4)).isEqualTo("Trà Vinh, ngày 26 tháng 02 năm 2026");
      assertThat(text(sheet, 6, 0)).isEqualTo(
          "Tổng số: 3 mô hình của 3 đơn vị (2 đang triển khai thực hiện, 1 mới); 2 đơn vị chưa có mô hình.");
      int h = BlocSummaryXlsxGenerator.TABLE_HEADER_ROW;
      List<String> header = new ArrayList<>();
      for (int c = 0; c <= 8; c++) {
        header.add(text(sheet, h, c));
      }
      assertThat(header).containsExactly("TT", "Đơn vị", "Chi bộ thực hiện", "Tên mô hình", "Nhóm mô hình",
          "Thời gian thực hiện", "Ghi chú", "", "Trạng thái");
      int r = BlocSummaryXlsxGenerator.FIRST_DATA_ROW;
      for (BlocSummary.Row row : input.rows()) {
        assertThat(List.of(text(sheet, r, 1), text(sheet, r, 2), text(sheet, r, 3), text(sheet, r, 4),
                text(sheet, r, 5), text(sheet, r, 6), text(sheet, r, 7), text(sheet, r, 8)))
            .containsExactly(row.baseUnit(), row.unitName(), row.modelName(), row.group(), row.implementationPeriod(),
                row.continuing() ? "x" : "", row.continuing() ? "" : "x", row.status());
        r++;
      }
      assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();

      XSSFSheet missing = wb.getSheet(BlocSummaryXlsxGenerator.MISSING_SHEET);
      assertThat(missing).isNotNull();
      assertThat(text(missing, 4, 0)).isEqualTo("DANH SÁCH");
      int m = BlocSummaryXlsxGenerator.MISSING_HEADER_ROW;
      assertThat(text(missing, m, 2)).isEqualTo("Đơn vị chưa có mô hình");
      assertThat(List.of(text(missing, m + 1, 1), text(missing, m + 1, 2), text(missing, m + 1, 3), text(missing, m + 1, 4)))
          .containsExactly("Đảng bộ Bệnh viện Đa khoa tỉnh", "Chi bộ Khoa Nhi", "Chi bộ trực thuộc", "Quá hạn");
      assertThat(text(missing, m + 2, 4)).isEqualTo("@chưa nộp");
      assertThat(missing.getRow(m + 2).getCell(4).getCellStyle().getQuotePrefixed()).isTrue();
    }
  }

  @Test
  void commendationListHasScoresPerCriterionTotalAndLevels() throws IOException {
    CommendationList input = Samples.commendations();
    try (XSSFWorkbook wb = open(new CommendationXlsxGenerator().generate(input))) {
      XSSFSheet sheet = wb.getSheet(CommendationXlsxGenerator.SHEET);
      assertThat(text(sheet, 4, 0)).isEqualTo("DANH SÁCH");
      assertThat(text(sheet, 5, 0)).isEqualTo("đánh giá, đề xuất khen thưởng mô hình học tập và làm theo Bác năm 2026");
      int h = CommendationXlsxGenerator.TABLE_HEADER_ROW;
      assertThat(text(sheet, h, 3)).isEqualTo("Điểm theo tiêu chí");
      assertThat(text(sheet, h + 1, 3)).isEqualTo("Thiết thực\n(tối đa 20)");
      assertThat(text(sheet, h + 1, 7)).isEqualTo("Nhân rộng\n(tối đa 20)");
      assertThat(List.of(text(sheet, h, 8), text(sheet, h, 9), text(sheet, h, 10), text(sheet, h, 11)))
          .containsExactly("Tổng điểm", "Mức khen thưởng đề xuất", "Mức khen thưởng được duyệt", "Ghi chú");
      int r = CommendationXlsxGenerator.FIRST_DATA_ROW;
      CommendationList.Row first = input.rows().get(0);
      assertThat(text(sheet, r, 1)).isEqualTo(first.unitName());
      assertThat(text(sheet, r, 2)).isEqualTo(first.modelName());
      assertThat(sheet.getRow(r).getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(sheet.getRow(r).getCell(4).getNumericCellValue()).isEqualTo(17.5);
      assertThat(sheet.getRow(r).getCell(8).getNumericCellValue()).isEqualTo(88.5);
      assertThat(text(sheet, r, 9)).isEqualTo("Giấy khen của Ban Thường vụ Đảng ủy Khối");
      assertThat(text(sheet, r, 10)).isEqualTo("Giấy khen");
      assertThat(text(sheet, r + 1, 2)).isEqualTo(Samples.FORMULA);
      assertThat(text(sheet, r + 1, 11)).isEqualTo("-ghi chú");
    }
  }

  @Test
  void anEmptySummaryStillHasItsTableAndSignature() throws IOException {
    SummaryTable empty = new SummaryTable(Samples.committee(), 2027, LocalDate.of(2027, 2, 3), List.of(), null);
    try (XSSFWorkbook wb = open(new SummaryXlsxGenerator().generate(empty))) {
      XSSFSheet sheet = wb.getSheet(SummaryXlsxGenerator.SHEET);
      assertThat(text(sheet, SummaryXlsxGenerator.FIRST_DATA_ROW, 0)).isEqualTo("Chưa có mô hình nào được đăng ký.");
      assertThat(text(sheet, 2, 3)).isEqualTo("Trà Vinh, ngày 03 tháng 02 năm 2027");
    }
  }

  // --- helpers

  static XSSFWorkbook open(byte[] bytes) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(bytes));
  }

  static String text(Sheet sheet, int r, int c) {
    Row row = sheet.getRow(r);
    Cell cell = row == null ? null : row.getCell(c);
    if (cell == null) {
      return "";
    }
    if (cell.getCellType() == CellType.STRING || cell.getCellType() == CellType.BLANK) {
      return cell.getCellType() == CellType.BLANK ? "" : cell.getStringCellValue();
    }
    return FORMAT.formatCellValue(cell);
  }

  static void assertFont(XSSFSheet sheet, int r, int c, double size, boolean bold, boolean italic, boolean underline) {
    XSSFFont font = sheet.getRow(r).getCell(c).getCellStyle().getFont();
    assertThat(font.getFontName()).isEqualTo("Times New Roman");
    assertThat(font.getFontHeightInPoints()).isEqualTo((short) size);
    assertThat(font.getBold()).isEqualTo(bold);
    assertThat(font.getItalic()).isEqualTo(italic);
    assertThat(font.getUnderline()).isEqualTo(underline ? Font.U_SINGLE : Font.U_NONE);
  }
}
