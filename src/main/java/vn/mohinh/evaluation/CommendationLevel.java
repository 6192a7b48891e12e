package vn.mohinh.evaluation;

/**
 * The commendation levels the decision table {@code processes/commendation-level.dmn} proposes, as
 * stored. The names are stable codes (never rename one); the labels are the defaults, the table's
 * {@code levelLabel} output is what is shown and stored with a proposal.
 */
public enum CommendationLevel {
  /** Not proposed for a commendation this year. */
  NONE("Không đề nghị khen thưởng"),
  /** Đề nghị biểu dương. */
  PRAISE("Đề nghị biểu dương"),
  /** Giấy khen của Ban Thường vụ Đảng ủy Khối. */
  BLOC_CERTIFICATE("Giấy khen của Ban Thường vụ Đảng ủy Khối"),
  /** Đề nghị cấp trên khen thưởng. */
  HIGHER_AWARD("Đề nghị cấp trên khen thưởng");

  private final String label;

  CommendationLevel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Whether this is a commendation at all. */
  public boolean commended() {
    return this != NONE;
  }

  public static CommendationLevel of(String code) {
    try {
      return valueOf(code);
    } catch (RuntimeException e) {
      throw new IllegalStateException("Unknown commendation level '" + code + "' (check processes/commendation-level.dmn)");
    }
  }
}
