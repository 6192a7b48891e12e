package vn.mohinh.organization;

/** Kinds of organisation in the bloc (see the glossary of the design brief). */
public enum UnitKind {
  /** Đảng bộ cơ sở: a base unit with subordinate cells. */
  COMMITTEE("Đảng ủy", "ĐU", true),
  /** Chi bộ cơ sở: a base unit directly under the bloc, without cells. */
  BASE_CELL("Chi bộ", "CB", true),
  /** Chi bộ trực thuộc: a cell under a committee. */
  CELL("Chi bộ", "CB", false),
  /** Đoàn thể: a mass organisation of the bloc. */
  MASS_ORGANISATION("Đoàn thể", "ĐT", false);

  private final String signatoryBody;
  private final String documentCode;
  private final boolean baseUnit;

  UnitKind(String signatoryBody, String documentCode, boolean baseUnit) {
    this.signatoryBody = signatoryBody;
    this.documentCode = documentCode;
    this.baseUnit = baseUnit;
  }

  /** The body that signs for the unit ("T/M CHI BỘ", "T/M ĐẢNG ỦY"). */
  public String signatoryBody() {
    return signatoryBody;
  }

  /** The issuing-body code of document numbers ("12-KH/CB", "07-BC/ĐU"). */
  public String documentCode() {
    return documentCode;
  }

  /** A base unit (tổ chức cơ sở đảng) reports straight to the bloc. */
  public boolean isBaseUnit() {
    return baseUnit;
  }

  /** Whether the unit registers models (cells, base cells and committees do; mass organisations do not). */
  public boolean registersModels() {
    return this != MASS_ORGANISATION;
  }
}
