package vn.mohinh.report;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import vn.mohinh.notification.Notifier;

/**
 * Stands in for the cycle's deadline calendar ({@code deadlineCalendar}) in the pure engine tests:
 * the same methods the BPMN calls, with fixed dates and reminders 7, 3 and 1 days before, "now"
 * being the engine's clock.
 */
public class TestDeadlines {

  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private final Map<String, Instant> dues = new HashMap<>();
  private final List<Integer> reminderDays = List.of(7, 3, 1);

  public TestDeadlines set(String kind, Instant due) {
    dues.put(kind, due);
    return this;
  }

  public static Instant at(int year, int month, int day) {
    return ZonedDateTime.of(year, month, day, 17, 0, 0, 0, ZONE).toInstant();
  }

  public Instant dueInstant(String kind) {
    Instant due = dues.get(kind);
    if (due == null) {
      throw new IllegalStateException("No deadline " + kind);
    }
    return due;
  }

  public Date due(int year, String kind) {
    return Date.from(dueInstant(kind));
  }

  private List<Instant> reminders(String kind) {
    List<Instant> at = new ArrayList<>();
    for (int days : reminderDays) {
      at.add(dueInstant(kind).atZone(ZONE).minusDays(days).toInstant());
    }
    return at;
  }

  public Date nextReminder(int year, String kind) {
    Instant now = ClockUtil.now().toInstant();
    return reminders(kind).stream().filter(r -> r.isAfter(now)).findFirst().map(Date::from).orElse(null);
  }

  public boolean hasNextReminder(int year, String kind) {
    return nextReminder(year, kind) != null;
  }

  public int reminderDaysBefore(int year, String kind) {
    Instant now = ClockUtil.now().toInstant();
    int days = reminderDays.get(0);
    for (int i = 0; i < reminderDays.size(); i++) {
      if (!reminders(kind).get(i).isAfter(now)) {
        days = reminderDays.get(i);
      }
    }
    return days;
  }

  public Notifier.DeadlineNotice notice(int year, String kind) {
    return new Notifier.DeadlineNotice(year, kind, kind.toLowerCase(), dueInstant(kind));
  }
}
