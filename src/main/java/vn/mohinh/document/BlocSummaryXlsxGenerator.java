package vn.mohinh.document;

import java.util.Map;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.mohinh.document.PartySheet.Style;

/**
 * The bloc-wide registration summary as an Excel workbook: sheet "Tổng hợp" with every model
 * (Đơn vị, Chi bộ thực hiện, Tên mô hình, Nhóm mô hình, Thời gian thực hiện, đang triển khai /
 * mới, Trạng thái; filterable), sheet "Chưa có mô hình" with the units that have none yet.
 */
public class BlocSummaryXlsxGenerator {

  public static final String SHEET = "Tổng hợp";
  public static final String MISSING_SHEET = "Chưa có mô hình";
  public static final int TABLE_HEADER_ROW = 8;
  public static final int FIRST_DATA_ROW = TABLE_HEADER_ROW + 2;
  public static final int MISSING_HEADER_ROW = 7;

  public byte[] generate(BlocSummary summary) {
    XSSFWorkbook workbook = PartySheet.workbook();
    Map<Style, XSSFCellStyle> styles = PartySheet.styleCache();
    String dateLine = Texts.dateLine(summary.issuer().place(), summary.issuedOn());
    models(new PartySheet(workbook, styles, SHEET, 5, 26, 24, 40, 26, 16, 11, 8, 14), summary, dateLine);
    missing(new PartySheet(workbook, styles, MISSING_SHEET, 6, 36, 36, 20, 24), summary, dateLine);
    return XlsxWriting.bytes(workbook);
  }

  private static void models(PartySheet sheet, BlocSummary summary, String dateLine) {
    int split = 4;
    sheet.headerBlock(summary.issuer(), dateLine, split);
    sheet.title(4, "BẢNG TỔNG HỢP", Style.text(14).asBold().center());
    sheet.title(5, "kết quả đăng ký xây dựng mô hình học tập và làm theo Bác năm " + summary.year(),
        Style.text(14).asBold().center());
    long continuing = summary.rows().stream().filter(BlocSummary.Row::continuing).count();
    long units = summary.rows().stream().map(r -> Texts.clean(r.baseUnit()) + "\u0000" + Texts.clean(r.unitName())).distinct().count();
    sheet.title(6, String.format("Tổng số: %d mô hình của %d đơn vị (%d đang triển khai thực hiện, %d mới); %d đơn vị chưa có mô hình.",
            summary.rows().size(), units, continuing, summary.rows().size() - continuing, summary.unitsWithoutModel().size()),
        Style.text(13).asItalic().center());

    int h = TABLE_HEADER_ROW;
    Style head = Style.text(12).asBold().center().bordered();
    String[] titles = {"TT", "Đơn vị", "Chi bộ thực hiện", "Tên mô hình", "Nhóm mô hình", "Thời gian thực hiện"};
    for (int c = 0; c < titles.length; c++) {
      sheet.mergedBlock(h, h + 1, c, c, titles[c], head);
    }
    sheet.merged(h, 6, 7, "Ghi chú", head);
    sheet.text(h + 1, 6, "Đang triển khai", head);
    sheet.text(h + 1, 7, "Mới", head);
    sheet.mergedBlock(h, h + 1, 8, 8, "Trạng thái", head);
    sheet.row(h).setHeightInPoints(20);
    sheet.row(h + 1).setHeightInPoints(36);
    sheet.sheet().setRepeatingRows(new CellRangeAddress(h, h + 1, -1, -1));
    sheet.sheet().createFreezePane(0, h + 2);

    Style cell = Style.text(PartySheet.BODY).bordered();
    Style centred = cell.center();
    int r = FIRST_DATA_ROW;
    int tt = 1;
    for (BlocSummary.Row row : summary.rows()) {
      sheet.number(r, 0, tt++, centred);
      sheet.text(r, 1, row.baseUnit(), cell);
      sheet.text(r, 2, row.unitName(), cell);
      sheet.text(r, 3, row.modelName(), cell);
      sheet.text(r, 4, row.group(), cell);
      sheet.text(r, 5, row.implementationPeriod(), centred);
      sheet.text(r, 6, row.continuing() ? "x" : "", centred);
      sheet.text(r, 7, row.continuing() ? "" : "x", centred);
      sheet.text(r, 8, row.status(), centred);
      sheet.fitHeight(r, "", row.baseUnit(), row.unitName(), row.modelName(), row.group(), row.implementationPeriod(),
          "", "", row.status());
      r++;
    }
    if (summary.rows().isEmpty()) {
      sheet.merged(r, 0, 8, "Chưa có mô hình nào được đăng ký.", cell.asItalic().center());
      r++;
    } else {
      sheet.sheet().setAutoFilter(new CellRangeAddress(h + 1, r - 1, 0, 8));
    }
    sheet.closing(r + 1, summary.signature() == null && summary.recipients().isEmpty()
        ? null : DocumentHead.recipientLines(summary.recipients()), summary.signature(), split);
  }

  private static void missing(PartySheet sheet, BlocSummary summary, String dateLine) {
    int split = 2;
    sheet.headerBlock(summary.issuer(), dateLine, split);
    sheet.title(4, "DANH SÁCH", Style.text(14).asBold().center());
    sheet.title(5, "đơn vị chưa đăng ký mô hình học tập và làm theo Bác năm " + summary.year(),
        Style.text(14).asBold().center());
    int h = MISSING_HEADER_ROW;
    Style head = Style.text(12).asBold().center().bordered();
    String[] titles = {"TT", "Đơn vị", "Đơn vị chưa có mô hình", "Loại đơn vị", "Ghi chú"};
    for (int c = 0; c < titles.length; c++) {
      sheet.text(h, c, titles[c], head);
    }
    sheet.row(h).setHeightInPoints(22);
    sheet.sheet().setRepeatingRows(new CellRangeAddress(h, h, -1, -1));
    Style cell = Style.text(PartySheet.BODY).bordered();
    int r = h + 1;
    int tt = 1;
    for (BlocSummary.UnitWithoutModel unit : summary.unitsWithoutModel()) {
      sheet.number(r, 0, tt++, cell.center());
      sheet.text(r, 1, unit.baseUnit(), cell);
      sheet.text(r, 2, unit.unitName(), cell);
      sheet.text(r, 3, unit.kind(), cell.center());
      sheet.text(r, 4, unit.note(), cell);
      sheet.fitHeight(r, "", unit.baseUnit(), unit.unitName(), unit.kind(), unit.note());
      r++;
    }
    if (summary.unitsWithoutModel().isEmpty()) {
      sheet.merged(r, 0, 4, "Mọi đơn vị đều đã có mô hình.", cell.asItalic().center());
    }
  }
}
