package vn.mohinh.document;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Lays out a party document sheet in Excel with Apache POI: the header block (superior body and
 * issuer left, "ĐẢNG CỘNG SẢN VIỆT NAM" and the date right), titles, a bordered table with wrapped
 * text, "Nơi nhận:" and the signature block; A4 landscape, fitted to the page width, Times New
 * Roman throughout.
 *
 * <p>Every text is written as a string cell, never a formula. Texts that a spreadsheet would read
 * as a formula when edited ({@code = + - @}, tab, CR first) also get a quote-prefixed style.
 */
final class PartySheet {

  static final String FONT = "Times New Roman";
  static final double BODY = 13;

  private final XSSFWorkbook workbook;
  private final XSSFSheet sheet;
  private final double[] widths;
  private final Map<Style, XSSFCellStyle> styles;

  /** How a cell looks; styles are shared within the workbook. */
  record Style(
      double size, boolean bold, boolean italic, boolean underline, HorizontalAlignment align,
      boolean border, boolean wrap, boolean quote, String format) {

    static Style text(double size) {
      return new Style(size, false, false, false, HorizontalAlignment.LEFT, false, true, false, null);
    }

    Style asBold() {
      return new Style(size, true, italic, underline, align, border, wrap, quote, format);
    }

    Style asItalic() {
      return new Style(size, bold, true, underline, align, border, wrap, quote, format);
    }

    Style asUnderlined() {
      return new Style(size, bold, italic, true, align, border, wrap, quote, format);
    }

    Style center() {
      return new Style(size, bold, italic, underline, HorizontalAlignment.CENTER, border, wrap, quote, format);
    }

    Style bordered() {
      return new Style(size, bold, italic, underline, align, true, wrap, quote, format);
    }

    Style quoted() {
      return new Style(size, bold, italic, underline, align, border, wrap, true, format);
    }

    Style number(String numberFormat) {
      return new Style(size, bold, italic, underline, align, border, wrap, quote, numberFormat);
    }
  }

  PartySheet(XSSFWorkbook workbook, Map<Style, XSSFCellStyle> styles, String name, double... widths) {
    this.workbook = workbook;
    this.styles = styles;
    this.sheet = workbook.createSheet(name);
    this.widths = widths.clone();
    for (int i = 0; i < widths.length; i++) {
      sheet.setColumnWidth(i, (int) Math.round(widths[i] * 256));
    }
    PrintSetup print = sheet.getPrintSetup();
    print.setPaperSize(PrintSetup.A4_PAPERSIZE);
    print.setLandscape(true);
    print.setFitWidth((short) 1);
    print.setFitHeight((short) 0);
    sheet.setFitToPage(true);
    sheet.setAutobreaks(true);
    sheet.setHorizontallyCenter(true);
    sheet.setMargin(PageMargin.LEFT, 0.6);
    sheet.setMargin(PageMargin.RIGHT, 0.4);
    sheet.setMargin(PageMargin.TOP, 0.6);
    sheet.setMargin(PageMargin.BOTTOM, 0.6);
    sheet.setMargin(PageMargin.HEADER, 0.3);
    sheet.setMargin(PageMargin.FOOTER, 0.3);
    sheet.setDisplayGridlines(false);
    sheet.setPrintGridlines(false);
  }

  /** A new workbook whose default font is Times New Roman. */
  static XSSFWorkbook workbook() {
    XSSFWorkbook workbook = new XSSFWorkbook();
    XSSFFont normal = workbook.getFontAt(0);
    normal.setFontName(FONT);
    normal.setFontHeightInPoints((short) 12);
    workbook.getProperties().getCoreProperties().setCreator("mohinh");
    return workbook;
  }

  static Map<Style, XSSFCellStyle> styleCache() {
    return new HashMap<>();
  }

  XSSFSheet sheet() {
    return sheet;
  }

  int columns() {
    return widths.length;
  }

  /**
   * The header block from row 0: left (columns before {@code split}) the superior body and the
   * issuing body with its separator; right "ĐẢNG CỘNG SẢN VIỆT NAM" and the date line.
   *
   * @return the next free row
   */
  int headerBlock(Issuer issuer, String dateLine, int split) {
    int last = widths.length - 1;
    merged(0, 0, split - 1, Texts.upper(issuer.superiorBody()), Style.text(13).center());
    merged(0, split, last, "ĐẢNG CỘNG SẢN VIỆT NAM", Style.text(15).asBold().asUnderlined().center());
    merged(1, 0, split - 1, Texts.upper(issuer.issuingBody()), Style.text(14).asBold().center());
    merged(2, 0, split - 1, "*", Style.text(13).center());
    merged(2, split, last, dateLine, Style.text(14).asItalic().center());
    for (int r = 0; r <= 2; r++) {
      row(r).setHeightInPoints(20);
    }
    return 4;
  }

  /** A line across every column, centred. */
  void title(int r, String text, Style style) {
    merged(r, 0, widths.length - 1, text, style);
    row(r).setHeightInPoints((float) (style.size() * 1.45));
  }

