package vn.mohinh.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * Lays out a party document (Hướng dẫn 36-HD/VPTW) in Word with Apache POI: A4, Times New Roman,
 * the two-column header, document type and summary line, numbered sections, "Nơi nhận:" and the
 * signature block. One instance builds one document.
 */
final class PartyDocx {

  static final String FONT = "Times New Roman";
  /** A4 in twentieths of a point. */
  static final int A4_WIDTH = 11906;
  static final int A4_HEIGHT = 16838;
  static final double BODY_SIZE = 14;
  static final int FIRST_LINE_INDENT = 567; // 1 cm

  private final XWPFDocument doc = new XWPFDocument();
  private final int textWidth;

  PartyDocx(PageMargins margins) {
    CTSectPr sect = doc.getDocument().getBody().isSetSectPr()
        ? doc.getDocument().getBody().getSectPr()
        : doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
    size.setW(BigInteger.valueOf(A4_WIDTH));
    size.setH(BigInteger.valueOf(A4_HEIGHT));
    size.setOrient(STPageOrientation.PORTRAIT);
    CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
    mar.setTop(BigInteger.valueOf(PageMargins.twips(margins.topMm())));
    mar.setBottom(BigInteger.valueOf(PageMargins.twips(margins.bottomMm())));
    mar.setLeft(BigInteger.valueOf(PageMargins.twips(margins.leftMm())));
    mar.setRight(BigInteger.valueOf(PageMargins.twips(margins.rightMm())));
    mar.setHeader(BigInteger.valueOf(PageMargins.twips(10)));
    mar.setFooter(BigInteger.valueOf(PageMargins.twips(10)));
    mar.setGutter(BigInteger.ZERO);
    textWidth = A4_WIDTH - PageMargins.twips(margins.leftMm()) - PageMargins.twips(margins.rightMm());

    CTFonts fonts = CTFonts.Factory.newInstance();
    fonts.setAscii(FONT);
    fonts.setHAnsi(FONT);
    fonts.setCs(FONT);
    fonts.setEastAsia(FONT);
    doc.createStyles().setDefaultFonts(fonts);
    doc.getProperties().getCoreProperties().setCreator("mohinh");

    pageNumbers();
  }

  /** Page numbers from page 2 on, centred at the top (the first page carries the header block). */
  private void pageNumbers() {
    doc.createHeader(HeaderFooterType.FIRST).createParagraph();
    XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
    XWPFParagraph p = header.getParagraphs().isEmpty() ? header.createParagraph() : header.getParagraphs().get(0);
    p.setAlignment(ParagraphAlignment.CENTER);
    XWPFRun begin = run(p, "", BODY_SIZE, false, false, false);
    begin.getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
    XWPFRun instr = run(p, "", BODY_SIZE, false, false, false);
    instr.getCTR().addNewInstrText().setStringValue(" PAGE ");
    XWPFRun separate = run(p, "", BODY_SIZE, false, false, false);
    separate.getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
    run(p, "2", BODY_SIZE, false, false, false);
    XWPFRun end = run(p, "", BODY_SIZE, false, false, false);
    end.getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    CTSectPr sect = doc.getDocument().getBody().getSectPr();
    if (!sect.isSetTitlePg()) {
      sect.addNewTitlePg();
    }
  }

