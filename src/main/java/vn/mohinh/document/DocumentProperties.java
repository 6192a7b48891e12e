package vn.mohinh.document;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configuration of the official documents ({@code mohinh.documents.*}).
 *
 * @param term the committees' term (nhiệm kỳ), over which document numbers run
 * @param margins the page margins of the Word documents, in millimetres
 * @param place the place of the date line; empty: the bloc's place from the organisation file
 * @param unitSeparator the mark under the issuing body in the header ("*" per Hướng dẫn 36-HD/VPTW)
 */
@ConfigurationProperties("mohinh.documents")
public record DocumentProperties(
    @DefaultValue Term term,
    @DefaultValue Margins margins,
    String place,
    @DefaultValue("*") String unitSeparator) {

  /**
   * The term (nhiệm kỳ): document numbers start again at 1 when a term begins.
   *
   * @param startYear the first year of a term (any term: the terms repeat every {@code years})
   * @param years the length of a term
   */
  public record Term(@DefaultValue("2025") int startYear, @DefaultValue("5") int years) {

    public Term {
      if (years < 1) {
        throw new IllegalArgumentException("mohinh.documents.term.years must be at least 1");
      }
    }

    /** The first year of the term that the year falls in. */
    public int startOf(int year) {
      return startYear + Math.floorDiv(year - startYear, years) * years;
    }
  }

  /** Page margins in millimetres (defaults: top 20, bottom 20, left 30, right 15). */
  public record Margins(
      @DefaultValue("20") double top,
      @DefaultValue("20") double bottom,
      @DefaultValue("30") double left,
      @DefaultValue("15") double right) {

    public PageMargins toPageMargins() {
      return new PageMargins(top, bottom, left, right);
    }
  }

  public DocxOptions docxOptions() {
    return new DocxOptions(margins.toPageMargins(), unitSeparator);
  }
}
