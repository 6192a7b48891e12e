package vn.mohinh.document;

import org.springframework.http.HttpStatus;

/**
 * A document that cannot be given: unknown, not the user's to read, or not written yet. The
 * download endpoints answer it as {@code {"type": …, "message": …}} with the status.
 */
public class DocumentRefusal extends RuntimeException {

  private final HttpStatus status;
  private final String type;

  private DocumentRefusal(HttpStatus status, String type, String message) {
    super(message);
    this.status = status;
    this.type = type;
  }

  public static DocumentRefusal notFound(String message) {
    return new DocumentRefusal(HttpStatus.NOT_FOUND, "NotFound", message);
  }

  public static DocumentRefusal forbidden(String message) {
    return new DocumentRefusal(HttpStatus.FORBIDDEN, "Forbidden", message);
  }

  public static DocumentRefusal notReady(String message) {
    return new DocumentRefusal(HttpStatus.CONFLICT, "NotReady", message);
  }

  public HttpStatus status() {
    return status;
  }

  public String type() {
    return type;
  }
}
