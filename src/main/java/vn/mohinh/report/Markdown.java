package vn.mohinh.report;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * Text for the read-only parts of Camunda Forms: a form's text component renders Markdown after
 * filling in its {@code {{ }}} templates, so what people wrote is escaped (a '*' stays a '*') and
 * each line becomes a paragraph. Numbers are written as Vietnamese write them (1.234,5).
 */
public final class Markdown {

  private static final String SPECIAL = "\\`*_{}[]<>()#+-.!|~";

  private Markdown() {}

  /**
   * A text only shown by a form, as a task variable: a JSON string (Tasklist gives it to the form
   * as a plain string), because a String variable holds at most 4000 characters. Null stays null.
   */
  public static TypedValue shown(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder json = new StringBuilder(text.length() + 16).append('"');
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '\n' -> json.append("\\n");
        case '\r' -> json.append("\\r");
        case '\t' -> json.append("\\t");
        default -> {
          if (c < 0x20) {
            json.append(String.format("\\u%04x", (int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    return SpinValues.jsonValue(json.append('"').toString()).create();
  }

  /** Escapes what people wrote; every line is its own paragraph. Null or blank: "(không có)". */
  public static String paragraphs(String text) {
    if (text == null || text.isBlank()) {
      return "_(không có)_";
    }
    StringBuilder out = new StringBuilder();
    for (String line : text.replace("\r\n", "\n").split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      if (!out.isEmpty()) {
        out.append("\n\n");
      }
      out.append(escape(line.strip()));
    }
    return out.toString();
  }

  /** {@link #paragraphs(String)}, but null for null or blank text (a form hides what is null). */
  public static String paragraphsOrNull(String text) {
    return text == null || text.isBlank() ? null : paragraphs(text);
  }

  /** Escapes Markdown's special characters in one line of text. */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (char c : text.toCharArray()) {
      if (SPECIAL.indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  /** A section: a bold heading line and the escaped text. */
  public static String section(String heading, String text) {
    return "**" + escape(heading) + "**\n\n" + paragraphs(text);
  }

  /** Sections one after another. */
  public static String sections(List<String> sections) {
    return String.join("\n\n", sections);
  }

  /** 1234.5 → "1.234,5"; 12 → "12"; null → "". */
  public static String number(BigDecimal value) {
    if (value == null) {
      return "";
    }
    DecimalFormatSymbols symbols = new DecimalFormatSymbols();
    symbols.setDecimalSeparator(',');
    symbols.setGroupingSeparator('.');
    symbols.setMinusSign('-');
    DecimalFormat format = new DecimalFormat("#,##0.####", symbols);
    return format.format(value);
  }

  /** 85.5 → "85,50" (a score with two decimals). */
  public static String score(BigDecimal value) {
    if (value == null) {
      return "";
    }
    DecimalFormatSymbols symbols = new DecimalFormatSymbols();
    symbols.setDecimalSeparator(',');
    symbols.setGroupingSeparator('.');
    return new DecimalFormat("#,##0.00", symbols).format(value);
  }
}
