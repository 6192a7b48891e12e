package vn.mohinh.registration;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * Writing a model's plan (mẫu 01) and the committee's review of a cell's plan. Every call names the
 * engine task it comes from; the unit, year and model are those recorded when the task was created.
 */
@Service
public class PlanService {

  /** Decisions of the review form. */
  public static final String APPROVE = "APPROVE";

  public static final String RETURN = "RETURN";

  static final int COMMENT_LIMIT = 4000;

  private final InitiativeRepository initiatives;
  private final RegistrationLog log;
  private final OrganizationDirectory directory;
  private final DeadlineCalendar calendar;
  private final RegistrationProperties properties;
  private final Notifier notifier;

  public PlanService(
      InitiativeRepository initiatives,
      RegistrationLog log,
      OrganizationDirectory directory,
      DeadlineCalendar calendar,
      RegistrationProperties properties,
      Notifier notifier) {
    this.initiatives = initiatives;
    this.log = log;
    this.directory = directory;
    this.calendar = calendar;
    this.properties = properties;
    this.notifier = notifier;
  }

  /**
   * What a write-plan task shows.
   *
   * @param fields the form's fields with their values (draft, returned plan, or last year's model)
   * @param prefilledFrom last year's model the fields come from, when pre-filled
   * @param revision the plan was submitted before: it comes back for revision
   */
  public record PlanTask(
      Initiative initiative, Map<String, Object> fields, String unitName, String deadlineText, Initiative prefilledFrom,
      boolean revision, List<InitiativeGroup> groups) {}

  /** @param addAnother the unit asked to register another model after this one (first submission only) */
  public record PlanOutcome(String initiativeId, boolean addAnother) {}

  /** What a review task shows. */
  public record ReviewTask(Initiative initiative, PlanContent content, String unitName, String groupName, String deadlineText) {}

  public record ReviewOutcome(boolean approved, String comment) {}

  /** The deadline of a unit's plan: a cell's goes to its committee first, the others to the bloc. */
  public static DeadlineKind planDeadline(Unit unit) {
    return unit.isCell() ? DeadlineKind.CELL_PLAN : DeadlineKind.SUBMISSION;
  }

  /** The base unit (committee or base cell) that submits the unit's models to the bloc. */
  public static String baseUnitOf(Unit unit) {
    return unit.isCell() ? unit.parentCode() : unit.code();
  }

  /**
   * A write-plan task was created. Without {@code initiativeId} it is a new model of the unit: a
   * draft is stored, pre-filled from the unit's next accepted model of last year if there is one
   * (as a continuing model); otherwise it is the model's revision.
   */
  @Transactional
  public PlanTask openPlanTask(String taskId, int year, String unitCode, String initiativeId) {
    Unit unit = directory.requireUnit(unitCode);
    Instant now = EngineClock.now();
    Initiative initiative;
    Initiative source = null;
    Map<String, Object> fields;
    if (initiativeId == null) {
      source = initiatives.continuableFrom(year, unitCode).stream().findFirst().orElse(null);
      initiative =
          new Initiative(
              UUID.randomUUID().toString(), year, unitCode, baseUnitOf(unit), initiatives.nextSeq(year, unitCode),
              InitiativeStatus.DRAFT, null, null, null, null, null, null, source == null ? null : source.id(), 0, null,
              null, now, null, null, null, null);
      initiatives.insertDraft(initiative);
      fields = PlanForm.fields(source == null ? PlanContent.empty() : initiatives.content(source.id()).asContinuing());
    } else {
      initiative = require(initiativeId, year, unitCode);
      fields = PlanForm.fields(initiatives.content(initiativeId));
      if (initiative.prefilledFromId() != null && !initiative.everSubmitted()) {
        source = initiatives.find(initiative.prefilledFromId()).orElse(null);
      }
    }
    log.openTask(new RegistrationTask(taskId, RegistrationTask.Kind.WRITE_PLAN, year, unitCode, initiative.id()), now);
    return new PlanTask(
        initiative, fields, unit.displayName(), calendar.dueText(year, planDeadline(unit)), source,
        initiative.everSubmitted(), properties.initiativeGroups());
  }

  /** The unit submitted its plan: checked, stored, and passed on (to the committee, or to the bloc with the unit's submission). */
  @Transactional
  public PlanOutcome submitPlan(String taskId, Map<String, Object> values, String actor) {
    RegistrationTask task = log.requireTask(taskId, RegistrationTask.Kind.WRITE_PLAN);
    Initiative initiative = require(task.initiativeId(), task.year(), task.unitCode());
    PlanForm.Submitted submitted = PlanForm.parse(values, properties);
    PlanContent content = submitted.content();
    Unit unit = directory.requireUnit(task.unitCode());
    // A committee's own plan needs no review: the committee approves it by writing it.
    InitiativeStatus status = unit.isCommittee() ? InitiativeStatus.APPROVED : InitiativeStatus.SUBMITTED;
    String continuesId = Boolean.TRUE.equals(content.continuing()) ? initiative.prefilledFromId() : null;
    String groupName = properties.group(content.groupCode()).map(InitiativeGroup::name).orElse(content.groupCode());
    Instant now = EngineClock.now();
    initiatives.submit(initiative.id(), content, groupName, continuesId, status, now, actor);
    boolean first = !initiative.everSubmitted();
    log.record(
        new RegistrationLog.Event(
            task.year(), task.unitCode(), initiative.id(), null,
            first ? RegistrationLog.Action.PLAN_SUBMITTED : RegistrationLog.Action.PLAN_RESUBMITTED, actor, null, now));
    log.closeTask(taskId);
    return new PlanOutcome(initiative.id(), first && submitted.addAnother());
  }

