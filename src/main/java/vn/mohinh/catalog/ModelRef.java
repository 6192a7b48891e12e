package vn.mohinh.catalog;

/**
 * A registered model (mô hình) as the other features refer to it.
 *
 * @param unitCode the unit that carries the model out (a cell, committee or base cell)
 * @param baseUnitCode the committee or base cell that answers for it to the bloc
 * @param status the registration's status key (e.g. ACCEPTED)
 */
public record ModelRef(
    String id,
    int year,
    String unitCode,
    String unitName,
    String baseUnitCode,
    String name,
    String groupCode,
    String groupName,
    String status,
    Boolean continuing) {

  /** How a person picks it from a list: "Tên mô hình – Chi bộ … (2026)". */
  public String label() {
    return (name == null ? "(chưa đặt tên)" : name) + " – " + unitName + " (" + year + ")";
  }
}
