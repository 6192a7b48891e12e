package vn.mohinh.cycle;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mohinh.notification.Notifier;
import vn.mohinh.platform.EngineClock;
import vn.mohinh.platform.InvalidInputException;

/** Opening a year of the cycle and closing its registration phase. */
@Service
public class CycleService {

  private static final Logger LOG = LoggerFactory.getLogger(CycleService.class);
  static final int FIRST_YEAR = 2000;
  static final int LAST_YEAR = 2100;

  private final CycleRepository repository;
  private final DeadlineCalendar calendar;
  private final Notifier notifier;

  public CycleService(CycleRepository repository, DeadlineCalendar calendar, Notifier notifier) {
    this.repository = repository;
    this.calendar = calendar;
    this.notifier = notifier;
  }

  /**
   * @param year the year to open; null when the timer start event opens "this year"
   * @param automatic opened by the timer: an already opened year is not an error then
   * @param overrides deadlines typed in the start form; the others come from the configuration
   */
  public record OpenYearCommand(
      Integer year, boolean automatic, Map<DeadlineKind, Instant> overrides, String actor, String processInstanceId) {}

  /** @param alreadyOpened the timer found the year opened by hand: nothing was done */
  public record OpenedYear(int year, boolean alreadyOpened, Map<DeadlineKind, Instant> deadlines) {}

  /**
   * Checks the request and opens the year: stores it and its deadlines, and tells every unit. Any
   * problem is reported at once and nothing is stored.
   */
  @Transactional
  public OpenedYear openYear(OpenYearCommand command) {
    Instant now = EngineClock.now();
    ZoneId zone = calendar.properties().zone();
    int year;
    if (command.year() == null) {
      if (!command.automatic()) {
        throw new InvalidInputException("Chưa nhập năm cần mở");
      }
      year = LocalDate.ofInstant(now, zone).getYear();
    } else {
      year = command.year();
    }
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new InvalidInputException("Năm " + year + " không hợp lệ (từ " + FIRST_YEAR + " đến " + LAST_YEAR + ")");
    }
    Optional<CycleYear> existing = repository.findYear(year);
    if (existing.isPresent()) {
      if (command.automatic()) {
        LOG.info("Year {} is already open; the timer start does nothing", year);
        return new OpenedYear(year, true, repository.findDeadlines(year));
      }
      throw new InvalidInputException(
          "Năm " + year + " đã được mở lúc " + calendar.format(existing.get().openedAt())
              + (existing.get().openedBy() == null ? "" : " (" + existing.get().openedBy() + ")")
              + "; không mở lại được");
    }
    Map<DeadlineKind, Instant> deadlines = new EnumMap<>(calendar.defaultsFor(year));
    if (command.overrides() != null) {
      command.overrides().forEach((kind, at) -> {
        if (at != null) {
          deadlines.put(kind, at);
        }
      });
    }
    List<String> problems = check(year, deadlines, now, zone);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    repository.insertYear(year, now, command.actor(), command.processInstanceId());
    deadlines.forEach((kind, at) -> repository.insertDeadline(year, kind, at, now, command.actor()));
    LOG.info("Year {} opened by {}: deadlines {}", year, command.actor() == null ? "the timer" : command.actor(), deadlines);
    notifier.notifyYearOpened(year);
    return new OpenedYear(year, false, deadlines);
  }

  /** Deadlines in the year, in the order of the cycle, the first one still ahead. */
  private List<String> check(int year, Map<DeadlineKind, Instant> deadlines, Instant now, ZoneId zone) {
    List<String> problems = new ArrayList<>();
    for (DeadlineKind kind : DeadlineKind.values()) {
      Instant at = deadlines.get(kind);
      if (LocalDate.ofInstant(at, zone).getYear() != year) {
        problems.add("Hạn " + kind.label() + " (" + calendar.format(at) + ") phải nằm trong năm " + year);
      }
    }
    Instant cellPlan = deadlines.get(DeadlineKind.CELL_PLAN);
    Instant submission = deadlines.get(DeadlineKind.SUBMISSION);
    Instant reportOpens = deadlines.get(DeadlineKind.REPORT_OPENS);
    Instant report = deadlines.get(DeadlineKind.REPORT);
    if (!cellPlan.isAfter(now)) {
      problems.add("Hạn " + DeadlineKind.CELL_PLAN.label() + " (" + calendar.format(cellPlan) + ") đã qua; hãy chọn hạn mới");
    }
    if (submission.isBefore(cellPlan)) {
      problems.add("Hạn " + DeadlineKind.SUBMISSION.label() + " không được sớm hơn hạn " + DeadlineKind.CELL_PLAN.label());
    }
    if (!reportOpens.isAfter(submission)) {
      problems.add("Ngày " + DeadlineKind.REPORT_OPENS.label() + " phải sau hạn " + DeadlineKind.SUBMISSION.label());
    }
    if (!report.isAfter(reportOpens)) {
      problems.add("Hạn " + DeadlineKind.REPORT.label() + " phải sau ngày " + DeadlineKind.REPORT_OPENS.label());
    }
    return problems;
  }

  public Optional<CycleYear> year(int year) {
    return repository.findYear(year);
  }

  /** The reviewing office confirmed the bloc-wide registration summary. Idempotent. */
  @Transactional
  public void closeRegistration(int year, String actor) {
    repository.closeRegistration(year, EngineClock.now(), actor);
  }

  /** The report phase opened the year's result reports. Idempotent. */
  @Transactional
  public void startReporting(int year) {
    repository.advance(
        year, CycleYear.Status.REPORTING, java.util.List.of(CycleYear.Status.REGISTRATION, CycleYear.Status.REGISTRATION_CLOSED));
  }

  /** The commendations were approved and the year's figures stored. Idempotent. */
  @Transactional
  public void closeYear(int year) {
    repository.advance(
        year, CycleYear.Status.CLOSED,
        java.util.List.of(CycleYear.Status.REGISTRATION, CycleYear.Status.REGISTRATION_CLOSED, CycleYear.Status.REPORTING));
  }
}