  /** A committee's task to review a cell's plan was created. */
  @Transactional
  public ReviewTask openReviewTask(String taskId, int year, String unitCode, String initiativeId) {
    Initiative initiative = require(initiativeId, year, unitCode);
    Unit unit = directory.requireUnit(unitCode);
    log.openTask(new RegistrationTask(taskId, RegistrationTask.Kind.REVIEW_PLAN, year, unitCode, initiativeId), EngineClock.now());
    String groupName = properties.group(initiative.groupCode()).map(InitiativeGroup::name).orElse(initiative.groupName());
    return new ReviewTask(
        initiative, initiatives.content(initiativeId), unit.displayName(), groupName,
        calendar.dueText(year, DeadlineKind.SUBMISSION));
  }

  /** The committee approved the cell's plan or returned it with a comment (required when returning). */
  @Transactional
  public ReviewOutcome reviewPlan(String taskId, String decision, String comment, String actor) {
    RegistrationTask task = log.requireTask(taskId, RegistrationTask.Kind.REVIEW_PLAN);
    String text = checkDecision(decision, comment, APPROVE, RETURN);
    Initiative initiative = require(task.initiativeId(), task.year(), task.unitCode());
    Unit unit = directory.requireUnit(task.unitCode());
    String committee = directory.parentOf(unit.code()).map(Unit::name).orElse(unit.name());
    String subject = subject(initiative);
    Instant now = EngineClock.now();
    boolean approved = APPROVE.equals(decision);
    if (approved) {
      initiatives.decide(initiative.id(), InitiativeStatus.APPROVED, now, actor);
      log.record(event(task, RegistrationLog.Action.PLAN_APPROVED, actor, text, now));
      notifier.notifyAccepted(new Notifier.AcceptanceNotice(task.year(), unit.code(), subject, committee,
          new Notifier.DocumentLink("Tải kế hoạch (mẫu số 01, Word)", DocumentLinks.plan(initiative.id()))));
    } else {
      initiatives.markReturned(initiative.id(), text, committee, now, actor);
      log.record(event(task, RegistrationLog.Action.PLAN_RETURNED, actor, text, now));
      notifier.notifyReturned(
          new Notifier.ReturnNotice(task.year(), unit.code(), subject, text, committee, initiative.returnCount() + 1));
    }
    log.closeTask(taskId);
    return new ReviewOutcome(approved, text);
  }

  /** The engine deleted an open task (its process was cancelled or moved on). */
  @Transactional
  public void forgetTask(String taskId) {
    log.closeTask(taskId);
  }

  static String subject(Initiative initiative) {
    return "kế hoạch thực hiện mô hình “" + initiative.name() + "”";
  }

  private Initiative require(String initiativeId, int year, String unitCode) {
    if (initiativeId == null) {
      throw new IllegalStateException("No model for the task of " + unitCode + " in " + year);
    }
    Initiative initiative =
        initiatives.find(initiativeId).orElseThrow(() -> new IllegalStateException("No model " + initiativeId));
    if (initiative.year() != year || !initiative.unitCode().equals(unitCode)) {
      throw new IllegalStateException(
          "Model " + initiativeId + " belongs to " + initiative.unitCode() + "/" + initiative.year() + ", not to " + unitCode + "/" + year);
    }
    return initiative;
  }

  private static RegistrationLog.Event event(
      RegistrationTask task, RegistrationLog.Action action, String actor, String comment, Instant at) {
    return new RegistrationLog.Event(task.year(), task.unitCode(), task.initiativeId(), null, action, actor, comment, at);
  }

  /**
   * Checks a decision and its comment: the decision is one of the two, the comment is required
   * when returning. Returns the trimmed comment (null when empty).
   */
  static String checkDecision(String decision, String comment, String yes, String no) {
    String text = PlanForm.text(comment);
    if (decision == null || !(decision.equals(yes) || decision.equals(no))) {
      throw new InvalidInputException("Chưa chọn ý kiến (đồng ý hoặc trả lại)");
    }
    if (decision.equals(no) && text == null) {
      throw new InvalidInputException("Khi trả lại phải ghi rõ ý kiến để đơn vị sửa");
    }
    if (text != null && text.length() > COMMENT_LIMIT) {
      throw new InvalidInputException("Ý kiến dài quá " + COMMENT_LIMIT + " ký tự");
    }
    return text;
  }
}
