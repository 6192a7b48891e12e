package vn.mohinh.document;

/**
 * Identifies a numbered document, so that it keeps its number: the plan of initiative 42 for
 * 2026 is {@code (PLAN, "42", 2026)}.
 */
public record DocumentKey(DocumentType type, String subjectId, int year) {

  public DocumentKey {
    if (type == null) {
      throw new IllegalArgumentException("type is required");
    }
    subjectId = Texts.require(subjectId, "subjectId");
    if (subjectId.length() > 64) {
      throw new IllegalArgumentException("subjectId is longer than 64 characters");
    }
  }
}
