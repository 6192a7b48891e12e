package vn.mohinh.document;

import java.util.Map;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.mohinh.document.PartySheet.Style;

/**
 * The year's evaluation and commendation list as an Excel workbook: TT | Đơn vị | Tên mô hình |
 * one score column per criterion | Tổng điểm | Mức khen thưởng đề xuất | Mức khen thưởng được
 * duyệt | Ghi chú. Scores are numbers; every text is a string cell.
 */
public class CommendationXlsxGenerator {

  public static final String SHEET = "Đánh giá, khen thưởng";
  public static final int TABLE_HEADER_ROW = 7;
  public static final int FIRST_DATA_ROW = TABLE_HEADER_ROW + 2;

  public byte[] generate(CommendationList list) {
    int criteria = list.criteria().size();
    double[] widths = new double[3 + criteria + 4];
    widths[0] = 5;
    widths[1] = 28;
    widths[2] = 40;
    for (int i = 0; i < criteria; i++) {
      widths[3 + i] = 11;
    }
    int total = 3 + criteria;
    widths[total] = 10;
    widths[total + 1] = 20;
    widths[total + 2] = 20;
    widths[total + 3] = 16;
    int last = total + 3;

    XSSFWorkbook workbook = PartySheet.workbook();
    Map<Style, XSSFCellStyle> styles = PartySheet.styleCache();
    PartySheet sheet = new PartySheet(workbook, styles, SHEET, widths);
    int split = Math.max(2, Math.min(3, last));
    sheet.headerBlock(list.issuer(), Texts.dateLine(list.issuer().place(), list.issuedOn()), split);
    sheet.title(4, "DANH SÁCH", Style.text(14).asBold().center());
    sheet.title(5, "đánh giá, đề xuất khen thưởng mô hình học tập và làm theo Bác năm " + list.year(),
        Style.text(14).asBold().center());

    int h = TABLE_HEADER_ROW;
    Style head = Style.text(12).asBold().center().bordered();
    sheet.mergedBlock(h, h + 1, 0, 0, "TT", head);
    sheet.mergedBlock(h, h + 1, 1, 1, "Đơn vị", head);
    sheet.mergedBlock(h, h + 1, 2, 2, "Tên mô hình", head);
    if (criteria > 0) {
      sheet.merged(h, 3, 3 + criteria - 1, "Điểm theo tiêu chí", head);
      for (int i = 0; i < criteria; i++) {
        CommendationList.Criterion criterion = list.criteria().get(i);
        String label = Texts.clean(criterion.name())
            + (criterion.maxScore() == null ? "" : "\n(tối đa " + criterion.maxScore().stripTrailingZeros().toPlainString() + ")");
        sheet.text(h + 1, 3 + i, label, head);
      }
    }
    sheet.mergedBlock(h, h + 1, total, total, "Tổng điểm", head);
    sheet.mergedBlock(h, h + 1, total + 1, total + 1, "Mức khen thưởng đề xuất", head);
    sheet.mergedBlock(h, h + 1, total + 2, total + 2, "Mức khen thưởng được duyệt", head);
    sheet.mergedBlock(h, h + 1, total + 3, total + 3, "Ghi chú", head);
    sheet.row(h).setHeightInPoints(22);
    sheet.row(h + 1).setHeightInPoints(48);
    sheet.sheet().setRepeatingRows(new CellRangeAddress(h, h + 1, -1, -1));

    Style cell = Style.text(PartySheet.BODY).bordered();
    Style centred = cell.center();
    int r = FIRST_DATA_ROW;
    int tt = 1;
    for (CommendationList.Row row : list.rows()) {
      sheet.number(r, 0, tt++, centred);
      sheet.text(r, 1, row.unitName(), cell);
      sheet.text(r, 2, row.modelName(), cell);
      for (int i = 0; i < criteria; i++) {
        sheet.number(r, 3 + i, row.scores().get(i), centred);
      }
      sheet.number(r, total, row.total(), centred.asBold());
      sheet.text(r, total + 1, row.proposedLevel(), cell);
      sheet.text(r, total + 2, row.approvedLevel(), cell);
      sheet.text(r, total + 3, row.note(), cell);
      String[] texts = new String[last + 1];
      java.util.Arrays.fill(texts, "");
      texts[1] = Texts.clean(row.unitName());
      texts[2] = Texts.clean(row.modelName());
      texts[total + 1] = Texts.clean(row.proposedLevel());
      texts[total + 2] = Texts.clean(row.approvedLevel());
      texts[total + 3] = Texts.clean(row.note());
      sheet.fitHeight(r, texts);
      r++;
    }
    if (list.rows().isEmpty()) {
      sheet.merged(r, 0, last, "Chưa có mô hình nào được đánh giá.", cell.asItalic().center());
      r++;
    }
    sheet.closing(r + 1, list.signature() == null && list.recipients().isEmpty()
        ? null : DocumentHead.recipientLines(list.recipients()), list.signature(), split);
    return XlsxWriting.bytes(workbook);
  }
}
