package vn.mohinh.showcase;

import java.util.Arrays;
import java.util.List;

/** Plain text to paragraphs: blank lines separate them; line breaks inside one are kept. */
final class Paragraphs {

  private Paragraphs() {}

  static List<String> of(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return Arrays.stream(text.replace("\r\n", "\n").replace('\r', '\n').split("\n\\s*\n"))
        .map(String::strip)
        .filter(p -> !p.isEmpty())
        .toList();
  }
}
