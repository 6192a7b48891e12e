package vn.mohinh.showcase;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.mohinh.organization.Role;
import vn.mohinh.security.CurrentUser;
import vn.mohinh.platform.InvalidInputException;

/**
 * The reviewing office's page of publications ({@code /app/mo-hinh}, behind the product's login):
 * what is published, what was withdrawn (who, when, why), what is being edited, and the form to
 * withdraw a publication ("Gỡ bài"), protected against cross-site request forgery. The reviewing
 * office and the administrators may withdraw; the standing committee may look.
 */
@Controller
@RequestMapping("/app/mo-hinh")
public class ShowcaseManagementController {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

  private final ShowcaseService service;
  private final ZoneId zone;

  public ShowcaseManagementController(ShowcaseService service, @Value("${mohinh.time-zone:Asia/Ho_Chi_Minh}") String zone) {
    this.service = service;
    this.zone = ZoneId.of(zone);
  }

  @GetMapping
  public String page(HttpServletRequest request, HttpServletResponse response, Model model,
      @RequestParam(name = "da-go", required = false) String withdrawn) {
    CurrentUser user = CurrentUser.of(request);
    if (!mayLook(user)) {
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      return "showcase/khong-co-quyen";
    }
    fill(model, request, user);
    model.addAttribute("withdrawn", withdrawn != null);
    return "showcase/quan-ly";
  }

  @PostMapping("/{id}/go-bai")
  public String unpublish(@PathVariable("id") String id, @RequestParam(name = "lyDo", required = false) String reason,
      HttpServletRequest request, HttpServletResponse response, Model model) {
    CurrentUser user = CurrentUser.of(request);
    if (!mayWithdraw(user)) {
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      return "showcase/khong-co-quyen";
    }
    if (!FormTokens.valid(request)) {
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      fill(model, request, user);
      model.addAttribute("error", "Phiên làm việc đã hết hạn hoặc yêu cầu không hợp lệ. Hãy tải lại trang rồi thử lại.");
      return "showcase/quan-ly";
    }
    try {
      service.requestUnpublish(id, user.userId(), reason);
    } catch (InvalidInputException e) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      fill(model, request, user);
      model.addAttribute("error", e.getMessage());
      return "showcase/quan-ly";
    }
    return "redirect:/app/mo-hinh?da-go=" + id;
  }

  private void fill(Model model, HttpServletRequest request, CurrentUser user) {
    model.addAttribute("publications", service.publications());
    model.addAttribute("proposals", service.openProposals());
    model.addAttribute("mayWithdraw", mayWithdraw(user));
    model.addAttribute("csrfParameter", FormTokens.PARAMETER);
    model.addAttribute("csrfToken", FormTokens.token(request));
    model.addAttribute("view", this);
  }

  /** For the template: a time in the bloc's zone. */
  public String time(Instant instant) {
    return instant == null ? "" : TIME.format(instant.atZone(zone));
  }

  static boolean mayLook(CurrentUser user) {
    return user.isAdmin() || user.hasRole(Role.REVIEWER) || user.hasRole(Role.APPROVER);
  }

  static boolean mayWithdraw(CurrentUser user) {
    return user.isAdmin() || user.hasRole(Role.REVIEWER);
  }
}
