package vn.mohinh.webapp;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our Vietnamese translations of the Camunda webapps ({@code locales/vi.json}) against the English
 * files shipped in the Camunda webjar: every key path present, no English left behind except
 * technical tokens, every {{placeholder}} kept. Plain JUnit, no Spring.
 */
class LocaleCompletenessTest {

  private static final String BASE = "META-INF/resources/webjars/camunda/app/";
  private static final String WEBJAR = "camunda-webapp-webjar";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** English values that may stay as they are although they hold ordinary words: product names. */
  private static final Set<String> ALLOWED_IDENTICAL =
      Set.of("Cockpit", "Tasklist", "Optimize", "Camunda Cockpit", "Camunda Tasklist", "Camunda Admin");

  /** Words that are technical tokens wherever they appear (acronyms, Camunda's type names, …). */
  private static final Pattern TECHNICAL_WORDS = Pattern.compile(
      "(?i)\\b(camunda|bpmn|dmn|cmmn|feel|rest|json|xml|html|csv|sql|api|url|uri|ids?|uuid|ldap|java|javascript"
          + "|groovy|spin|ok|ce|boolean|string|integer|long|double|short|bytes|null|tenants?"
          + "|fni|ede|r?pi|di|tu)\\b");
  /** Camunda variable type names, technical when they are the whole value. */
  private static final Set<String> TYPE_NAMES =
      Set.of("Boolean", "Bytes", "Date", "Double", "File", "Integer", "Json", "Long", "Null", "Object", "Short", "String", "Xml");
  private static final Pattern CAMEL_CASE_IDENTIFIER = Pattern.compile("\\b[a-z]+(?:[A-Z][a-z0-9]*)+\\b");
  private static final Pattern MARKUP = Pattern.compile("<[^>]*>|&[a-zA-Z]+;|&#\\d+;");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(.*?)\\s*}}");
  private static final Pattern PRINTF = Pattern.compile("%[sd]");
  /** A moment.js format without literal text, e.g. "DD/MM/YYYY", "HH:mm", "L". */
  private static final Pattern MOMENT_FORMAT = Pattern.compile("[LTDMYHhmsAad/.,:\\- ]+");
  /** A date pattern such as "YYYY-MM-DDTHH:mm:ss" or "yyyy-MM-dd'T'HH:mm:ss". */
  private static final Pattern DATE_PATTERN =
      Pattern.compile("(?=.*(?:YYYY|yyyy|MM|DD|dd|HH|hh|mm|ss))(?=.*[/:.\\-])[YyMDdHhmsSTAaZ'/:.,\\- ]+");

  static Stream<String> apps() {
    return Stream.of("tasklist", "cockpit", "admin", "welcome");
  }

  @ParameterizedTest
  @MethodSource("apps")
  void everyEnglishKeyPathIsTranslated(String app) throws IOException {
    Map<String, JsonNode> en = flatten(english(app));
    Map<String, JsonNode> vi = flatten(vietnamese(app));

    List<String> missing = new ArrayList<>();
    List<String> wrongType = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : en.entrySet()) {
      JsonNode translated = vi.get(entry.getKey());
      if (translated == null) {
        missing.add(entry.getKey());
      } else if (translated.getNodeType() != entry.getValue().getNodeType()) {
        wrongType.add(entry.getKey());
      }
    }
    List<String> unexpected = vi.keySet().stream().filter(k -> !en.containsKey(k)).toList();

    assertAll(
        () -> assertTrue(missing.isEmpty(),
            () -> app + "/locales/vi.json lacks " + missing.size() + " key path(s):\n  " + String.join("\n  ", missing)),
        () -> assertTrue(wrongType.isEmpty(),
            () -> app + "/locales/vi.json has values of another JSON type at:\n  " + String.join("\n  ", wrongType)),
        () -> assertTrue(unexpected.isEmpty(),
            () -> app + "/locales/vi.json has key path(s) en.json does not have:\n  " + String.join("\n  ", unexpected)));
  }

  @ParameterizedTest
  @MethodSource("apps")
  void noEnglishIsLeftBehind(String app) throws IOException {
    Map<String, JsonNode> en = flatten(english(app));
    Map<String, JsonNode> vi = flatten(vietnamese(app));

    List<String> untranslated = new ArrayList<>();
    en.forEach((path, english) -> {
      JsonNode translated = vi.get(path);
      if (english.isTextual() && translated != null && translated.isTextual()) {
        String value = english.asText();
        if (value.equals(translated.asText()) && !ALLOWED_IDENTICAL.contains(value.trim()) && !isTechnical(path, value)) {
          untranslated.add(path + " = \"" + value + "\"");
        }
      }
    });

    assertTrue(untranslated.isEmpty(),
        () -> app + "/locales/vi.json keeps " + untranslated.size() + " English value(s):\n  " + String.join("\n  ", untranslated));
  }

  @ParameterizedTest
  @MethodSource("apps")
  void placeholdersAreKept(String app) throws IOException {
    Map<String, JsonNode> en = flatten(english(app));
    Map<String, JsonNode> vi = flatten(vietnamese(app));

    List<String> broken = new ArrayList<>();
    en.forEach((path, english) -> {
      JsonNode translated = vi.get(path);
      if (english.isTextual() && translated != null && translated.isTextual()) {
        Set<String> lost = new TreeSet<>(placeholders(english.asText()));
        lost.removeAll(placeholders(translated.asText()));
        if (!printf(english.asText()).equals(printf(translated.asText()))) {
          lost.add("%s/%d");
        }
        if (!lost.isEmpty()) {
          broken.add(path + " lost " + lost + " in \"" + translated.asText() + "\"");
        }
      }
    });

    assertTrue(broken.isEmpty(), () -> app + "/locales/vi.json drops placeholders:\n  " + String.join("\n  ", broken));
  }

  @ParameterizedTest
  @MethodSource("apps")
  void vietnameseFileHasNoByteOrderMark(String app) throws IOException {
    byte[] bytes = vietnameseBytes(app);
    assertFalse(bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF,
        app + "/locales/vi.json starts with a UTF-8 BOM");
  }

  // --- technical tokens ------------------------------------------------------------------------

  static boolean isTechnical(String path, String value) {
    String v = value.trim();
    if (TYPE_NAMES.contains(v) || DATE_PATTERN.matcher(v).matches()) {
      return true;
    }
    if (path.startsWith("dateLocales.") && MOMENT_FORMAT.matcher(v).matches()) {
      return true;
    }
    String rest = PLACEHOLDER.matcher(v).replaceAll(" ");
    rest = PRINTF.matcher(rest).replaceAll(" ");
    rest = MARKUP.matcher(rest).replaceAll(" ");
    rest = CAMEL_CASE_IDENTIFIER.matcher(rest).replaceAll(" ");
    rest = TECHNICAL_WORDS.matcher(rest).replaceAll(" ");
    return rest.codePoints().noneMatch(Character::isLetter);
  }

  private static Set<String> placeholders(String text) {
    Set<String> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      found.add("{{" + m.group(1).replaceAll("\\s+", "") + "}}");
    }
    return found;
  }

  private static List<String> printf(String text) {
    List<String> found = new ArrayList<>();
    Matcher m = PRINTF.matcher(text);
    while (m.find()) {
      found.add(m.group());
    }
    Collections.sort(found);
    return found;
  }

  // --- loading -----------------------------------------------------------------------------------

  /** The webjar's en.json (it starts with a BOM). */
  private static JsonNode english(String app) throws IOException {
    String path = BASE + app + "/locales/en.json";
    URL found = null;
    for (URL url : resources(path)) {
      if (found == null || url.toString().contains(WEBJAR)) {
        found = url;
      }
    }
    if (found == null) {
      fail("The Camunda webjar's " + path + " is not on the test classpath");
    }
    return parse(read(found));
  }

  private static JsonNode vietnamese(String app) throws IOException {
    return parse(vietnameseBytes(app));
  }

  /** Our vi.json: the classpath copy that is not the webjar's, else the source file on disk. */
  private static byte[] vietnameseBytes(String app) throws IOException {
    String path = BASE + app + "/locales/vi.json";
    for (URL url : resources(path)) {
      if (!url.toString().contains(WEBJAR)) {
        return read(url);
      }
    }
    Path onDisk = Path.of("src/main/resources", path);
    if (Files.isRegularFile(onDisk)) {
      return Files.readAllBytes(onDisk);
    }
    return fail("No " + path + " of ours, neither on the classpath nor in src/main/resources");
  }

  private static List<URL> resources(String path) throws IOException {
    List<URL> urls = new ArrayList<>();
    Enumeration<URL> found = LocaleCompletenessTest.class.getClassLoader().getResources(path);
    while (found.hasMoreElements()) {
      urls.add(found.nextElement());
    }
    return urls;
  }

  private static byte[] read(URL url) throws IOException {
    try (InputStream in = url.openStream()) {
      return in.readAllBytes();
    }
  }

  private static JsonNode parse(byte[] bytes) throws IOException {
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return JSON.readTree(text);
  }

  /** Leaf values by key path: "labels.ABORT", "dateLocales.months[0]". */
  static Map<String, JsonNode> flatten(JsonNode root) {
    Map<String, JsonNode> leaves = new LinkedHashMap<>();
    flatten(root, "", leaves);
    return leaves;
  }

  private static void flatten(JsonNode node, String path, Map<String, JsonNode> leaves) {
    if (node.isObject()) {
      node.properties().forEach(e -> flatten(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), leaves));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        flatten(node.get(i), path + "[" + i + "]", leaves);
      }
    } else {
      leaves.put(path, node);
    }
  }
}
