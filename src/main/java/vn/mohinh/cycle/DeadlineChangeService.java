package vn.mohinh.cycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mohinh.platform.EngineClock;
import vn.mohinh.platform.InvalidInputException;

/**
 * The reviewing office changes a deadline of an opened year (issue 5): the date in force in
 * {@code mh_deadline}, an audit row in {@code mh_deadline_change}, and, through
 * {@link DeadlineRescheduler}, the year's timers (reminders and the deadline itself) and the due
 * dates of its open tasks. All in one transaction: a change that is refused, or fails half-way,
 * changes nothing.
 */
@Service
public class DeadlineChangeService {

  private static final Logger LOG = LoggerFactory.getLogger(DeadlineChangeService.class);
  public static final int MAX_REASON = 1000;

  private final CycleRepository repository;
  private final DeadlineCalendar calendar;
  private final DeadlineRescheduler rescheduler;

  public DeadlineChangeService(CycleRepository repository, DeadlineCalendar calendar, DeadlineRescheduler rescheduler) {
    this.repository = repository;
    this.calendar = calendar;
    this.rescheduler = rescheduler;
  }

  /**
   * Changes the deadline, or refuses with every problem at once (Vietnamese, for the reviewer) and
   * changes nothing.
   *
   * @param year an opened year
   * @param newDue the new deadline: in the future, in the year, in the order of the cycle
   *     (CELL_PLAN ≤ SUBMISSION &lt; REPORT_OPENS &lt; REPORT)
   * @param reason why (required, kept in the audit trail)
   * @param userId who changes it (the audit trail)
   */
  @Transactional
  public DeadlineChange change(Integer year, DeadlineKind kind, Instant newDue, String reason, String userId) {
    Instant now = EngineClock.now();
    List<String> problems = new ArrayList<>();
    String why = reason == null ? "" : reason.strip();
    if (year == null) {
      problems.add("Chưa nhập năm");
    }
    if (kind == null) {
      problems.add("Chưa chọn hạn cần đổi");
    }
    if (newDue == null) {
      problems.add("Chưa nhập hạn mới");
    }
    if (why.isEmpty()) {
      problems.add("Chưa nhập lý do đổi hạn");
    } else if (why.length() > MAX_REASON) {
      problems.add("Lý do đổi hạn dài quá " + MAX_REASON + " ký tự");
    }
    Optional<CycleYear> opened = year == null ? Optional.empty() : repository.findYear(year);
    if (year != null && opened.isEmpty()) {
      problems.add("Năm " + year + " chưa được mở: chưa có hạn nào để đổi");
    }
    if (opened.isEmpty() || kind == null || newDue == null) {
      throw new InvalidInputException(problems);
    }
    Map<DeadlineKind, Instant> inForce = repository.findDeadlines(year);
    Instant oldDue = inForce.get(kind);
    if (oldDue == null) {
      problems.add("Năm " + year + " không có " + lower(kind.title()) + " để đổi");
      throw new InvalidInputException(problems);
    }
    problems.addAll(check(opened.get(), kind, oldDue, newDue, inForce, now));
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    if (!repository.updateDeadline(year, kind, oldDue, newDue, now, userId)) {
      throw new InvalidInputException(
          kind.title() + " năm " + year + " vừa được người khác thay đổi; hãy mở lại biểu mẫu và thử lại");
    }
    DeadlineRescheduler.Outcome outcome =
        rescheduler.reschedule(year, opened.get().processInstanceId(), kind, oldDue, newDue);
    DeadlineChange change =
        new DeadlineChange(0, year, kind, oldDue, newDue, why, userId, now, outcome.timersMoved(), outcome.tasksMoved());
    long id = repository.insertChange(change);
    LOG.info(
        "{} of {} changed by {} from {} to {} ({} timers, {} tasks moved): {}",
        kind, year, userId, oldDue, newDue, outcome.timersMoved(), outcome.tasksMoved(), why);
    return new DeadlineChange(
        id, year, kind, oldDue, newDue, why, userId, now, outcome.timersMoved(), outcome.tasksMoved());
  }

  /** The changes of a year's deadlines, oldest first. */
  public List<DeadlineChange> changesOf(int year) {
    return repository.findChanges(year);
  }

  private List<String> check(
      CycleYear year, DeadlineKind kind, Instant oldDue, Instant newDue, Map<DeadlineKind, Instant> inForce, Instant now) {
    List<String> problems = new ArrayList<>();
    int y = year.year();
    String title = kind.title();
    if (year.processInstanceId() != null && !rescheduler.isRunning(year.processInstanceId())) {
      problems.add("Chu kỳ năm " + y + " đã kết thúc; không đổi hạn được nữa");
      return problems;
    }
    if ((kind == DeadlineKind.CELL_PLAN || kind == DeadlineKind.SUBMISSION) && year.status() != CycleYear.Status.REGISTRATION) {
      problems.add("Giai đoạn đăng ký mô hình năm " + y + " đã kết thúc; không đổi " + lower(title) + " được nữa");
      return problems;
    }
    if (kind == DeadlineKind.REPORT_OPENS && !oldDue.isAfter(now)) {
      problems.add(
          title + " năm " + y + " (" + calendar.format(oldDue) + ") đã đến: báo cáo kết quả đã được mở, không đổi ngày này được nữa");
      return problems;
    }
    if (!newDue.isAfter(now)) {
      problems.add("Hạn mới (" + calendar.format(newDue) + ") đã qua; hãy chọn một thời điểm sau hiện tại ("
          + calendar.format(now) + ")");
    }
    if (LocalDate.ofInstant(newDue, calendar.properties().zone()).getYear() != y) {
      problems.add("Hạn mới (" + calendar.format(newDue) + ") phải nằm trong năm " + y);
    }
    if (newDue.equals(oldDue)) {
      problems.add(title + " năm " + y + " đã là " + calendar.format(oldDue) + "; không có gì thay đổi");
    }
    order(problems, kind, newDue, inForce, DeadlineKind.CELL_PLAN, DeadlineKind.SUBMISSION, false);
    order(problems, kind, newDue, inForce, DeadlineKind.SUBMISSION, DeadlineKind.REPORT_OPENS, true);
    order(problems, kind, newDue, inForce, DeadlineKind.REPORT_OPENS, DeadlineKind.REPORT, true);
    return problems;
  }

  /** The pair of deadlines keeps the order of the cycle once {@code kind} is {@code newDue}. */
  private void order(
      List<String> problems, DeadlineKind kind, Instant newDue, Map<DeadlineKind, Instant> inForce,
      DeadlineKind earlier, DeadlineKind later, boolean strictly) {
    if (kind != earlier && kind != later) {
      return;
    }
    Instant first = kind == earlier ? newDue : inForce.get(earlier);
    Instant second = kind == later ? newDue : inForce.get(later);
    if (first == null || second == null) {
      return;
    }
    boolean wrong = strictly ? !first.isBefore(second) : first.isAfter(second);
    if (wrong) {
      problems.add(
          earlier.title() + " (" + calendar.format(first) + ") " + (strictly ? "phải trước " : "không được muộn hơn ")
              + lower(later.title()) + " (" + calendar.format(second) + ")");
    }
  }

  private static String lower(String title) {
    return Character.toLowerCase(title.charAt(0)) + title.substring(1);
  }
}
