package vn.mohinh.cycle;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.mohinh.notification.Notifier;
import vn.mohinh.platform.InvalidInputException;

/**
 * The deadlines of each year and the reminders before them. The dates in force are those stored
 * for the year in {@code mh_deadline} when it was opened (the single source of truth: timers, due
 * dates and reminders all ask here); the configured defaults only seed them.
 *
 * <p>The BPMN uses this bean as {@code deadlineCalendar}: {@code ${deadlineCalendar.due(year, 'CELL_PLAN')}}
 * for due dates and deadline timers, {@code ${deadlineCalendar.nextReminder(year, 'CELL_PLAN')}} for
 * reminder timers. "Now" is the engine's clock.
 */
public class DeadlineCalendar {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final DeadlineProperties properties;
  private final CycleRepository repository;
  private final Clock clock;

  public DeadlineCalendar(DeadlineProperties properties, CycleRepository repository, Clock clock) {
    this.properties = properties;
    this.repository = repository;
    this.clock = clock;
  }

  public DeadlineProperties properties() {
    return properties;
  }

  // ---- the dates in force -------------------------------------------------------------------

  /** The deadline of the year as a Date, for BPMN due dates and timers. */
  public Date due(int year, String kind) {
    return Date.from(dueInstant(year, DeadlineKind.of(kind)));
  }

  public Instant dueInstant(int year, DeadlineKind kind) {
    return repository
        .findDeadline(year, kind)
        .orElseThrow(() -> new IllegalStateException("Năm " + year + " chưa được mở: chưa có hạn " + kind));
  }

  /** Every deadline of an opened year. */
  public Map<DeadlineKind, Instant> deadlinesOf(int year) {
    return repository.findDeadlines(year);
  }

  /** The configured default deadlines of a year, at the configured time of day in the configured zone. */
  public Map<DeadlineKind, Instant> defaultsFor(int year) {
    Map<DeadlineKind, Instant> defaults = new EnumMap<>(DeadlineKind.class);
    for (DeadlineKind kind : DeadlineKind.values()) {
      defaults.put(kind, atTimeOfDay(properties.dayOf(kind).atYear(year)));
    }
    return defaults;
  }

  public Instant atTimeOfDay(LocalDate day) {
    return day.atTime(properties.timeOfDay()).atZone(properties.zone()).toInstant();
  }

  /**
   * Reads a deadline typed in a form: a date ({@code 2026-02-20}, at the configured time of day),
   * a local date-time ({@code 2026-02-20T16:30}) or an instant with offset.
   */
  public Instant parseDeadline(String text) {
    String value = text.trim();
    try {
      if (value.length() == 10) {
        return atTimeOfDay(LocalDate.parse(value));
      }
      if (value.endsWith("Z") || value.matches(".*[+-]\\d\\d:?\\d\\d$")) {
        return OffsetDateTime.parse(value).toInstant();
      }
      return LocalDateTime.parse(value).atZone(properties.zone()).toInstant();
    } catch (DateTimeException e) {
      throw new InvalidInputException("Ngày không hợp lệ: '" + value + "' (nhập theo dạng năm-tháng-ngày, ví dụ 2026-02-20)");
    }
  }

  // ---- reminders ----------------------------------------------------------------------------

  /** When the reminders of a deadline fall, latest offset (fewest days before) last. */
  public List<Reminder> remindersOf(int year, DeadlineKind kind) {
    ZonedDateTime due = dueInstant(year, kind).atZone(properties.zone());
    List<Reminder> reminders = new ArrayList<>();
    for (int days : properties.reminderDaysBefore()) {
      reminders.add(new Reminder(days, due.minusDays(days).toInstant()));
    }
    reminders.sort(Comparator.comparing(Reminder::at));
    return reminders;
  }

  /**
   * The next reminder strictly after now, or null when none is left (all passed: a year opened
   * late skips them instead of sending them in a burst).
   */
  public Date nextReminder(int year, String kind) {
    return nextReminderOf(year, DeadlineKind.of(kind)).map(r -> Date.from(r.at())).orElse(null);
  }

  public boolean hasNextReminder(int year, String kind) {
    return nextReminderOf(year, DeadlineKind.of(kind)).isPresent();
  }

  public Optional<Reminder> nextReminderOf(int year, DeadlineKind kind) {
    Instant now = clock.instant();
    return remindersOf(year, kind).stream().filter(r -> r.at().isAfter(now)).findFirst();
  }

  /**
   * How many days before the deadline the reminder that is due now was planned: the latest reminder
   * at or before now (the timer that just fired), or the next one if the timer fired early.
   */
  public int reminderDaysBefore(int year, String kind) {
    Instant now = clock.instant();
    List<Reminder> reminders = remindersOf(year, DeadlineKind.of(kind));
    Reminder fired = null;
    for (Reminder reminder : reminders) {
      if (!reminder.at().isAfter(now)) {
        fired = reminder;
      }
    }
    if (fired == null) {
      fired = reminders.isEmpty() ? null : reminders.get(0);
    }
    if (fired == null) {
      throw new IllegalStateException("Không có lịch nhắc hạn nào được cấu hình");
    }
    return fired.daysBefore();
  }

  /** The deadline as the notification feature takes it. */
  public Notifier.DeadlineNotice notice(int year, String kind) {
    DeadlineKind k = DeadlineKind.of(kind);
    return new Notifier.DeadlineNotice(year, k.name(), k.label(), dueInstant(year, k));
  }

  // ---- how people read it -------------------------------------------------------------------

  /** "17 giờ 00 ngày 20/02/2026" */
  public String dueText(int year, DeadlineKind kind) {
    return format(dueInstant(year, kind));
  }

  public String format(Instant instant) {
    ZonedDateTime at = instant.atZone(properties.zone());
    return String.format("%02d giờ %02d ngày %s", at.getHour(), at.getMinute(), DAY.format(at));
  }

  /** A reminder: {@code daysBefore} days before the deadline, at {@code at}. */
  public record Reminder(int daysBefore, Instant at) {}
}
