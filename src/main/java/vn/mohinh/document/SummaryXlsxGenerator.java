package vn.mohinh.document;

import java.util.Map;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.mohinh.document.PartySheet.Style;

/**
 * Mẫu số 02: a committee's summary table of its cells' models as an Excel workbook (.xlsx), laid
 * out like the template: header block, "BẢNG TỔNG HỢP", the table TT | Tên chi bộ thực hiện | Tên
 * mô hình | Thời gian thực hiện | Ghi chú (đang triển khai / mới, marked "x"), "Nơi nhận:" and
 * "T/M ĐẢNG ỦY / BÍ THƯ".
 */
public class SummaryXlsxGenerator {

  public static final String SHEET = "Mẫu 02";
  /** Row index of the first row of the table header. */
  public static final int TABLE_HEADER_ROW = 7;
  /** Row index of the first model row. */
  public static final int FIRST_DATA_ROW = TABLE_HEADER_ROW + 2;

  public byte[] generate(SummaryTable table) {
    XSSFWorkbook workbook = PartySheet.workbook();
    Map<Style, XSSFCellStyle> styles = PartySheet.styleCache();
    PartySheet sheet = new PartySheet(workbook, styles, SHEET, 6, 28, 46, 20, 17, 13);
    int split = 3;
    sheet.headerBlock(table.issuer(), Texts.dateLine(table.issuer().place(), table.issuedOn()), split);
    sheet.title(4, "BẢNG TỔNG HỢP", Style.text(14).asBold().center());
    sheet.title(5, "kết quả đăng ký xây dựng mô hình học tập và làm theo Bác năm " + table.year(),
        Style.text(14).asBold().center());

    int h = TABLE_HEADER_ROW;
    Style head = Style.text(12).asBold().center().bordered();
    sheet.mergedBlock(h, h + 1, 0, 0, "TT", head);
    sheet.mergedBlock(h, h + 1, 1, 1, "Tên chi bộ thực hiện", head);
    sheet.mergedBlock(h, h + 1, 2, 2, "Tên mô hình", head);
    sheet.mergedBlock(h, h + 1, 3, 3, "Thời gian thực hiện", head);
    sheet.merged(h, 4, 5, "Ghi chú", head);
    sheet.text(h + 1, 4, SummaryTable.CONTINUING, head);
    sheet.text(h + 1, 5, SummaryTable.NEW, head);
    sheet.row(h).setHeightInPoints(20);
    sheet.row(h + 1).setHeightInPoints(50);
    sheet.sheet().setRepeatingRows(new CellRangeAddress(h, h + 1, -1, -1));

    Style cell = Style.text(PartySheet.BODY).bordered();
    Style centred = cell.center();
    int r = FIRST_DATA_ROW;
    int tt = 1;
    for (SummaryTable.Row row : table.rows()) {
      sheet.number(r, 0, tt++, centred);
      sheet.text(r, 1, row.cellName(), cell);
      sheet.text(r, 2, row.modelName(), cell);
      sheet.text(r, 3, row.implementationPeriod(), centred);
      sheet.text(r, 4, row.continuing() ? "x" : "", centred);
      sheet.text(r, 5, row.continuing() ? "" : "x", centred);
      sheet.fitHeight(r, "", row.cellName(), row.modelName(), row.implementationPeriod());
      r++;
    }
    if (table.rows().isEmpty()) {
      sheet.merged(r, 0, 5, "Chưa có mô hình nào được đăng ký.", Style.text(PartySheet.BODY).asItalic().center().bordered());
      r++;
    }
    sheet.closing(r + 1, DocumentHead.recipientLines(table.recipients()), table.issuer().signature(), split);
    return XlsxWriting.bytes(workbook);
  }
}
