package vn.mohinh.organization;

/** Naming of the Camunda groups that mirror the directory. */
public final class UnitGroups {

  /** Prefix of a unit's group: its people (secretary, committee members). */
  public static final String UNIT_PREFIX = "unit-";

  /** Everybody who belongs to a unit or mass organisation: gets Tasklist and the unit filters. */
  public static final String ALL_UNITS = "units";

  private UnitGroups() {}

  public static String groupOf(String unitCode) {
    return UNIT_PREFIX + unitCode;
  }

  /** The unit code of a unit group, or null if the group is not a unit's. */
  public static String unitOf(String groupId) {
    return groupId != null && groupId.startsWith(UNIT_PREFIX) ? groupId.substring(UNIT_PREFIX.length()) : null;
  }
}
