package vn.mohinh.cycle;

import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The default deadlines of a year ({@code mohinh.deadlines}). When a year is opened these give the
 * dates in force unless the start form overrides them; from then on the year's own dates in
 * {@code mh_deadline} count.
 *
 * @param zone the time zone of every date (Asia/Ho_Chi_Minh)
 * @param timeOfDay the hour a deadline falls at on its day (17:00)
 * @param cellPlan a cell's plan to its committee ({@code --02-20})
 * @param submission a base unit's registration to the bloc ({@code --02-25})
 * @param reportOpens the result reports open ({@code --11-15})
 * @param report the result reports are due ({@code --12-15})
 * @param reminderDaysBefore the reminders before each deadline, in days (7, 3, 1)
 */
@ConfigurationProperties("mohinh.deadlines")
public record DeadlineProperties(
    ZoneId zone,
    LocalTime timeOfDay,
    MonthDay cellPlan,
    MonthDay submission,
    MonthDay reportOpens,
    MonthDay report,
    List<Integer> reminderDaysBefore) {

  public DeadlineProperties {
    zone = zone == null ? ZoneId.of("Asia/Ho_Chi_Minh") : zone;
    timeOfDay = timeOfDay == null ? LocalTime.of(17, 0) : timeOfDay;
    cellPlan = cellPlan == null ? MonthDay.of(2, 20) : cellPlan;
    submission = submission == null ? MonthDay.of(2, 25) : submission;
    reportOpens = reportOpens == null ? MonthDay.of(11, 15) : reportOpens;
    report = report == null ? MonthDay.of(12, 15) : report;
    reminderDaysBefore =
        reminderDaysBefore == null
            ? List.of(7, 3, 1)
            : reminderDaysBefore.stream().filter(d -> d != null && d > 0).distinct().sorted((a, b) -> b - a).toList();
  }

  /** The defaults of the brief, for tests and tools. */
  public static DeadlineProperties defaults() {
    return new DeadlineProperties(null, null, null, null, null, null, null);
  }

  public MonthDay dayOf(DeadlineKind kind) {
    return switch (kind) {
      case CELL_PLAN -> cellPlan;
      case SUBMISSION -> submission;
      case REPORT_OPENS -> reportOpens;
      case REPORT -> report;
    };
  }
}
