package vn.mohinh.registration;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mohinh.cycle.DeadlineCalendar;
import vn.mohinh.cycle.DeadlineKind;
import vn.mohinh.document.DocumentLinks;
import vn.mohinh.notification.Notifier;
import vn.mohinh.organization.OrganizationDirectory;
import vn.mohinh.organization.Unit;
import vn.mohinh.platform.EngineClock;
import vn.mohinh.platform.InvalidInputException;

/**
 * A base unit's registration goes to the bloc: the committee compiles mẫu 02 (or sends plans back to
 * its cells), submits, and the reviewing office accepts or returns the submission.
 */
@Service
public class SubmissionService {

  /** Actions of the compile form. */
  public static final String SUBMIT = "SUBMIT";

  public static final String REVISE = "REVISE";

  /** Decisions of the acceptance form. */
  public static final String ACCEPT = "ACCEPT";

  public static final String RETURN = "RETURN";

  private final InitiativeRepository initiatives;
  private final SubmissionRepository submissions;
  private final RegistrationLog log;
  private final RegistrationQueries queries;
  private final OrganizationDirectory directory;
  private final DeadlineCalendar calendar;
  private final Notifier notifier;

  public SubmissionService(
      InitiativeRepository initiatives,
      SubmissionRepository submissions,
      RegistrationLog log,
      RegistrationQueries queries,
      OrganizationDirectory directory,
      DeadlineCalendar calendar,
      Notifier notifier) {
    this.initiatives = initiatives;
    this.submissions = submissions;
    this.log = log;
    this.queries = queries;
    this.directory = directory;
    this.calendar = calendar;
    this.notifier = notifier;
  }

  /** A plan the committee may send back to its unit: {@code label} names the unit and the model. */
  public record RevisableModel(String initiativeId, String label) {}

  /**
   * What the compile task shows.
   *
   * @param returned the bloc's last decision when it returned the submission, else null
   */
  public record CompileTask(
      Unit unit, int round, List<RegistrationQueries.Mau02Row> rows, List<RevisableModel> revisable, Submission returned,
      String deadlineText) {}

  /** What the acceptance task shows. */
  public record AcceptTask(
      Unit unit, Submission submission, List<RegistrationQueries.Mau02Row> rows, List<RegistrationQueries.PlanDetail> details,
      RegistrationQueries.MissingUnits missing) {}

  public record AcceptOutcome(boolean accepted, String comment) {}

  /** The committee's compile task was created: mẫu 02 generated from the approved plans. */
  @Transactional
  public CompileTask openCompileTask(String taskId, int year, String unitCode) {
    Unit unit = directory.requireUnit(unitCode);
    log.openTask(new RegistrationTask(taskId, RegistrationTask.Kind.COMPILE, year, unitCode, null), EngineClock.now());
    Optional<Submission> latest = submissions.latest(year, unitCode);
    Submission returned = latest.filter(s -> s.status() == Submission.Status.RETURNED).orElse(null);
    List<RegistrationQueries.Mau02Row> rows = queries.mau02(year, unitCode);
    List<RevisableModel> revisable = new ArrayList<>();
    for (RegistrationQueries.Mau02Row row : rows) {
      revisable.add(new RevisableModel(row.initiativeId(), row.unitName() + ": “" + row.name() + "”"));
    }
    return new CompileTask(
        unit, latest.map(s -> s.round() + 1).orElse(1), rows, revisable, returned,
        calendar.dueText(year, DeadlineKind.SUBMISSION));
  }

