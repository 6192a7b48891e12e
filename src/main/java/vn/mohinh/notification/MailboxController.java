package vn.mohinh.notification;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.mohinh.notification.OutboxMail.MailStatus;
import vn.mohinh.security.CurrentUser;

/**
 * "Hộp thư thử": the administrator's view of the outbox at {@code /app/admin/mail}. Lists every
 * mail with its state, shows one mail as the recipient sees it (the HTML in a sandboxed frame,
 * the text part as text) and re-sends a failed one. In the demo (delivery {@code capture}) this is
 * where the mails the product would send are read. Only for {@code camunda-admin}; the re-send is a
 * POST carrying the session's anti-forgery token, from the same origin.
 */
@Controller
@RequestMapping("/app/admin/mail")
public class MailboxController {

  static final String CSRF_ATTRIBUTE = MailboxController.class.getName() + ".csrf";
  static final String CSRF_PARAMETER = "_csrf";
  private static final int PAGE_SIZE = 100;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String CSP =
      "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; frame-src 'self'; "
          + "form-action 'self'; base-uri 'none'; frame-ancestors 'self'";

  private final OutboxRepository repository;
  private final OutboxSenderRunner runner;
  private final MailSettings settings;
  private final NotificationClock clock;
  private final DateTimeFormatter timestamps;
  private final String baseUrl;

  public MailboxController(
      OutboxRepository repository,
      OutboxSenderRunner runner,
      MailSettings settings,
      NotificationClock clock,
      @Value("${mohinh.time-zone:Asia/Ho_Chi_Minh}") String timeZone,
      @Value("${mohinh.base-url:http://localhost:8080}") String baseUrl) {
    this.repository = repository;
    this.runner = runner;
    this.settings = settings;
    this.clock = clock;
    this.timestamps = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(ZoneId.of(timeZone));
    this.baseUrl = baseUrl;
  }

  @GetMapping
  public String list(
      @RequestParam(name = "status", required = false) String status,
      @RequestParam(name = "page", defaultValue = "0") int page,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    Optional<String> denied = guard(request, response, model);
    if (denied.isPresent()) {
      return denied.get();
    }
    MailStatus filter = parseStatus(status);
    int safePage = Math.max(0, page);
    model.addAttribute("mails", repository.list(filter, PAGE_SIZE + 1, safePage * PAGE_SIZE));
    model.addAttribute("pageSize", PAGE_SIZE);
    model.addAttribute("page", safePage);
    model.addAttribute("status", filter == null ? null : filter.name());
    model.addAttribute("counts", repository.countByStatus());
    model.addAttribute("labels", labels());
    model.addAttribute("delivery", settings.delivery().name());
    model.addAttribute("fmt", this);
    return "admin/mail-list";
  }

  @GetMapping("/{id}")
  public String view(
      @PathVariable("id") long id,
      @RequestParam(name = "resent", required = false) String resent,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    Optional<String> denied = guard(request, response, model);
    if (denied.isPresent()) {
      return denied.get();
    }
    Optional<OutboxMail> mail = repository.find(id);
    if (mail.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      model.addAttribute("message", "Không có thư số " + id + ".");
      return "admin/mail-denied";
    }
    model.addAttribute("mail", mail.get());
    model.addAttribute("labels", labels());
    model.addAttribute("csrf", csrfToken(request.getSession(true)));
    model.addAttribute("resent", resent != null);
    model.addAttribute("fmt", this);
    return "admin/mail-view";
  }

