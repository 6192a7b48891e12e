package vn.mohinh.notification;

import java.time.Instant;

/**
 * The entry point the processes use to tell people something. Every call queues mail in the
 * caller's transaction (the outbox): if the process step rolls back, nothing is sent; if the step
 * is retried, nothing is queued twice.
 *
 * <p>Conventions the implementation relies on: every user task of the yearly cycle belongs to a
 * process instance with the variable {@code year} (Integer), sees the variable {@code unitCode} (the
 * unit that owes the work), and has its due date set to exactly the deadline it is due at.
 */
public interface Notifier {

  /** Spring bean name, as used in BPMN expressions ({@code ${notifier.remindDeadline(...)}}). */
  String BEAN_NAME = "notifier";

  /**
   * Before a deadline: reminds the people of every unit that still has open work of the year due
   * at it, and nobody else. Skipped when the deadline has already passed or {@code daysBefore} is
   * not one of the configured reminder offsets.
   */
  void remindDeadline(DeadlineNotice deadline, int daysBefore);

  /** At a deadline: tells every unit with open work due at it, and the unit above it, that it is late. */
  void notifyOverdue(DeadlineNotice deadline);

  /** The year is open: every base unit and mass organisation is told what is expected and by when. */
  void notifyYearOpened(int year);

  /** A plan or report was returned for revision, with the comment. */
  void notifyReturned(ReturnNotice notice);

  /** A submission was accepted by the reviewing office (or a cell's plan approved by its committee). */
  void notifyAccepted(AcceptanceNotice notice);

  /**
   * @param kind stable key of the deadline ("CELL_PLAN", "SUBMISSION", "REPORT", …), part of the mail's unique key
   * @param label how people name it ("nộp kế hoạch mô hình của chi bộ")
   */
  record DeadlineNotice(int year, String kind, String label, Instant deadline) {}

  /**
   * @param unitCode the unit that must revise
   * @param subject what was returned ("kế hoạch mô hình “…”", "hồ sơ đăng ký mô hình năm 2026")
   * @param round how many times it has been returned so far (part of the unique key)
   */
  record ReturnNotice(int year, String unitCode, String subject, String comment, String returnedBy, int round) {}

  /** @param subject what was accepted; {@code acceptedBy} the accepting body ("Ban Tuyên giáo Đảng ủy Khối"). */
  record AcceptanceNotice(int year, String unitCode, String subject, String acceptedBy) {}
}