  /**
   * The committee submits its mẫu 02 to the bloc ({@link #SUBMIT}), or sends chosen plans back to their
   * units with a comment ({@link #REVISE}). Returns whether plans went back for revision.
   */
  @Transactional
  public boolean compile(String taskId, String action, List<String> chosen, String comment, String actor) {
    RegistrationTask task = log.requireTask(taskId, RegistrationTask.Kind.COMPILE);
    Unit committee = directory.requireUnit(task.unitCode());
    Instant now = EngineClock.now();
    if (REVISE.equals(action)) {
      String text = PlanService.checkDecision(PlanService.RETURN, comment, PlanService.APPROVE, PlanService.RETURN);
      Map<String, Initiative> own =
          initiatives.ofBaseUnit(task.year(), committee.code(), RegistrationQueries.REGISTERED).stream()
              .collect(Collectors.toMap(Initiative::id, Function.identity()));
      Set<String> ids = new LinkedHashSet<>(chosen == null ? List.of() : chosen);
      if (ids.isEmpty()) {
        throw new InvalidInputException("Chưa chọn kế hoạch nào cần trả lại để sửa");
      }
      List<String> unknown = ids.stream().filter(id -> !own.containsKey(id)).toList();
      if (!unknown.isEmpty()) {
        throw new InvalidInputException("Kế hoạch không thuộc đảng bộ hoặc không còn chờ tổng hợp: " + unknown);
      }
      for (String id : ids) {
        Initiative initiative = own.get(id);
        initiatives.markReturned(id, text, committee.name(), now, actor);
        log.record(
            new RegistrationLog.Event(
                task.year(), initiative.unitCode(), id, null, RegistrationLog.Action.REVISION_REQUESTED, actor, text, now));
        notifier.notifyReturned(
            new Notifier.ReturnNotice(
                task.year(), initiative.unitCode(), PlanService.subject(initiative), text, committee.name(),
                initiative.returnCount() + 1));
      }
      log.closeTask(taskId);
      return true;
    }
    if (!SUBMIT.equals(action)) {
      throw new InvalidInputException("Chưa chọn gửi bảng tổng hợp lên Khối hay trả lại kế hoạch để sửa");
    }
    List<Initiative> all = initiatives.ofBaseUnit(task.year(), committee.code());
    List<String> pending =
        all.stream()
            .filter(i -> !EnumSet.of(InitiativeStatus.APPROVED, InitiativeStatus.ACCEPTED).contains(i.status()))
            .map(i -> directory.requireUnit(i.unitCode()).name())
            .toList();
    if (!pending.isEmpty()) {
      throw new IllegalStateException("Plans of " + pending + " are not approved yet");
    }
    Submission submission = submit(task.year(), committee.code(), actor, now);
    log.record(
        new RegistrationLog.Event(
            task.year(), committee.code(), null, submission.id(), RegistrationLog.Action.SUBMISSION_SENT, actor, null, now));
    log.closeTask(taskId);
    return false;
  }

  /**
   * The reviewing office's acceptance task was created. A base cell's plans are submitted by this
   * (its last plan's writer is the submitter); a committee submitted in its compile task.
   */
  @Transactional
  public AcceptTask openAcceptTask(String taskId, int year, String unitCode) {
    Unit unit = directory.requireUnit(unitCode);
    Instant now = EngineClock.now();
    Submission submission =
        submissions.latest(year, unitCode).filter(s -> s.status() == Submission.Status.SUBMITTED).orElse(null);
    if (submission == null) {
      String writer =
          initiatives.ofBaseUnit(year, unitCode).stream()
              .filter(i -> i.submittedAt() != null)
              .max(java.util.Comparator.comparing(Initiative::submittedAt))
              .map(Initiative::submittedBy)
              .orElse(null);
      submission = submit(year, unitCode, writer, now);
      log.record(
          new RegistrationLog.Event(year, unitCode, null, submission.id(), RegistrationLog.Action.SUBMISSION_SENT, writer, null, now));
    }
    log.openTask(new RegistrationTask(taskId, RegistrationTask.Kind.ACCEPT, year, unitCode, null), now);
    return new AcceptTask(
        unit, submission, queries.mau02(year, unitCode), queries.planDetails(year, unitCode),
        queries.unitsWithoutAcceptedModel(year));
  }