  /** A text cell. Never a formula. */
  Cell text(int r, int c, String text, Style style) {
    String value = Texts.clean(text);
    Cell cell = row(r).createCell(c);
    cell.setCellValue(value);
    cell.setCellStyle(style(looksLikeFormula(value) ? style.quoted() : style));
    return cell;
  }

  /** A number cell (blank when null). */
  Cell number(int r, int c, BigDecimal value, Style style) {
    Cell cell = row(r).createCell(c);
    if (value != null) {
      cell.setCellValue(value.doubleValue());
    }
    cell.setCellStyle(style(style.number("General")));
    return cell;
  }

  Cell number(int r, int c, int value, Style style) {
    Cell cell = row(r).createCell(c);
    cell.setCellValue(value);
    cell.setCellStyle(style(style.number("0")));
    return cell;
  }

  /** A text over merged cells; every cell of the range gets the style (so borders are complete). */
  void merged(int r, int firstCol, int lastCol, String text, Style style) {
    mergedBlock(r, r, firstCol, lastCol, text, style);
  }

  void mergedBlock(int firstRow, int lastRow, int firstCol, int lastCol, String text, Style style) {
    for (int r = firstRow; r <= lastRow; r++) {
      for (int c = firstCol; c <= lastCol; c++) {
        if (r == firstRow && c == firstCol) {
          text(r, c, text, style);
        } else {
          row(r).createCell(c).setCellStyle(style(style));
        }
      }
    }
    if (firstRow != lastRow || firstCol != lastCol) {
      sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstCol, lastCol));
    }
  }

  /** Sets the height of a table row from the longest wrapped text in it. */
  void fitHeight(int r, String... texts) {
    double lines = 1;
    for (int c = 0; c < texts.length && c < widths.length; c++) {
      lines = Math.max(lines, lines(texts[c], widths[c], BODY));
    }
    row(r).setHeightInPoints((float) (lines * BODY * 1.3 + 4));
  }

  void fitHeight(int r, double size, double widthChars, String text) {
    row(r).setHeightInPoints((float) (lines(text, widthChars, size) * size * 1.3 + 4));
  }

  static double lines(String text, double widthChars, double size) {
    double perLine = Math.max(1, (widthChars - 1) * 12 / size);
    double lines = 0;
    for (String paragraph : Texts.clean(text).split("\\r\\n|\\r|\\n", -1)) {
      lines += Math.max(1, Math.ceil(paragraph.length() / perLine));
    }
    return Math.max(1, lines);
  }

  /**
   * "Nơi nhận:" and its lines under the left columns, the signature block under the right ones.
   *
   * @return the next free row
   */
  int closing(int r, List<String> recipientLines, Signature signature, int split) {
    int last = widths.length - 1;
    int left = r;
    if (recipientLines != null && !recipientLines.isEmpty()) {
      merged(left++, 0, split - 1, "Nơi nhận:", Style.text(12).asBold().asItalic());
      for (String line : recipientLines) {
        merged(left++, 0, split - 1, line, Style.text(11));
      }
    }
    int right = r;
    if (signature != null) {
      if (!signature.onBehalfOf().isEmpty()) {
        merged(right++, split, last, signature.onBehalfOf(), Style.text(14).asBold().center());
      }
      merged(right++, split, last, signature.title(), Style.text(14).asBold().center());
      right += 3;
      if (!signature.name().isEmpty()) {
        merged(right++, split, last, signature.name(), Style.text(14).asBold().center());
      }
    }
    return Math.max(left, right);
  }

  Row row(int r) {
    Row row = sheet.getRow(r);
    return row == null ? sheet.createRow(r) : row;
  }

  CellStyle style(Style key) {
    return styles.computeIfAbsent(key, this::create);
  }

  private XSSFCellStyle create(Style key) {
    XSSFFont font = workbook.createFont();
    font.setFontName(FONT);
    font.setFontHeight(key.size());
    font.setBold(key.bold());
    font.setItalic(key.italic());
    if (key.underline()) {
      font.setUnderline(Font.U_SINGLE);
    }
    XSSFCellStyle style = workbook.createCellStyle();
    style.setFont(font);
    style.setAlignment(key.align());
    style.setVerticalAlignment(VerticalAlignment.CENTER);
    style.setWrapText(key.wrap());
    style.setQuotePrefixed(key.quote());
    if (key.border()) {
      style.setBorderTop(BorderStyle.THIN);
      style.setBorderBottom(BorderStyle.THIN);
      style.setBorderLeft(BorderStyle.THIN);
      style.setBorderRight(BorderStyle.THIN);
    }
    if (key.format() != null) {
      style.setDataFormat(workbook.createDataFormat().getFormat(key.format()));
    }
    return style;
  }

  /** Whether a spreadsheet would take the text for a formula when the cell is edited. */
  static boolean looksLikeFormula(String text) {
    if (text == null || text.isEmpty()) {
      return false;
    }
    char first = text.charAt(0);
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
  }
}
