package vn.mohinh.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writing a workbook out. */
final class XlsxWriting {

  private XlsxWriting() {}

  static byte[] bytes(XSSFWorkbook workbook) {
    try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the Excel workbook", e);
    }
  }
}
