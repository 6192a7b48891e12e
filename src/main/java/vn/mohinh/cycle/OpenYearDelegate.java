package vn.mohinh.cycle;

import java.time.Instant;
import java.util.Date;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.mohinh.platform.EngineUser;
import vn.mohinh.platform.InvalidInputException;

/**
 * Task_OpenYear of Process_AnnualCycle: reads the start form (or nothing, when the timer started
 * the process), opens the year and leaves only {@code year} (and {@code yearAlreadyOpened}) in the
 * process. Runs in the reviewer's own transaction: a bad start form starts nothing.
 */
@Component(OpenYearDelegate.BEAN_NAME)
public class OpenYearDelegate implements JavaDelegate {

  public static final String BEAN_NAME = "openYearDelegate";

  /** Start form fields (forms/open-year.form). */
  public static final String FIELD_YEAR = "openYear";

  public static final Map<String, DeadlineKind> DEADLINE_FIELDS = deadlineFields();

  /** Process variables set here. */
  public static final String VAR_YEAR = "year";

  public static final String VAR_ALREADY_OPENED = "yearAlreadyOpened";

  /** Set by StartEvent_AutoOpen: the timer opens "this year" and an open year is no error. */
  public static final String VAR_AUTOMATIC = "openedAutomatically";

  private final CycleService cycle;
  private final DeadlineCalendar calendar;

  public OpenYearDelegate(CycleService cycle, DeadlineCalendar calendar) {
    this.cycle = cycle;
    this.calendar = calendar;
  }

  private static Map<String, DeadlineKind> deadlineFields() {
    Map<String, DeadlineKind> fields = new LinkedHashMap<>();
    fields.put("openCellPlanDeadline", DeadlineKind.CELL_PLAN);
    fields.put("openSubmissionDeadline", DeadlineKind.SUBMISSION);
    fields.put("openReportOpens", DeadlineKind.REPORT_OPENS);
    fields.put("openReportDeadline", DeadlineKind.REPORT);
    return fields;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean automatic = Boolean.TRUE.equals(execution.getVariable(VAR_AUTOMATIC));
    Object typedYear = execution.getVariable(FIELD_YEAR);
    Integer year = automatic && typedYear == null ? null : year(typedYear);
    Map<DeadlineKind, Instant> overrides = new EnumMap<>(DeadlineKind.class);
    DEADLINE_FIELDS.forEach((field, kind) -> overrides.put(kind, deadline(execution.getVariable(field))));
    CycleService.OpenedYear opened =
        cycle.openYear(
            new CycleService.OpenYearCommand(
                year, automatic, overrides, EngineUser.of(execution.getProcessEngineServices()),
                execution.getProcessInstanceId()));
    execution.removeVariable(FIELD_YEAR);
    execution.removeVariable(VAR_AUTOMATIC);
    DEADLINE_FIELDS.keySet().forEach(execution::removeVariable);
    execution.setVariable(VAR_YEAR, opened.year());
    execution.setVariable(VAR_ALREADY_OPENED, opened.alreadyOpened());
    if (!opened.alreadyOpened() && execution.getProcessBusinessKey() == null) {
      execution.setProcessBusinessKey(String.valueOf(opened.year()));
    }
  }

  /** Tasklist sends numbers as Double; a REST client may send an Integer, a Long or a String. */
  static Integer year(Object value) {
    if (value == null || (value instanceof String s && s.isBlank())) {
      throw new InvalidInputException("Chưa nhập năm cần mở");
    }
    try {
      double number = value instanceof Number n ? n.doubleValue() : Double.parseDouble(value.toString().trim());
      if (number != Math.rint(number)) {
        throw new NumberFormatException();
      }
      return (int) number;
    } catch (NumberFormatException e) {
      throw new InvalidInputException("Năm '" + value + "' không hợp lệ");
    }
  }

  private Instant deadline(Object value) {
    if (value == null || (value instanceof String s && s.isBlank())) {
      return null;
    }
    if (value instanceof Date date) {
      return date.toInstant();
    }
    return calendar.parseDeadline(value.toString());
  }
}