  /** The reviewing office accepts the submission or returns it with a comment (required when returning). */
  @Transactional
  public AcceptOutcome decide(String taskId, String decision, String comment, String actor) {
    RegistrationTask task = log.requireTask(taskId, RegistrationTask.Kind.ACCEPT);
    String text = PlanService.checkDecision(decision, comment, ACCEPT, RETURN);
    Unit unit = directory.requireUnit(task.unitCode());
    Submission submission =
        submissions.latest(task.year(), unit.code())
            .filter(s -> s.status() == Submission.Status.SUBMITTED)
            .orElseThrow(() -> new IllegalStateException("No pending submission of " + unit.code() + " in " + task.year()));
    String office = directory.bloc().reviewingOffice();
    String subject = "hồ sơ đăng ký mô hình năm " + task.year();
    Instant now = EngineClock.now();
    boolean accepted = ACCEPT.equals(decision);
    if (accepted) {
      submissions.decide(submission.id(), Submission.Status.ACCEPTED, text, now, actor);
      for (Initiative i :
          initiatives.ofBaseUnit(task.year(), unit.code(), EnumSet.of(InitiativeStatus.SUBMITTED, InitiativeStatus.APPROVED))) {
        initiatives.decide(i.id(), InitiativeStatus.ACCEPTED, now, actor);
      }
      log.record(
          new RegistrationLog.Event(
              task.year(), unit.code(), null, submission.id(), RegistrationLog.Action.SUBMISSION_ACCEPTED, actor, text, now));
      Notifier.DocumentLink summary = unit.isCommittee()
          ? new Notifier.DocumentLink("Tải bảng tổng hợp (mẫu số 02, Excel)", DocumentLinks.summary(task.year(), unit.code()))
          : null;
      notifier.notifyAccepted(new Notifier.AcceptanceNotice(task.year(), unit.code(), subject, office, summary));
    } else {
      submissions.decide(submission.id(), Submission.Status.RETURNED, text, now, actor);
      if (!unit.isCommittee()) {
        // A base cell revises its plans; a committee decides in its compile task what goes back to whom.
        for (Initiative i : initiatives.ofBaseUnit(task.year(), unit.code(), RegistrationQueries.REGISTERED)) {
          initiatives.markReturned(i.id(), text, office, now, actor);
        }
      }
      log.record(
          new RegistrationLog.Event(
              task.year(), unit.code(), null, submission.id(), RegistrationLog.Action.SUBMISSION_RETURNED, actor, text, now));
      notifier.notifyReturned(new Notifier.ReturnNotice(task.year(), unit.code(), subject, text, office, submission.round()));
    }
    log.closeTask(taskId);
    return new AcceptOutcome(accepted, text);
  }

  /** The units without an accepted model, now (refreshed when the reviewer claims an acceptance task). */
  public RegistrationQueries.MissingUnits missing(int year) {
    return queries.unitsWithoutAcceptedModel(year);
  }

  /** The models sent back for revision in the base unit (the revision round's collection). */
  public List<String> toRevise(int year, String baseUnitCode) {
    return initiatives.ofBaseUnit(year, baseUnitCode, EnumSet.of(InitiativeStatus.RETURNED)).stream().map(Initiative::id).toList();
  }

  /** The engine deleted an open task (its process was cancelled or moved on). */
  @Transactional
  public void forgetTask(String taskId) {
    log.closeTask(taskId);
  }

  public String reviewingOffice() {
    return directory.bloc().reviewingOffice();
  }

  public java.time.ZoneId zone() {
    return calendar.properties().zone();
  }

  private Submission submit(int year, String unitCode, String actor, Instant now) {
    int round = submissions.latest(year, unitCode).map(s -> s.round() + 1).orElse(1);
    Submission submission =
        new Submission(UUID.randomUUID().toString(), year, unitCode, round, Submission.Status.SUBMITTED, now, actor, null, null, null);
    submissions.insert(submission);
    return submission;
  }
}
