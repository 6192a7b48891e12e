package vn.mohinh.showcase;

import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.mohinh.organization.OrganizationDirectory;

/**
 * The bloc's good models for everybody, without login: a list filtered by year and group, a page per
 * model and an Atom feed the bloc's website can pull. Reads published models only, and only their
 * public columns ({@link PublicShowcase}); the templates escape everything.
 */
@Controller
@RequestMapping("/public/mo-hinh")
public class PublicShowcaseController {

  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern GROUP = Pattern.compile("[A-Za-z0-9._-]{1,64}");
  private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  static final String SECURITY_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'self'";

  private final ShowcaseRepository repository;
  private final OrganizationDirectory directory;
  private final ShowcaseProperties properties;
  private final String baseUrl;
  private final ZoneId zone;

  public PublicShowcaseController(
      ShowcaseRepository repository,
      OrganizationDirectory directory,
      ShowcaseProperties properties,
      @Value("${mohinh.base-url:http://localhost:8080}") String baseUrl,
      @Value("${mohinh.time-zone:Asia/Ho_Chi_Minh}") String zone) {
    this.repository = repository;
    this.directory = directory;
    this.properties = properties;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.zone = ZoneId.of(zone);
  }

  /** A published model as the templates show it. */
  public record Item(String id, String title, String summary, String unitName, String groupName, int year, String published,
      List<String> paragraphs) {}

  @GetMapping
  public String list(
      @RequestParam(name = "nam", required = false) String yearParam,
      @RequestParam(name = "nhom", required = false) String groupParam,
      @RequestParam(name = "trang", required = false) String pageParam,
      Model model,
      HttpServletResponse response) {
    Integer year = yearParam != null && YEAR.matcher(yearParam).matches() ? Integer.valueOf(yearParam) : null;
    String group = groupParam != null && GROUP.matcher(groupParam).matches() ? groupParam : null;
    int page = pageParam != null && pageParam.matches("\\d{1,4}") ? Math.max(1, Integer.parseInt(pageParam)) : 1;
    int size = properties.pageSize();
    long total = repository.countPublished(year, group);
    List<Item> items = repository.findPublished(year, group, (page - 1) * size, size).stream().map(this::item).toList();
    Map<String, String> groups = new LinkedHashMap<>();
    for (String[] g : repository.publishedGroups()) {
      groups.put(g[0], g[1] == null ? g[0] : g[1]);
    }
    model.addAttribute("blocName", directory.bloc().name());
    model.addAttribute("items", items);
    model.addAttribute("total", total);
    model.addAttribute("years", repository.publishedYears());
    model.addAttribute("groups", groups);
    model.addAttribute("year", year);
    model.addAttribute("group", group);
    model.addAttribute("page", page);
    model.addAttribute("hasPrevious", page > 1);
    model.addAttribute("hasNext", (long) page * size < total);
    model.addAttribute("feedUrl", baseUrl + "/public/mo-hinh/atom.xml");
    securityHeaders(response);
    return "public/mo-hinh";
  }

  @GetMapping("/{id}")
  public String detail(@PathVariable("id") String id, Model model, HttpServletResponse response) {
    securityHeaders(response);
    model.addAttribute("blocName", directory.bloc().name());
    Optional<PublicShowcase> found = ID.matcher(id).matches() ? repository.findPublishedById(id) : Optional.empty();
    if (found.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      return "public/mo-hinh-khong-co";
    }
    model.addAttribute("item", item(found.get()));
    model.addAttribute("feedUrl", baseUrl + "/public/mo-hinh/atom.xml");
    return "public/mo-hinh-bai";
  }

  @GetMapping("/atom.xml")
  public ResponseEntity<String> atom() {
    List<PublicShowcase> entries = repository.findPublished(null, null, 0, properties.feedSize());
    String feed = AtomFeedWriter.write(
        directory.bloc().code(), directory.bloc().name(), baseUrl, repository.lastChange().orElse(null), entries);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
        .cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePublic())
        .header("X-Content-Type-Options", "nosniff")
        .body(feed);
  }

  private Item item(PublicShowcase s) {
    return new Item(s.id(), s.title(), s.summary(), s.unitName(), s.groupName(), s.year(),
        s.publishedAt() == null ? "" : DAY.format(s.publishedAt().atZone(zone)), s.paragraphs());
  }

  private static void securityHeaders(HttpServletResponse response) {
    response.setHeader("Content-Security-Policy", SECURITY_POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
  }
}
