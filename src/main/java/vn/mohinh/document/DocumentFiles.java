package vn.mohinh.document;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Download responses for the generated files. */
public final class DocumentFiles {

  public static final MediaType DOCX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  public static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private DocumentFiles() {}

  /** The file as an attachment, with its Vietnamese name (RFC 5987) and an ASCII fallback; never cached. */
  public static ResponseEntity<byte[]> attachment(byte[] content, String filename, MediaType type) {
    return ResponseEntity.ok()
        .contentType(type)
        .contentLength(content.length)
        .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(filename))
        .header("X-Content-Type-Options", "nosniff")
        .cacheControl(CacheControl.noStore())
        .body(content);
  }

  /** {@code attachment; filename="Ke-hoach-…docx"; filename*=UTF-8''K%E1%BA%BF…docx}. */
  public static String contentDisposition(String filename) {
    String name = Texts.clean(filename).replaceAll("[\\\\/:*?\"<>|\\r\\n\\t]", "-");
    String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + ascii(name) + "\"; filename*=UTF-8''" + encoded;
  }

  /** The name without diacritics, in plain ASCII ("Kế hoạch Đảng ủy.docx" → "Ke-hoach-Dang-uy.docx"). */
  static String ascii(String name) {
    String stripped = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "");
    String safe = stripped.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("-{2,}", "-").replaceAll("^-|-(?=\\.)|-$", "");
    return safe.isEmpty() || safe.startsWith(".") ? "van-ban" + safe : safe;
  }
}
