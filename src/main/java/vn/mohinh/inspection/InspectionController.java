package vn.mohinh.inspection;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.mohinh.security.CurrentUser;

/**
 * The inspections of a year or of a model as JSON ({@code /api/inspections}, behind the product's
 * login), for the evaluation's pages and the model's history: each person sees what {@link
 * InspectionService#visibleTo} allows.
 */
@RestController
@RequestMapping("/api/inspections")
public class InspectionController {

  private final InspectionService service;

  public InspectionController(InspectionService service) {
    this.service = service;
  }

  @GetMapping
  public List<Inspection> list(@RequestParam(name = "year") int year,
      @RequestParam(name = "initiativeId", required = false) String initiativeId, HttpServletRequest request) {
    if (year < 2000 || year > 2100) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Năm không hợp lệ");
    }
    List<Inspection> visible = service.visibleTo(CurrentUser.of(request), year);
    return initiativeId == null ? visible : visible.stream().filter(i -> i.initiativeId().equals(initiativeId)).toList();
  }
}
