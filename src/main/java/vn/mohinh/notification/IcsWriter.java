package vn.mohinh.notification;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A small RFC 5545 writer for the deadline attachments: one VCALENDAR (METHOD:PUBLISH) with a
 * VEVENT per deadline, times in UTC (no VTIMEZONE needed), a display alarm the day before, text
 * escaped (backslash, semicolon, comma, line breaks), lines folded at 75 octets without splitting a
 * UTF-8 character, CRLF line ends.
 *
 * <p>The UID of a deadline's event is stable per deadline and unit (not per date): when a deadline
 * is moved, the next mail's event replaces the old one in the calendar, as its SEQUENCE (the time
 * it was written) is higher.
 */
public final class IcsWriter {

  private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  /** SEQUENCE counts minutes since 2020-01-01: increases with every newer version of an event. */
  private static final long SEQUENCE_EPOCH = 1_577_836_800L;

  private IcsWriter() {}

  /**
   * @param uid stable identity of the deadline for the unit
   * @param url where to do the work (Tasklist)
   */
  public record Event(String uid, Instant at, String summary, String description, String url) {}

  public static String write(List<Event> events, Instant stamp) {
    StringBuilder out = new StringBuilder();
    line(out, "BEGIN:VCALENDAR");
    line(out, "VERSION:2.0");
    line(out, "PRODID:-//mohinh//Mo hinh hoc tap va lam theo Bac//VI");
    line(out, "CALSCALE:GREGORIAN");
    line(out, "METHOD:PUBLISH");
    long sequence = Math.max(0, (stamp.getEpochSecond() - SEQUENCE_EPOCH) / 60);
    for (Event event : events) {
      line(out, "BEGIN:VEVENT");
      line(out, "UID:" + text(event.uid()));
      line(out, "DTSTAMP:" + UTC.format(stamp));
      line(out, "DTSTART:" + UTC.format(event.at()));
      line(out, "DTEND:" + UTC.format(event.at()));
      line(out, "SEQUENCE:" + sequence);
      line(out, "SUMMARY:" + text(event.summary()));
      if (event.description() != null) {
        line(out, "DESCRIPTION:" + text(event.description()));
      }
      if (event.url() != null) {
        line(out, "URL:" + event.url());
      }
      line(out, "TRANSP:TRANSPARENT");
      line(out, "BEGIN:VALARM");
      line(out, "ACTION:DISPLAY");
      line(out, "TRIGGER:-P1D");
      line(out, "DESCRIPTION:" + text(event.summary()));
      line(out, "END:VALARM");
      line(out, "END:VEVENT");
    }
    line(out, "END:VCALENDAR");
    return out.toString();
  }

  /** TEXT value escaping of RFC 5545 §3.3.11. */
  static String text(String value) {
    if (value == null) {
      return "";
    }
    StringBuilder escaped = new StringBuilder(value.length() + 8);
    String normalized = value.replace("\r\n", "\n").replace('\r', '\n');
    for (int i = 0; i < normalized.length(); i++) {
      char c = normalized.charAt(i);
      switch (c) {
        case '\\' -> escaped.append("\\\\");
        case ';' -> escaped.append("\\;");
        case ',' -> escaped.append("\\,");
        case '\n' -> escaped.append("\\n");
        default -> {
          if (c >= 0x20 || c == '\t') {
            escaped.append(c);
          }
        }
      }
    }
    return escaped.toString();
  }

  /** Appends a content line, folded at 75 octets (RFC 5545 §3.1), ended by CRLF. */
  static void line(StringBuilder out, String content) {
    int octets = 0;
    int limit = 75;
    for (int i = 0; i < content.length(); ) {
      int codePoint = content.codePointAt(i);
      int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
      if (octets + size > limit) {
        out.append("\r\n ");
        octets = 1;
        limit = 75;
      }
      out.appendCodePoint(codePoint);
      octets += size;
      i += Character.charCount(codePoint);
    }
    out.append("\r\n");
  }
}
