package vn.mohinh.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Dates and times as Vietnamese offices write them, in the bloc's time zone. */
public final class VietnameseDates {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final String[] WEEKDAYS = {"thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"};

  private final ZoneId zone;

  public VietnameseDates(ZoneId zone) {
    this.zone = zone;
  }

  public ZoneId zone() {
    return zone;
  }

  /** "17 giờ 00 ngày 25/02/2026" (mails write "trước 17 giờ 00 ngày 25/02/2026"). */
  public String dateTime(Instant instant) {
    ZonedDateTime at = instant.atZone(zone);
    return String.format("%02d giờ %02d ngày %s", at.getHour(), at.getMinute(), DATE.format(at));
  }

  /** "25/02/2026". */
  public String date(Instant instant) {
    return DATE.format(instant.atZone(zone));
  }

  /** "thứ Tư". */
  public String weekday(Instant instant) {
    return WEEKDAYS[instant.atZone(zone).getDayOfWeek().getValue() - 1];
  }

  /** Calendar days from today to the deadline's day, in the bloc's zone (0: the deadline is today). */
  public long daysLeft(Instant now, Instant deadline) {
    LocalDate today = now.atZone(zone).toLocalDate();
    return ChronoUnit.DAYS.between(today, deadline.atZone(zone).toLocalDate());
  }

  /** "còn 3 ngày", "hạn cuối là hôm nay", "đã quá hạn 2 ngày". */
  public String daysLeftText(Instant now, Instant deadline) {
    long days = daysLeft(now, deadline);
    if (!now.isBefore(deadline)) {
      return days == 0 ? "đã hết hạn hôm nay" : "đã quá hạn " + (-days) + " ngày";
    }
    if (days <= 0) {
      return "hạn cuối là hôm nay";
    }
    if (days == 1) {
      return "hạn cuối là ngày mai";
    }
    return "còn " + days + " ngày";
  }
}
