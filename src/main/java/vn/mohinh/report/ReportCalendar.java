package vn.mohinh.report;

import java.time.Instant;
import java.time.ZoneId;

/** The deadlines of the report phase in force for a year, as the cycle's deadline calendar holds them. */
public interface ReportCalendar {

  /** When the result reports open (default 15/11). */
  Instant reportOpens(int year);

  /** When the result reports are due at the bloc (default before 15/12). */
  Instant reportDue(int year);

  /** The zone every date of the cycle is in (Asia/Ho_Chi_Minh). */
  ZoneId zone();

  /** "17 giờ 00 ngày 15/12/2026" */
  String format(Instant at);
}
