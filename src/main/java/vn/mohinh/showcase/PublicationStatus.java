package vn.mohinh.showcase;

/** Whether a publication is visible to the public. */
public enum PublicationStatus {
  PUBLISHED("Đang đăng"),
  UNPUBLISHED("Đã gỡ");

  private final String label;

  PublicationStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
