package vn.mohinh.organization;

/** A person's position in a unit. */
public enum Position {
  SECRETARY("Bí thư"),
  DEPUTY_SECRETARY("Phó Bí thư"),
  COMMITTEE_MEMBER("Cấp ủy viên"),
  CHAIR("Chủ tịch"),
  VICE_CHAIR("Phó Chủ tịch");

  private final String label;

  Position(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Whether the position signs the unit's documents. */
  public boolean signs() {
    return this == SECRETARY || this == CHAIR;
  }
}
