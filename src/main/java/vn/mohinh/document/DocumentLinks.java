package vn.mohinh.document;

import org.springframework.web.util.UriUtils;

/**
 * Where the official documents are downloaded ({@link DocumentController}), as paths relative to
 * the server: Tasklist runs on the same origin, so a form links them as they are; a mail puts
 * {@code mohinh.base-url} in front.
 */
public final class DocumentLinks {

  public static final String BASE = "/api/documents";

  private DocumentLinks() {}

  /** Mẫu 01 of a model: {@code /api/documents/plans/{initiativeId}.docx}. */
  public static String plan(String initiativeId) {
    return BASE + "/plans/" + segment(initiativeId) + ".docx";
  }

  /** Mẫu 03 of a model: {@code /api/documents/reports/{initiativeId}.docx}. */
  public static String report(String initiativeId) {
    return BASE + "/reports/" + segment(initiativeId) + ".docx";
  }

  /** Mẫu 02 of a committee: {@code /api/documents/summaries/{year}/{committeeCode}.xlsx}. */
  public static String summary(int year, String committeeCode) {
    return BASE + "/summaries/" + year + "/" + segment(committeeCode) + ".xlsx";
  }

  /** The bloc-wide registration summary: {@code /api/documents/bloc-summary/{year}.xlsx}. */
  public static String blocSummary(int year) {
    return BASE + "/bloc-summary/" + year + ".xlsx";
  }

  /** The year's evaluation and commendation list: {@code /api/documents/commendations/{year}.xlsx}. */
  public static String commendations(int year) {
    return BASE + "/commendations/" + year + ".xlsx";
  }

  /**
   * The text with every Markdown (and HTML) control character backslash-escaped, on one line: for
   * a label inserted into the Markdown of a form-js text component, which is rendered after the
   * {@code {{ }}} inserts.
   */
  public static String escapeMarkdown(String text) {
    String clean = Texts.clean(text).replaceAll("\\s+", " ");
    StringBuilder out = new StringBuilder(clean.length() + 8);
    for (int i = 0; i < clean.length(); i++) {
      char c = clean.charAt(i);
      if ("\\`*_{}[]()<>#+-.!|~&\"'".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  private static String segment(String value) {
    return UriUtils.encodePathSegment(Texts.require(value, "path segment"), java.nio.charset.StandardCharsets.UTF_8);
  }
}
