package vn.mohinh.document;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Text handling shared by the generators: clean Unicode, capitals, paragraphs, date lines. */
public final class Texts {

  /** Vietnamese, for capitals ("Đảng ủy" → "ĐẢNG ỦY"). */
  public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

  private Texts() {}

  /**
   * The text in composed Unicode (NFC: what Times New Roman renders best, also when the unit typed
   * with a combining-diacritics keyboard), without characters an Office file cannot hold (control
   * characters other than tab and line breaks, unpaired surrogates), trimmed; null becomes "".
   */
  public static String clean(String text) {
    if (text == null) {
      return "";
    }
    String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(composed.length());
    for (int i = 0; i < composed.length(); i++) {
      char c = composed.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < composed.length() && Character.isLowSurrogate(composed.charAt(i + 1))) {
          out.append(c).append(composed.charAt(++i));
        }
        continue;
      }
      if (Character.isLowSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
        continue;
      }
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
        continue;
      }
      out.append(c);
    }
    return out.toString().strip();
  }

  static String require(String text, String name) {
    String cleaned = clean(text);
    if (cleaned.isEmpty()) {
      throw new IllegalArgumentException(name + " is required");
    }
    return cleaned;
  }

  /** Capitals, the Vietnamese way. */
  public static String upper(String text) {
    return clean(text).toUpperCase(VIETNAMESE);
  }

  /**
   * The paragraphs of a multi-line entry: one per line, blank lines dropped, nothing else lost.
   * Windows (CR LF), old Mac (CR) and Unix line ends are all recognised.
   */
  public static List<String> paragraphs(String text) {
    List<String> paragraphs = new ArrayList<>();
    for (String line : clean(text).split("\\r\\n|\\r|\\n")) {
      String stripped = line.strip();
      if (!stripped.isEmpty()) {
        paragraphs.add(stripped);
      }
    }
    return paragraphs;
  }

  /** The place and date line: {@code Trà Vinh, ngày 05 tháng 02 năm 2026} (leading zeros). */
  public static String dateLine(String place, LocalDate date) {
    return String.format(
        "%s, ngày %02d tháng %02d năm %d", clean(place), date.getDayOfMonth(), date.getMonthValue(), date.getYear());
  }

  /** A model's name in Vietnamese quotation marks: “…”. Quotes the unit typed are not doubled. */
  public static String quoted(String name) {
    String cleaned = clean(name);
    while (cleaned.length() >= 2 && isQuote(cleaned.charAt(0)) && isQuote(cleaned.charAt(cleaned.length() - 1))) {
      cleaned = cleaned.substring(1, cleaned.length() - 1).strip();
    }
    return "“" + cleaned + "”";
  }

  private static boolean isQuote(char c) {
    return c == '"' || c == '“' || c == '”' || c == '\'';
  }
}
