package vn.mohinh.cycle;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.mohinh.organization.Role;
import vn.mohinh.security.CurrentUser;

/**
 * "Các hạn của chu kỳ năm" at {@code /app/deadlines}: the deadlines in force for a year and every
 * change made to them (who, when, from what to what, why, what was moved). Read-only; for the
 * reviewing office, the standing committee and administrators. Changing a deadline is done in
 * Tasklist (Process_ChangeDeadline).
 */
@Controller
@RequestMapping("/app/deadlines")
public class DeadlinesPageController {

  private static final String CSP =
      "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'self'";

  private final CycleRepository repository;
  private final DeadlineCalendar calendar;

  public DeadlinesPageController(CycleRepository repository, DeadlineCalendar calendar) {
    this.repository = repository;
    this.calendar = calendar;
  }

  /** A row of the page. */
  public record Row(String title, String due) {}

  /** A change as the page shows it. */
  public record ChangeRow(String at, String by, String title, String from, String to, String reason, int timers, int tasks) {}

  @GetMapping
  public String page(
      @RequestParam(name = "year", required = false) Integer year,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    response.setHeader("Content-Security-Policy", CSP);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "no-store");
    Optional<CurrentUser> caller = CurrentUser.find(request);
    if (caller.isEmpty()
        || !(caller.get().isAdmin() || caller.get().hasRole(Role.REVIEWER) || caller.get().hasRole(Role.APPROVER))) {
      response.setStatus(caller.isEmpty() ? HttpServletResponse.SC_UNAUTHORIZED : HttpServletResponse.SC_FORBIDDEN);
      model.addAttribute("message", "Trang này dành cho Ban Tuyên giáo, Ban Thường vụ và quản trị hệ thống.");
      return "cycle/deadlines-denied";
    }
    List<Integer> years = repository.years();
    Integer shown = year != null && years.contains(year) ? year : years.isEmpty() ? null : years.get(0);
    model.addAttribute("user", caller.get().userId());
    model.addAttribute("years", years);
    model.addAttribute("year", shown);
    List<Row> rows = new ArrayList<>();
    List<ChangeRow> changes = new ArrayList<>();
    if (shown != null) {
      Map<DeadlineKind, Instant> inForce = new LinkedHashMap<>(repository.findDeadlines(shown));
      for (DeadlineKind kind : DeadlineKind.values()) {
        if (inForce.containsKey(kind)) {
          rows.add(new Row(kind.title(), calendar.format(inForce.get(kind))));
        }
      }
      for (DeadlineChange change : repository.findChanges(shown)) {
        changes.add(
            new ChangeRow(
                calendar.format(change.changedAt()), change.changedBy(), change.kind().title(), calendar.format(change.oldDue()),
                calendar.format(change.newDue()), change.reason(), change.timersMoved(), change.tasksMoved()));
      }
    }
    model.addAttribute("deadlines", rows);
    model.addAttribute("changes", changes);
    return "cycle/deadlines";
  }
}
