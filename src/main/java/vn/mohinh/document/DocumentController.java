package vn.mohinh.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import vn.mohinh.organization.Unit;
import vn.mohinh.registration.Initiative;
import vn.mohinh.security.CurrentUser;

/**
 * Downloads of the official documents, for the signed-in user (the session of Tasklist or HTTP
 * Basic: {@code ProductAuthenticationFilter} guards {@code /api/*}). {@link DocumentAccess} decides
 * who reads what; refusals are JSON {@code {"type": …, "message": …}} in Vietnamese: 404 for what
 * does not exist, 403 for another unit's documents, 409 for a plan or report not submitted yet.
 */
@RestController
@RequestMapping(DocumentLinks.BASE)
public class DocumentController {

  private static final Logger LOG = LoggerFactory.getLogger(DocumentController.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  static final String UNIT_FORBIDDEN = "Đồng chí không có quyền tải văn bản của đơn vị này.";
  static final String BLOC_FORBIDDEN =
      "Chỉ Ban Tuyên giáo, Ban Thường vụ Đảng ủy Khối và quản trị viên được tải bảng tổng hợp toàn Khối.";

  static final String COMMENDATIONS_FORBIDDEN =
      "Chỉ Ban Tuyên giáo, Ban Thường vụ Đảng ủy Khối và quản trị viên được tải danh sách đánh giá, khen thưởng.";

  private final OfficialDocuments documents;
  private final DocumentAccess access;

  public DocumentController(OfficialDocuments documents, DocumentAccess access) {
    this.documents = documents;
    this.access = access;
  }

  /** Mẫu 01 of a model (Word), numbered on its first download. */
  @GetMapping("/plans/{initiativeId}.docx")
  public ResponseEntity<byte[]> plan(@PathVariable String initiativeId, HttpServletRequest request) {
    CurrentUser user = CurrentUser.of(request);
    Initiative initiative = documents.initiative(initiativeId);
    if (!access.mayReadUnit(user, initiative.unitCode())) {
      throw DocumentRefusal.forbidden(UNIT_FORBIDDEN);
    }
    return send(documents.planFile(initiative, user.userId()));
  }

  /** Mẫu 03 of a model (Word): its result report, numbered on its first download. */
  @GetMapping("/reports/{initiativeId}.docx")
  public ResponseEntity<byte[]> report(@PathVariable String initiativeId, HttpServletRequest request) {
    CurrentUser user = CurrentUser.of(request);
    Initiative initiative = documents.initiative(initiativeId);
    if (!access.mayReadUnit(user, initiative.unitCode())) {
      throw DocumentRefusal.forbidden(UNIT_FORBIDDEN);
    }
    return send(documents.reportFile(initiative, user.userId()));
  }

  /** Mẫu 02 of a committee for a year (Excel). */
  @GetMapping("/summaries/{year}/{committeeCode}.xlsx")
  public ResponseEntity<byte[]> summary(@PathVariable int year, @PathVariable String committeeCode, HttpServletRequest request) {
    CurrentUser user = CurrentUser.of(request);
    Unit committee = documents.committee(committeeCode);
    if (!access.mayReadUnit(user, committee.code())) {
      throw DocumentRefusal.forbidden(UNIT_FORBIDDEN);
    }
    return send(documents.summaryFile(year, committee));
  }

  /** The bloc-wide registration summary of a year (Excel), for the reviewing office, the standing committee and the admin. */
  @GetMapping("/bloc-summary/{year}.xlsx")
  public ResponseEntity<byte[]> blocSummary(@PathVariable int year, HttpServletRequest request) {
    CurrentUser user = CurrentUser.of(request);
    if (!access.mayReadBloc(user)) {
      throw DocumentRefusal.forbidden(BLOC_FORBIDDEN);
    }
    return send(documents.blocSummaryFile(year));
  }

  /** The year's evaluation and commendation list (Excel), for the reviewing office, the standing committee and the admin. */
  @GetMapping("/commendations/{year}.xlsx")
  public ResponseEntity<byte[]> commendations(@PathVariable int year, HttpServletRequest request) {
    CurrentUser user = CurrentUser.of(request);
    if (!access.mayReadBloc(user)) {
      throw DocumentRefusal.forbidden(COMMENDATIONS_FORBIDDEN);
    }
    return send(documents.commendationsFile(year));
  }

  private static ResponseEntity<byte[]> send(OfficialDocuments.GeneratedFile file) {
    return DocumentFiles.attachment(file.content(), file.filename(), file.type());
  }

  @ExceptionHandler(DocumentRefusal.class)
  ResponseEntity<byte[]> refused(DocumentRefusal refusal, HttpServletRequest request) {
    if (refusal.status() == HttpStatus.FORBIDDEN) {
      LOG.info("Document {} refused to {}", request.getRequestURI(),
          CurrentUser.find(request).map(CurrentUser::userId).orElse("?"));
    }
    return problem(refusal.status(), refusal.type(), refusal.getMessage());
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<byte[]> badPath(MethodArgumentTypeMismatchException e) {
    return problem(HttpStatus.NOT_FOUND, "NotFound", "Không tìm thấy văn bản.");
  }

  /** The JSON body with an explicit content type, so that it is sent whatever the request accepts. */
  static ResponseEntity<byte[]> problem(HttpStatus status, String type, String message) {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("message", message);
    byte[] json;
    try {
      json = JSON.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      json = ("{\"type\":\"" + type + "\"}").getBytes(StandardCharsets.UTF_8);
    }
    return ResponseEntity.status(status)
        .contentType(new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8))
        .cacheControl(CacheControl.noStore())
        .body(json);
  }
}