  /**
   * The header block: a borderless table, left the superior body (regular capitals), the issuing
   * body (bold capitals), its separator and the number line; right "ĐẢNG CỘNG SẢN VIỆT NAM" (15 pt
   * bold, underlined) and the place and date in italics.
   */
  void header(Issuer issuer, String numberLine, String dateLine, String separator) {
    int left = (int) Math.round(textWidth * 0.45);
    XWPFTable table = borderlessTable(2, left, textWidth - left);
    XWPFTableCell body = table.getRow(0).getCell(0);
    if (!issuer.superiorBody().isEmpty()) {
      run(cellParagraph(body, ParagraphAlignment.CENTER), Texts.upper(issuer.superiorBody()), 13, false, false, false);
    }
    run(cellParagraph(body, ParagraphAlignment.CENTER), Texts.upper(issuer.issuingBody()), 14, true, false, false);
    if (separator != null && !separator.isBlank()) {
      run(cellParagraph(body, ParagraphAlignment.CENTER), separator, 14, false, false, false);
    }
    XWPFTableCell party = table.getRow(0).getCell(1);
    run(cellParagraph(party, ParagraphAlignment.CENTER), "ĐẢNG CỘNG SẢN VIỆT NAM", 15, true, false, true);

    XWPFTableCell number = table.getRow(1).getCell(0);
    if (numberLine != null) {
      run(cellParagraph(number, ParagraphAlignment.CENTER), numberLine, 14, false, false, false);
    } else {
      cellParagraph(number, ParagraphAlignment.CENTER);
    }
    XWPFTableCell date = table.getRow(1).getCell(1);
    run(cellParagraph(date, ParagraphAlignment.CENTER), dateLine, 14, false, true, false);
    spacer(6);
  }

  /** The document type (bold capitals) and the summary lines (bold) under it, then a short rule. */
  void title(String type, List<String> summaryLines) {
    XWPFParagraph p = paragraph(ParagraphAlignment.CENTER, 0, 240, 0);
    run(p, Texts.upper(type), 16, true, false, false);
    for (String line : summaryLines) {
      run(paragraph(ParagraphAlignment.CENTER, 0, 0, 0), line, BODY_SIZE, true, false, false);
    }
    run(paragraph(ParagraphAlignment.CENTER, 0, 0, 120), "-----", BODY_SIZE, false, false, false);
  }

  /** A Roman-numbered section heading: {@code I- ĐẶC ĐIỂM TÌNH HÌNH}, bold. */
  void heading(String text) {
    run(paragraph(ParagraphAlignment.BOTH, FIRST_LINE_INDENT, 120, 60), text, BODY_SIZE, true, false, false);
  }

  /** A numbered subsection: {@code 1. Mục đích}, bold. */
  void subheading(String text) {
    run(paragraph(ParagraphAlignment.BOTH, FIRST_LINE_INDENT, 60, 60), text, BODY_SIZE, true, false, false);
  }

  /** Body text: one justified, indented paragraph per line of the entry. */
  void body(String text) {
    for (String line : Texts.paragraphs(text)) {
      run(bodyParagraph(), line, BODY_SIZE, false, false, false);
    }
  }

  /**
   * An item of the template with its label ("- Thuận lợi: …"): the label in italics, the first
   * line of the entry after it, the other lines as paragraphs of their own. Nothing is printed
   * for an empty entry when {@code optional}.
   */
  void item(String label, String text, boolean optional) {
    List<String> lines = Texts.paragraphs(text);
    if (lines.isEmpty() && optional) {
      return;
    }
    XWPFParagraph first = bodyParagraph();
    run(first, "- ", BODY_SIZE, false, false, false);
    run(first, label + ":", BODY_SIZE, false, true, false);
    if (!lines.isEmpty()) {
      run(first, " " + lines.get(0), BODY_SIZE, false, false, false);
      for (String line : lines.subList(1, lines.size())) {
        run(bodyParagraph(), line, BODY_SIZE, false, false, false);
      }
    }
  }

  /** A label with a short value on one line: "Nhóm mô hình: …", the label in bold italics. */
  void field(String label, String value) {
    XWPFParagraph p = bodyParagraph();
    run(p, label + ": ", BODY_SIZE, true, true, false);
    run(p, Texts.clean(value), BODY_SIZE, false, false, false);
  }

