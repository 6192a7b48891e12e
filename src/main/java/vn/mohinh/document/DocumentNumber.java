package vn.mohinh.document;

/**
 * The number of an issued document: {@code Số 12-KH/CB}. Numbers below 10 are written with a
 * leading zero ({@code Số 07-BC/ĐU}).
 *
 * @param sequence the number within the issuer, type and term; 0 for a draft without a number yet
 */
public record DocumentNumber(int sequence, DocumentType type, String issuerCode) {

  public DocumentNumber {
    if (sequence < 0) {
      throw new IllegalArgumentException("sequence must not be negative");
    }
    if (type == null) {
      throw new IllegalArgumentException("type is required");
    }
    issuerCode = Texts.require(issuerCode, "issuerCode");
  }

  /** A document not numbered yet: the number line leaves the space for the number. */
  public static DocumentNumber draft(DocumentType type, String issuerCode) {
    return new DocumentNumber(0, type, issuerCode);
  }

  /** The symbol without "Số": {@code 12-KH/CB}. */
  public String symbol() {
    String number = sequence == 0 ? "     " : String.format("%02d", sequence);
    return number + "-" + type.code() + "/" + issuerCode;
  }

  /** The number line of the header: {@code Số 12-KH/CB}. */
  public String line() {
    return "Số " + symbol();
  }
}
