package vn.mohinh.organization;

/** The organisation file cannot be used; the message lists every problem found. */
public class InvalidOrganizationFileException extends RuntimeException {
  public InvalidOrganizationFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
