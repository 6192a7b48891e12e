package vn.mohinh.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.mohinh.notification.Notifier;
import vn.mohinh.platform.InvalidInputException;

class DeadlineCalendarTest {

  private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

  private static Instant vn(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(VN).toInstant();
  }

  /** The year's deadlines as if stored, without a database. */
  private static final class StoredDeadlines extends CycleRepository {
    final Map<DeadlineKind, Instant> deadlines = new EnumMap<>(DeadlineKind.class);

    StoredDeadlines() {
      super(null);
    }

    @Override
    public Optional<Instant> findDeadline(int year, DeadlineKind kind) {
      return year == 2026 ? Optional.ofNullable(deadlines.get(kind)) : Optional.empty();
    }

    @Override
    public Map<DeadlineKind, Instant> findDeadlines(int year) {
      return deadlines;
    }
  }

  private static DeadlineCalendar calendarAt(String now) {
    StoredDeadlines stored = new StoredDeadlines();
    DeadlineCalendar calendar =
        new DeadlineCalendar(DeadlineProperties.defaults(), stored, Clock.fixed(vn(now), ZoneOffset.UTC));
    stored.deadlines.putAll(calendar.defaultsFor(2026));
    return calendar;
  }

  @Test
  void theDefaultsAreTheDatesOfThePlanAt17Hours() {
    Map<DeadlineKind, Instant> defaults = calendarAt("2026-01-02T08:00").defaultsFor(2026);
    assertThat(defaults)
        .containsEntry(DeadlineKind.CELL_PLAN, vn("2026-02-20T17:00"))
        .containsEntry(DeadlineKind.SUBMISSION, vn("2026-02-25T17:00"))
        .containsEntry(DeadlineKind.REPORT_OPENS, vn("2026-11-15T17:00"))
        .containsEntry(DeadlineKind.REPORT, vn("2026-12-15T17:00"));
  }

  @Test
  void dueDatesAndTextsComeFromTheYearsDeadlines() {
    DeadlineCalendar calendar = calendarAt("2026-01-02T08:00");
    assertThat(calendar.due(2026, "SUBMISSION")).isEqualTo(Date.from(vn("2026-02-25T17:00")));
    assertThat(calendar.dueText(2026, DeadlineKind.SUBMISSION)).isEqualTo("17 giờ 00 ngày 25/02/2026");
    assertThat(calendar.notice(2026, "CELL_PLAN"))
        .isEqualTo(new Notifier.DeadlineNotice(2026, "CELL_PLAN", DeadlineKind.CELL_PLAN.label(), vn("2026-02-20T17:00")));
    assertThatThrownBy(() -> calendar.due(2030, "CELL_PLAN")).hasMessageContaining("chưa được mở");
    assertThatThrownBy(() -> calendar.due(2026, "LUNCH")).hasMessageContaining("LUNCH");
  }

  @Test
  void theNextReminderIsStrictlyAhead() {
    assertThat(calendarAt("2026-01-02T08:00").nextReminder(2026, "CELL_PLAN")).isEqualTo(Date.from(vn("2026-02-13T17:00")));
    assertThat(calendarAt("2026-02-13T17:00").nextReminder(2026, "CELL_PLAN")).isEqualTo(Date.from(vn("2026-02-17T17:00")));
    assertThat(calendarAt("2026-02-19T17:00").hasNextReminder(2026, "CELL_PLAN")).isFalse();
    assertThat(calendarAt("2026-02-19T17:00").nextReminder(2026, "CELL_PLAN")).isNull();
  }

  @Test
  void theReminderDueNowIsTheOneThatFired() {
    assertThat(calendarAt("2026-02-13T17:00").reminderDaysBefore(2026, "CELL_PLAN")).isEqualTo(7);
    assertThat(calendarAt("2026-02-17T17:05").reminderDaysBefore(2026, "CELL_PLAN")).isEqualTo(3);
    assertThat(calendarAt("2026-02-20T09:00").reminderDaysBefore(2026, "CELL_PLAN")).isEqualTo(1);
    assertThat(calendarAt("2026-02-13T16:59").reminderDaysBefore(2026, "CELL_PLAN")).as("fired early").isEqualTo(7);
  }

  @Test
  void deadlinesTypedInAFormAreRead() {
    DeadlineCalendar calendar = calendarAt("2026-01-02T08:00");
    assertThat(calendar.parseDeadline("2026-02-21")).isEqualTo(vn("2026-02-21T17:00"));
    assertThat(calendar.parseDeadline("2026-02-21T11:30")).isEqualTo(vn("2026-02-21T11:30"));
    assertThat(calendar.parseDeadline("2026-02-21T11:30:00+07:00")).isEqualTo(vn("2026-02-21T11:30"));
    assertThat(calendar.parseDeadline("2026-02-21T04:30:00Z")).isEqualTo(vn("2026-02-21T11:30"));
    assertThatThrownBy(() -> calendar.parseDeadline("21/02/2026")).isInstanceOf(InvalidInputException.class);
  }
}
