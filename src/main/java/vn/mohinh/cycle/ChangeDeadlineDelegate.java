package vn.mohinh.cycle;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.mohinh.platform.EngineUser;
import vn.mohinh.platform.InvalidInputException;

/**
 * Task_ChangeDeadline of Process_ChangeDeadline: reads the start form (forms/change-deadline.form)
 * and hands it to {@link DeadlineChangeService}, in the reviewer's own transaction (a refused
 * change starts nothing and Tasklist shows why). The form's fields stay in the instance as the
 * record of the request; the process learns the audit row's id and a summary.
 */
@Component(ChangeDeadlineDelegate.BEAN_NAME)
public class ChangeDeadlineDelegate implements JavaDelegate {

  public static final String BEAN_NAME = "changeDeadlineDelegate";

  /** Start form fields. */
  public static final String FIELD_YEAR = "changeYear";

  public static final String FIELD_KIND = "changeKind";
  public static final String FIELD_DATE = "changeDate";
  public static final String FIELD_TIME = "changeTime";
  public static final String FIELD_REASON = "changeReason";
  public static final List<String> FIELDS = List.of(FIELD_YEAR, FIELD_KIND, FIELD_DATE, FIELD_TIME, FIELD_REASON);

  /** Process variables set here. */
  public static final String VAR_CHANGE_ID = "deadlineChangeId";

  public static final String VAR_SUMMARY = "deadlineChangeSummary";

  private final DeadlineChangeService changes;
  private final DeadlineCalendar calendar;

  public ChangeDeadlineDelegate(DeadlineChangeService changes, DeadlineCalendar calendar) {
    this.changes = changes;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Integer year = year(execution.getVariable(FIELD_YEAR));
    DeadlineKind kind = kind(execution.getVariable(FIELD_KIND));
    Instant newDue = instant(execution.getVariable(FIELD_DATE), execution.getVariable(FIELD_TIME));
    Object reason = execution.getVariable(FIELD_REASON);
    DeadlineChange change =
        changes.change(year, kind, newDue, reason == null ? null : reason.toString(), EngineUser.of(execution.getProcessEngineServices()));
    execution.setVariable(VAR_CHANGE_ID, change.id());
    execution.setVariable(
        VAR_SUMMARY,
        change.kind().title() + " năm " + change.year() + ": từ " + calendar.format(change.oldDue()) + " sang "
            + calendar.format(change.newDue()) + "; đã dời " + change.timersMoved() + " hẹn giờ và hạn xử lý của "
            + change.tasksMoved() + " công việc đang mở");
    if (execution.getProcessBusinessKey() == null) {
      execution.setProcessBusinessKey(change.year() + "/" + change.kind().name());
    }
  }

  /** Tasklist sends numbers as Double; a REST client may send an Integer, a Long or a String. */
  static Integer year(Object value) {
    if (value == null || (value instanceof String s && s.isBlank())) {
      return null;
    }
    try {
      double number = value instanceof Number n ? n.doubleValue() : Double.parseDouble(value.toString().trim());
      if (number != Math.rint(number) || Math.abs(number) > 100_000) {
        throw new NumberFormatException();
      }
      return (int) number;
    } catch (NumberFormatException e) {
      throw new InvalidInputException("Năm '" + value + "' không hợp lệ");
    }
  }

  static DeadlineKind kind(Object value) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    try {
      return DeadlineKind.of(value.toString());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("Không có loại hạn '" + value + "'");
    }
  }

  /**
   * The new deadline: a date ({@code 2027-02-27}) at the given time ({@code 16:30}, Vietnamese time,
   * or with an offset) or, without one, at the configured time of day (17:00); a date-time; or a
   * Date variable.
   */
  Instant instant(Object date, Object time) {
    if (date == null || (date instanceof String s && s.isBlank())) {
      return null;
    }
    if (date instanceof Date d) {
      return d.toInstant();
    }
    String day = date.toString().trim();
    if (day.length() > 10) {
      return calendar.parseDeadline(day);
    }
    LocalDate localDate;
    try {
      localDate = LocalDate.parse(day);
    } catch (DateTimeException e) {
      throw new InvalidInputException("Ngày '" + day + "' không hợp lệ (nhập theo dạng năm-tháng-ngày, ví dụ 2027-02-27)");
    }
    if (time == null || time.toString().isBlank()) {
      return calendar.atTimeOfDay(localDate);
    }
    String hour = time.toString().trim();
    try {
      if (hour.endsWith("Z") || hour.matches(".*[+-]\\d\\d:?\\d\\d$")) {
        return localDate.atTime(OffsetTime.parse(hour)).toInstant();
      }
      return localDate.atTime(LocalTime.parse(hour)).atZone(calendar.properties().zone()).toInstant();
    } catch (DateTimeException e) {
      throw new InvalidInputException("Giờ '" + hour + "' không hợp lệ (nhập theo dạng giờ:phút, ví dụ 17:00)");
    }
  }
}
