package vn.mohinh.document;

import java.time.LocalDate;
import java.util.List;

/**
 * Mẫu số 02 — a committee's summary of its cells' registered models (bảng tổng hợp kết quả đăng
 * ký xây dựng mô hình), one row per model.
 *
 * @param issuer the committee (ĐẢNG ỦY …), signing "T/M ĐẢNG ỦY / BÍ THƯ"
 * @param year the year of registration
 * @param issuedOn the date of the date line
 * @param rows the models, in the order to print (TT is their position)
 * @param recipients the "Nơi nhận:" lines before "Lưu."
 */
public record SummaryTable(Issuer issuer, int year, LocalDate issuedOn, List<Row> rows, List<String> recipients) {

  /** The label of the column for models continuing from an earlier year. */
  public static final String CONTINUING = "Mô hình đang triển khai thực hiện";
  /** The label of the column for new models. */
  public static final String NEW = "Mô hình mới";

  public SummaryTable {
    if (issuer == null || issuedOn == null) {
      throw new IllegalArgumentException("issuer and issuedOn are required");
    }
    rows = rows == null ? List.of() : List.copyOf(rows);
    recipients = recipients == null ? List.of() : List.copyOf(recipients);
  }

  /**
   * A row of the table.
   *
   * @param cellName the cell that carries out the model (tên chi bộ thực hiện)
   * @param modelName the model's name
   * @param implementationPeriod the time of implementation
   * @param continuing true: "x" under "Mô hình đang triển khai thực hiện"; false: under "Mô hình mới"
   */
  public record Row(String cellName, String modelName, String implementationPeriod, boolean continuing) {}
}
