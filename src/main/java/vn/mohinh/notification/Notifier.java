package vn.mohinh.notification;

import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * The entry point the processes use to tell people something. Every call queues mail in the
 * caller's transaction (the outbox): if the process step rolls back, nothing is sent; if the step
 * is retried, nothing is queued twice. A call never fails because the mail was already queued, and
 * never waits for a mail server: mail is delivered after commit by the outbox sender.
 *
 * <p>Conventions the implementation relies on: every user task of the yearly cycle belongs to a
 * process instance with the variable {@code year} (Integer), sees the variable {@code unitCode} (the
 * unit that owes the work; a task-local variable overrides the instance's), and has its due date set
 * to exactly the deadline it is due at. Optionally it sees {@code initiativeName} (the model the
 * task is about), which the mails then name. "Who still owes work at deadline D of year Y" is the
 * set of open tasks of such instances with due date D.
 *
 * <p>Each mail's unique key: reminders per (year, deadline kind, deadline, days before, unit,
 * recipient); overdue notices per (year, kind, deadline, late unit or unit above, recipient);
 * returns per (year, unit, subject, round, recipient); acceptances per (year, unit, subject,
 * recipient); the opening of the year per (year, unit, recipient); commendation results per (year,
 * unit, model, recipient). A moved deadline is a new deadline: its reminders go out again.
 *
 * <p>From a BPMN expression: {@code ${notifier.remindDeadline(year, 'CELL_PLAN', 'nộp kế hoạch mô
 * hình của chi bộ', cellPlanDeadline, 7)}} (the deadline a {@link Date} variable) or with a {@link
 * DeadlineNotice} built by a bean.
 */
public interface Notifier {

  /** Spring bean name, as used in BPMN expressions ({@code ${notifier.remindDeadline(...)}}). */
  String BEAN_NAME = "notifier";

  /**
   * Before a deadline: reminds the people of every unit that still has open work of the year due
   * at it, and nobody else. Skipped when the deadline has already passed, when {@code daysBefore}
   * is not one of the configured reminder offsets ({@code mohinh.mail.reminder-days}), and when a
   * nearer reminder is already due (the timer fired late, e.g. the year was opened after its date:
   * people get the latest reminder only, not a burst).
   */
  void remindDeadline(DeadlineNotice deadline, int daysBefore);

  /** At a deadline: tells every unit with open work due at it, and the unit above it, that it is late. */
  void notifyOverdue(DeadlineNotice deadline);

  /** The year is open: every base unit and mass organisation is told what is expected. */
  void notifyYearOpened(int year);

  /**
   * The year is open: every base unit and mass organisation is told what is expected and by when
   * (the deadlines in force for the year, each also as a calendar event).
   */
  void notifyYearOpened(int year, List<DeadlineNotice> deadlines);

  /** A plan or report was returned for revision, with the comment. */
  void notifyReturned(ReturnNotice notice);

  /** A submission was accepted by the reviewing office (or a cell's plan approved by its committee). */
  void notifyAccepted(AcceptanceNotice notice);

  /** The result of the evaluation of a model: its unit (and a cell's committee) learns the commendation decided. */
  void notifyCommendation(CommendationNotice notice);

  /**
   * A model will be surveyed or inspected (khảo sát, kiểm tra): its unit, and a cell's committee,
   * learn what, when and by whom, and that they will be asked to answer the recommendations.
   */
  void notifyInspection(InspectionNotice notice);

  /** {@link #remindDeadline(DeadlineNotice, int)} for BPMN expressions. */
  default void remindDeadline(int year, String kind, String label, Date deadline, int daysBefore) {
    remindDeadline(new DeadlineNotice(year, kind, label, deadline.toInstant()), daysBefore);
  }

  /** {@link #notifyOverdue(DeadlineNotice)} for BPMN expressions. */
  default void notifyOverdue(int year, String kind, String label, Date deadline) {
    notifyOverdue(new DeadlineNotice(year, kind, label, deadline.toInstant()));
  }

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

  /**
   * @param subject what was accepted; {@code acceptedBy} the accepting body ("Ban Tuyên giáo Đảng ủy Khối")
   * @param document the official document the unit can now download (the approved plan's mẫu 01, the
   *     accepted committee's mẫu 02), linked from the mail; null: none
   */
  record AcceptanceNotice(int year, String unitCode, String subject, String acceptedBy, DocumentLink document) {

    public AcceptanceNotice(int year, String unitCode, String subject, String acceptedBy) {
      this(year, unitCode, subject, acceptedBy, null);
    }
  }

  /**
   * A document to download, linked from a mail.
   *
   * @param label the link's text ("Tải kế hoạch (mẫu số 01, Word)")
   * @param path its path on the server ("/api/documents/plans/….docx"); the mail puts {@code mohinh.base-url} in front
   */
  record DocumentLink(String label, String path) {}

  /**
   * @param initiativeName the model evaluated
   * @param level the commendation decided ("Giấy khen của Ban Thường vụ Đảng ủy Khối"); null or
   *     blank: the model is not commended this year
   * @param decidedBy the deciding body ("Ban Thường vụ Đảng ủy Khối")
   * @param note the decision's reference or a remark (may be null)
   */
  record CommendationNotice(int year, String unitCode, String initiativeName, String level, String decidedBy, String note) {}

  /**
   * @param inspectionId the inspection (part of the unique key: one mail per inspection and person)
   * @param kind how people name it ("khảo sát", "kiểm tra")
   * @param date the planned day of the visit
   * @param team the members of the team, as people read them ("Dương Ngọc Oanh (Ban Tuyên giáo Đảng ủy Khối)")
   */
  record InspectionNotice(
      int year, String unitCode, String inspectionId, String initiativeName, String kind, java.time.LocalDate date, List<String> team) {}
}