  @PostMapping("/{id}/resend")
  public String resend(
      @PathVariable("id") long id,
      @RequestParam(name = CSRF_PARAMETER, required = false) String token,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    Optional<String> denied = guard(request, response, model);
    if (denied.isPresent()) {
      return denied.get();
    }
    if (!validToken(request.getSession(false), token) || !sameOrigin(request)) {
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      model.addAttribute("message", "Yêu cầu không hợp lệ (hết phiên hoặc không gửi từ trang này). Xin mở lại trang và thử lại.");
      return "admin/mail-denied";
    }
    if (!repository.resend(id, clock.clock().instant())) {
      response.setStatus(HttpServletResponse.SC_CONFLICT);
      model.addAttribute("message", "Chỉ gửi lại được thư đang ở trạng thái “Gửi lỗi”.");
      return "admin/mail-denied";
    }
    runner.nudge();
    return "redirect:/app/admin/mail/" + id + "?resent";
  }

  /** Empty for a page the admin may see; else the view explaining why not. */
  private Optional<String> guard(HttpServletRequest request, HttpServletResponse response, Model model) {
    response.setHeader("Content-Security-Policy", CSP);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("Cache-Control", "no-store");
    // The product's authentication filter (vn.mohinh.security) authenticates every /app/** request.
    Optional<CurrentUser> caller = CurrentUser.find(request);
    if (caller.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      model.addAttribute("message", "Xin đăng nhập bằng tài khoản quản trị rồi mở lại trang này.");
      model.addAttribute("login", true);
      return Optional.of("admin/mail-denied");
    }
    if (!caller.get().isAdmin()) {
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      model.addAttribute("message", "Trang này chỉ dành cho quản trị hệ thống.");
      return Optional.of("admin/mail-denied");
    }
    model.addAttribute("user", caller.get().userId());
    return Optional.empty();
  }

  static String csrfToken(HttpSession session) {
    Object token = session.getAttribute(CSRF_ATTRIBUTE);
    if (token instanceof String existing) {
      return existing;
    }
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String fresh = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    session.setAttribute(CSRF_ATTRIBUTE, fresh);
    return fresh;
  }

  static boolean validToken(HttpSession session, String token) {
    if (session == null || token == null || !(session.getAttribute(CSRF_ATTRIBUTE) instanceof String expected)) {
      return false;
    }
    return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
  }

  /** The Origin (or, without it, the Referer) is this server or the configured public address. */
  boolean sameOrigin(HttpServletRequest request) {
    String source = request.getHeader("Origin");
    if (source == null || source.isBlank()) {
      source = request.getHeader("Referer");
    }
    if (source == null || source.isBlank()) {
      return true; // the token alone decides (some browsers send neither on a same-origin POST)
    }
    String origin = origin(source);
    String self = request.getScheme() + "://" + request.getServerName() + port(request.getScheme(), request.getServerPort());
    return origin != null && (origin.equalsIgnoreCase(self) || origin.equalsIgnoreCase(origin(baseUrl)));
  }

  private static String origin(String url) {
    try {
      URI uri = URI.create(url.strip());
      if (uri.getScheme() == null || uri.getHost() == null) {
        return null;
      }
      return uri.getScheme() + "://" + uri.getHost() + port(uri.getScheme(), uri.getPort());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String port(String scheme, int port) {
    boolean standard = port < 0 || ("http".equalsIgnoreCase(scheme) && port == 80) || ("https".equalsIgnoreCase(scheme) && port == 443);
    return standard ? "" : ":" + port;
  }

  private static MailStatus parseStatus(String status) {
    if (status == null || status.isBlank()) {
      return null;
    }
    try {
      return MailStatus.valueOf(status.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static Map<String, String> labels() {
    return Map.of(
        "PENDING", "Chờ gửi",
        "SENDING", "Đang gửi",
        "SENT", "Đã gửi",
        "FAILED", "Gửi lỗi");
  }

  /** For the templates: a time as "25/02/2026 17:00:00" in the bloc's zone. */
  public String time(Instant instant) {
    return instant == null ? "" : timestamps.format(instant);
  }

  /** For the templates: how a sent mail was delivered. */
  public String via(String deliveredVia) {
    if (deliveredVia == null) {
      return "";
    }
    return CaptureTransport.VIA.equals(deliveredVia) ? "vào hộp thư thử" : "qua máy chủ thư";
  }
}
