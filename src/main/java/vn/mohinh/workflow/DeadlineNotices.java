package vn.mohinh.workflow;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import vn.mohinh.platform.EngineClock;
import vn.mohinh.notification.Notifier;

/**
 * Reminders before a deadline and the overdue notice at it, for the processes of this product that
 * have their own deadlines (inspections, milestone reviews, mass organisations' plans). The BPMN
 * uses it as {@code deadlineNotices}: a reminder loop waits on a timer at
 * {@code ${deadlineNotices.nextReminder(deadline)}} while {@code ${deadlineNotices.hasNextReminder(deadline)}},
 * then calls {@code remind}; a timer at the deadline calls {@code overdue}. The reminders fall the
 * configured number of days before the deadline ({@code mohinh.deadlines.reminder-days-before},
 * default 7, 3 and 1), at the deadline's time of day in the bloc's time zone.
 *
 * <p>Who is reminded is the notification feature's business ({@link Notifier}): the units with an
 * open task of the year due at exactly that deadline. Without a notifier bean the notice is logged.
 */
@Component(DeadlineNotices.BEAN_NAME)
public class DeadlineNotices {

  public static final String BEAN_NAME = "deadlineNotices";
  private static final Logger LOG = LoggerFactory.getLogger(DeadlineNotices.class);

  private final Supplier<Notifier> notifier;
  private final List<Integer> daysBefore;
  private final ZoneId zone;

  @Autowired
  public DeadlineNotices(ObjectProvider<Notifier> notifier, Environment environment) {
    this(
        notifier::getIfAvailable,
        Binder.get(environment).bind("mohinh.deadlines.reminder-days-before", Bindable.listOf(Integer.class)).orElse(List.of(7, 3, 1)),
        ZoneId.of(environment.getProperty("mohinh.time-zone", "Asia/Ho_Chi_Minh")));
  }

  public DeadlineNotices(Supplier<Notifier> notifier, List<Integer> daysBefore, ZoneId zone) {
    this.notifier = notifier;
    this.daysBefore = daysBefore.stream().filter(d -> d != null && d > 0).distinct().sorted((a, b) -> b - a).toList();
    this.zone = zone;
  }

  /** The reminders of a deadline, earliest first. */
  public List<Reminder> remindersOf(Date deadline) {
    ZonedDateTime due = deadline.toInstant().atZone(zone);
    List<Reminder> reminders = new ArrayList<>();
    for (int days : daysBefore) {
      reminders.add(new Reminder(days, due.minusDays(days).toInstant()));
    }
    return reminders;
  }

  /** The next reminder strictly after now, or null when none is left (a late start skips the past ones). */
  public Date nextReminder(Date deadline) {
    Instant now = EngineClock.now();
    return remindersOf(deadline).stream().filter(r -> r.at().isAfter(now)).findFirst().map(r -> Date.from(r.at())).orElse(null);
  }

  public boolean hasNextReminder(Date deadline) {
    return nextReminder(deadline) != null;
  }

  /** How many days before the deadline the reminder that fell due now was planned. */
  int firedDaysBefore(Date deadline) {
    Instant now = EngineClock.now();
    Reminder fired = null;
    for (Reminder reminder : remindersOf(deadline)) {
      if (!reminder.at().isAfter(now)) {
        fired = reminder;
      }
    }
    if (fired == null) {
      List<Reminder> all = remindersOf(deadline);
      fired = all.isEmpty() ? null : all.get(0);
    }
    return fired == null ? 0 : fired.daysBefore();
  }

  /** A reminder timer fired: the units that still owe work due at the deadline are reminded. */
  public void remind(Object year, String kind, String label, Date deadline) {
    int days = firedDaysBefore(deadline);
    Notifier.DeadlineNotice notice = new Notifier.DeadlineNotice(toInt(year), kind, label, deadline.toInstant());
    Notifier target = notifier.get();
    if (target == null) {
      LOG.info("Reminder {} days before {} of {} ({}): no notifier configured", days, kind, year, deadline.toInstant());
      return;
    }
    target.remindDeadline(notice, days);
  }

  /** The deadline passed: the units that still owe work, and the units above them, are told. */
  public void overdue(Object year, String kind, String label, Date deadline) {
    Notifier.DeadlineNotice notice = new Notifier.DeadlineNotice(toInt(year), kind, label, deadline.toInstant());
    Notifier target = notifier.get();
    if (target == null) {
      LOG.info("Overdue {} of {} ({}): no notifier configured", kind, year, deadline.toInstant());
      return;
    }
    target.notifyOverdue(notice);
  }

  private static int toInt(Object year) {
    if (year instanceof Number n) {
      return n.intValue();
    }
    return Integer.parseInt(String.valueOf(year));
  }

  /** A reminder {@code daysBefore} days before the deadline, at {@code at}. */
  public record Reminder(int daysBefore, Instant at) {}
}
