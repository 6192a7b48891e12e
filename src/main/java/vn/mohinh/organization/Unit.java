package vn.mohinh.organization;

/**
 * A unit of the bloc: a committee, a base cell, a cell or a mass organisation.
 *
 * @param parentCode the committee of a cell, null for a base unit or mass organisation
 * @param parentName the committee's name, null where there is none
 */
public record Unit(
    String code, String name, UnitKind kind, String parentCode, String parentName, int sortOrder) {

  /** The Camunda group of the unit's people. */
  public String groupId() {
    return UnitGroups.groupOf(code);
  }

  /** The name with its committee, unambiguous across the bloc ("Chi bộ Văn phòng – Đảng bộ Sở Tài chính"). */
  public String displayName() {
    return parentName == null ? name : name + " – " + parentName;
  }

  public boolean isCell() {
    return kind == UnitKind.CELL;
  }

  public boolean isCommittee() {
    return kind == UnitKind.COMMITTEE;
  }
}