  /**
   * The closing block: left "Nơi nhận:" (bold italic 12 pt) with its lines (11 pt); right the
   * signature (T/M …, title, space to sign, name), bold, centred.
   */
  void closing(List<String> recipientLines, Signature signature) {
    spacer(6);
    int left = (int) Math.round(textWidth * 0.5);
    XWPFTable table = borderlessTable(1, left, textWidth - left);
    XWPFTableCell recipients = table.getRow(0).getCell(0);
    XWPFParagraph heading = cellParagraph(recipients, ParagraphAlignment.LEFT);
    run(heading, "Nơi nhận:", 12, true, true, false);
    for (String line : recipientLines) {
      run(cellParagraph(recipients, ParagraphAlignment.LEFT), line, 11, false, false, false);
    }
    XWPFTableCell sign = table.getRow(0).getCell(1);
    if (!signature.onBehalfOf().isEmpty()) {
      run(cellParagraph(sign, ParagraphAlignment.CENTER), signature.onBehalfOf(), BODY_SIZE, true, false, false);
    }
    run(cellParagraph(sign, ParagraphAlignment.CENTER), signature.title(), BODY_SIZE, true, false, false);
    for (int i = 0; i < 4; i++) {
      cellParagraph(sign, ParagraphAlignment.CENTER);
    }
    if (!signature.name().isEmpty()) {
      run(cellParagraph(sign, ParagraphAlignment.CENTER), signature.name(), BODY_SIZE, true, false, false);
    }
  }

  byte[] toBytes() {
    try (doc; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the Word document", e);
    }
  }

  private XWPFParagraph bodyParagraph() {
    return paragraph(ParagraphAlignment.BOTH, FIRST_LINE_INDENT, 0, 120);
  }

  private XWPFParagraph paragraph(ParagraphAlignment alignment, int firstLine, int before, int after) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(alignment);
    if (firstLine > 0) {
      p.setFirstLineIndent(firstLine);
    }
    p.setSpacingBefore(before);
    p.setSpacingAfter(after);
    p.setSpacingBetween(1.1, LineSpacingRule.AUTO);
    return p;
  }

  private void spacer(int afterPt) {
    XWPFParagraph p = paragraph(ParagraphAlignment.LEFT, 0, 0, afterPt * 20);
    run(p, "", 8, false, false, false);
  }

  /** A table without borders, fixed column widths (twips), {@code rows} rows of two cells. */
  private XWPFTable borderlessTable(int rows, int leftWidth, int rightWidth) {
    XWPFTable table = doc.createTable(rows, 2);
    table.removeBorders();
    table.setWidthType(TableWidthType.DXA);
    table.setWidth(String.valueOf(leftWidth + rightWidth));
    table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
    CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    grid.addNewGridCol().setW(BigInteger.valueOf(leftWidth));
    grid.addNewGridCol().setW(BigInteger.valueOf(rightWidth));
    for (XWPFTableRow row : table.getRows()) {
      row.getCell(0).setWidthType(TableWidthType.DXA);
      row.getCell(0).setWidth(String.valueOf(leftWidth));
      row.getCell(1).setWidthType(TableWidthType.DXA);
      row.getCell(1).setWidth(String.valueOf(rightWidth));
    }
    return table;
  }

  /** The next paragraph of a cell: the cell's first, empty one, then new ones. */
  private static XWPFParagraph cellParagraph(XWPFTableCell cell, ParagraphAlignment alignment) {
    List<XWPFParagraph> existing = cell.getParagraphs();
    XWPFParagraph p;
    if (existing.size() == 1 && existing.get(0).getRuns().isEmpty() && !existing.get(0).isAlignmentSet()) {
      p = existing.get(0);
    } else {
      p = cell.addParagraph();
    }
    p.setAlignment(alignment);
    p.setSpacingBefore(0);
    p.setSpacingAfter(0);
    p.setSpacingBetween(1.0, LineSpacingRule.AUTO);
    return p;
  }

  static XWPFRun run(XWPFParagraph p, String text, double size, boolean bold, boolean italic, boolean underline) {
    XWPFRun r = p.createRun();
    for (FontCharRange range :
        new FontCharRange[] {FontCharRange.ascii, FontCharRange.hAnsi, FontCharRange.cs, FontCharRange.eastAsia}) {
      r.setFontFamily(FONT, range);
    }
    r.setFontSize(size);
    r.setComplexScriptFontSize(size);
    r.setBold(bold);
    r.setItalic(italic);
    if (underline) {
      r.setUnderline(UnderlinePatterns.SINGLE);
    }
    if (!text.isEmpty()) {
      r.setText(text);
    }
    return r;
  }
}
