package vn.mohinh.report;

import java.time.Instant;
import java.time.ZoneId;
import org.springframework.stereotype.Component;
import vn.mohinh.cycle.DeadlineCalendar;
import vn.mohinh.cycle.DeadlineKind;

/** The report phase's dates from the cycle's deadline calendar (the dates in force for the year). */
@Component
public class CycleReportCalendar implements ReportCalendar {

  private final DeadlineCalendar calendar;

  public CycleReportCalendar(DeadlineCalendar calendar) {
    this.calendar = calendar;
  }

  @Override
  public Instant reportOpens(int year) {
    return calendar.dueInstant(year, DeadlineKind.REPORT_OPENS);
  }

  @Override
  public Instant reportDue(int year) {
    return calendar.dueInstant(year, DeadlineKind.REPORT);
  }

  @Override
  public ZoneId zone() {
    return calendar.properties().zone();
  }

  @Override
  public String format(Instant at) {
    return calendar.format(at);
  }
}
