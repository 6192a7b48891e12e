package vn.mohinh.evaluation;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.mohinh.organization.Role;
import vn.mohinh.security.CurrentUser;

/**
 * The figures of a year for the reviewing office, the standing committee and administrators, as
 * JSON: {@code GET /api/years/{year}/summary}. The figures stored when the year's cycle ended
 * ({@code "stored": true}), or else as they are now.
 */
@RestController
public class YearSummaryController {

  private final YearSummaryService summaries;

  public YearSummaryController(YearSummaryService summaries) {
    this.summaries = summaries;
  }

  @GetMapping("/api/years/{year}/summary")
  public ResponseEntity<Map<String, Object>> summary(@PathVariable("year") int year, HttpServletRequest request) {
    CurrentUser user = CurrentUser.of(request);
    if (!(user.hasRole(Role.REVIEWER) || user.hasRole(Role.APPROVER) || user.isAdmin())) {
      return ResponseEntity.status(HttpStatus.FORBIDDEN)
          .body(Map.of("message", "Chỉ Ban Tuyên giáo, Ban Thường vụ và quản trị viên xem được số liệu tổng kết năm"));
    }
    if (year < 2000 || year > 2100) {
      return ResponseEntity.badRequest().body(Map.of("message", "Năm " + year + " không hợp lệ"));
    }
    return summaries.stored(year)
        .map(s -> ResponseEntity.ok(Map.<String, Object>of("stored", true, "summary", s)))
        .orElseGet(() -> ResponseEntity.ok(Map.of("stored", false, "summary", summaries.compute(year))));
  }
}
