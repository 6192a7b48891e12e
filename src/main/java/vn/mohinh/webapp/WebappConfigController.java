package vn.mohinh.webapp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.mohinh.organization.Bloc;
import vn.mohinh.organization.OrganizationDirectory;

/**
 * Serves the Camunda webapps' {@code scripts/config.js} with the bloc's name as vendor: our copies
 * of the files (under {@code src/main/resources/META-INF/resources/webjars/camunda/app/}) carry the
 * placeholder {@value #PLACEHOLDER}, replaced here by the name from the organisation file, escaped
 * for a JavaScript string literal. Takes precedence over the static resource handler of the
 * Camunda starter for these four URLs only.
 */
@RestController
public class WebappConfigController {

  static final String PLACEHOLDER = "__BLOC_NAME__";
  static final Set<String> APPS = Set.of("tasklist", "cockpit", "admin", "welcome");
  static final MediaType JAVASCRIPT = new MediaType("application", "javascript", StandardCharsets.UTF_8);

  private final OrganizationDirectory organizationDirectory;
  private final Map<String, String> templates = new ConcurrentHashMap<>();

  public WebappConfigController(OrganizationDirectory organizationDirectory) {
    this.organizationDirectory = organizationDirectory;
  }

  @GetMapping("${camunda.bpm.webapp.application-path:/camunda}/app/{app}/scripts/config.js")
  public ResponseEntity<String> config(@PathVariable("app") String app) {
    String template = APPS.contains(app) ? templates.computeIfAbsent(app, WebappConfigController::load) : null;
    if (template == null) {
      return ResponseEntity.notFound().build();
    }
    String blocName;
    try {
      Bloc bloc = organizationDirectory.bloc();
      blocName = bloc.name() == null ? "" : bloc.name();
    } catch (IllegalStateException notLoadedYet) {
      // The organisation file is read by an ApplicationRunner, just after the server starts.
      return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).cacheControl(CacheControl.noCache()).build();
    }
    return ResponseEntity.ok()
        .contentType(JAVASCRIPT)
        .cacheControl(CacheControl.noCache())
        .body(template.replace(PLACEHOLDER, jsString(blocName)));
  }

  /**
   * The app's config.js: the classpath copy that carries the placeholder (ours, not the webjar's,
   * whatever the classpath order), else the first copy found, or null when there is none.
   */
  private static String load(String app) {
    String path = "META-INF/resources/webjars/camunda/app/" + app + "/scripts/config.js";
    try {
      String first = null;
      Enumeration<URL> urls = WebappConfigController.class.getClassLoader().getResources(path);
      while (urls.hasMoreElements()) {
        try (InputStream in = urls.nextElement().openStream()) {
          String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
          if (text.contains(PLACEHOLDER)) {
            return text;
          }
          first = first == null ? text : first;
        }
      }
      return first;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + path, e);
    }
  }

  /** The content of a JavaScript string literal (single or double quoted) safe inside HTML too. */
  static String jsString(String value) {
    StringBuilder out = new StringBuilder(value.length() + 16);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\'' -> out.append("\\'");
        case '"' -> out.append("\\\"");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '<' -> out.append("\\u003C");
        case '>' -> out.append("\\u003E");
        case '&' -> out.append("\\u0026");
        case '\u2028' -> out.append("\\u2028");
        case '\u2029' -> out.append("\\u2029");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            out.append(String.format("\\u%04X", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
