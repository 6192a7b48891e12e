package vn.mohinh.document;

/**
 * Layout options of the Word documents.
 *
 * @param margins the page margins
 * @param unitSeparator the mark under the issuing body, separating it from the number line
 *     (Hướng dẫn 36-HD/VPTW: an asterisk; "-----" is also seen)
 */
public record DocxOptions(PageMargins margins, String unitSeparator) {

  public static final DocxOptions DEFAULT = new DocxOptions(PageMargins.DEFAULT, "*");

  public DocxOptions {
    margins = margins == null ? PageMargins.DEFAULT : margins;
    unitSeparator = unitSeparator == null ? "*" : unitSeparator.strip();
  }
}
