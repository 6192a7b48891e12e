package vn.mohinh.document;

import java.time.LocalDate;
import java.util.List;

/**
 * The bloc-wide registration summary for the reviewing office: every registered model with its
 * base unit, group and status, and a second sheet of the units without a model yet.
 *
 * @param issuer the office that compiles it (header block; the signature block is optional)
 * @param signature the signature block, or null for a working list without one
 */
public record BlocSummary(
    Issuer issuer,
    int year,
    LocalDate issuedOn,
    List<Row> rows,
    List<UnitWithoutModel> unitsWithoutModel,
    Signature signature,
    List<String> recipients) {

  public BlocSummary {
    if (issuer == null || issuedOn == null) {
      throw new IllegalArgumentException("issuer and issuedOn are required");
    }
    rows = rows == null ? List.of() : List.copyOf(rows);
    unitsWithoutModel = unitsWithoutModel == null ? List.of() : List.copyOf(unitsWithoutModel);
    recipients = recipients == null ? List.of() : List.copyOf(recipients);
  }

  /**
   * A registered model.
   *
   * @param baseUnit the base unit (đảng bộ cơ sở or chi bộ cơ sở)
   * @param unitName the cell that carries it out (the base unit itself for its own model)
   * @param group the model group
   * @param status where the registration stands ("Đã duyệt", "Chờ duyệt", "Trả lại"…)
   */
  public record Row(
      String baseUnit,
      String unitName,
      String modelName,
      String group,
      String implementationPeriod,
      boolean continuing,
      String status) {}

  /**
   * A unit that has not registered a model for the year.
   *
   * @param baseUnit its base unit (itself for a base unit)
   * @param unitName the unit
   * @param kind what it is ("Đảng bộ cơ sở", "Chi bộ cơ sở", "Chi bộ trực thuộc")
   * @param note a note (e.g. "Quá hạn")
   */
  public record UnitWithoutModel(String baseUnit, String unitName, String kind, String note) {}
}
