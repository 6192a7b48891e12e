package vn.mohinh.registration;

import java.time.Instant;

/** What a base unit sent to the bloc in one round, and what the reviewing office decided. */
public record Submission(
    String id,
    int year,
    String unitCode,
    int round,
    Status status,
    Instant submittedAt,
    String submittedBy,
    Instant decidedAt,
    String decidedBy,
    String comment) {

  public enum Status {
    SUBMITTED("Chờ Khối tiếp nhận"),
    RETURNED("Khối trả lại"),
    ACCEPTED("Khối đã tiếp nhận");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
