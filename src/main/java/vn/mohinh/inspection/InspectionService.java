package vn.mohinh.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mohinh.catalog.InitiativeCatalog;
import vn.mohinh.catalog.ModelRef;
import vn.mohinh.registration.InitiativeStatus;
import vn.mohinh.notification.Notifier;
import vn.mohinh.organization.OrganizationDirectory;
import vn.mohinh.organization.Person;
import vn.mohinh.organization.Role;
import vn.mohinh.organization.Unit;
import vn.mohinh.security.CurrentUser;
import vn.mohinh.platform.EngineClock;
import vn.mohinh.platform.InvalidInputException;

/**
 * Surveys and inspections of models (khảo sát, kiểm tra; plan 43-KH/ĐUK, III.3): the reviewing office
 * plans one for a model with a team, the unit is told, the team records its findings, the unit
 * answers the recommendations by a due date. Everything is kept with the model: the evaluation and
 * the model's history read it through {@link #ofModel} and {@link #ofYear}.
 */
@Service
public class InspectionService {

  private static final Logger LOG = LoggerFactory.getLogger(InspectionService.class);
  public static final String PROCESS_KEY = "Process_Inspection";
  public static final int TEXT_MAX = 4000;
  /** The deadline kind of the unit's answer, for reminders and overdue notices. */
  public static final String ANSWER_DEADLINE_KIND = "INSPECTION_ANSWER";
  public static final String ANSWER_DEADLINE_LABEL = "trả lời kiến nghị sau khảo sát, kiểm tra mô hình";

  private final InspectionRepository repository;
  private final InitiativeCatalog catalog;
  private final OrganizationDirectory directory;
  private final InspectionProperties properties;
  private final ObjectProvider<Notifier> notifier;

  public InspectionService(InspectionRepository repository, InitiativeCatalog catalog, OrganizationDirectory directory,
      InspectionProperties properties, ObjectProvider<Notifier> notifier) {
    this.repository = repository;
    this.catalog = catalog;
    this.directory = directory;
    this.properties = properties;
    this.notifier = notifier;
  }

  public InspectionProperties properties() {
    return properties;
  }

  /** The models of the year that may be inspected: those the bloc accepted. */
  public List<ModelRef> candidates(int year) {
    return catalog.acceptedModels(year);
  }

  public Optional<ModelRef> model(String initiativeId) {
    return catalog.find(initiativeId);
  }

  /** Problems with the team's usernames: unknown or inactive people, too many. Empty when fine. */
  public List<String> checkTeam(List<String> usernames) {
    List<String> problems = new ArrayList<>();
    if (usernames.size() > properties.maxTeam()) {
      problems.add("Đoàn có nhiều nhất " + properties.maxTeam() + " người");
    }
    List<String> unknown = usernames.stream().filter(u -> directory.person(u).isEmpty()).toList();
    if (!unknown.isEmpty()) {
      problems.add("Không có người dùng: " + String.join(", ", unknown) + " (nhập tên đăng nhập, ví dụ btg.chuyenvien)");
    }
    return problems;
  }

  /** Plans the inspection of the model and tells its unit (and a cell's committee). */
  @Transactional
  public Inspection schedule(String processInstanceId, String initiativeId, int year, InspectionKind kind, LocalDate date,
      List<String> team, String by) {
    Optional<Inspection> existing = repository.findByProcess(processInstanceId);
    if (existing.isPresent()) {
      return existing.get();
    }
    ModelRef model = catalog.find(initiativeId).filter(m -> m.year() == year && InitiativeStatus.ACCEPTED.name().equals(m.status()))
        .orElseThrow(() -> new InvalidInputException("Không có mô hình đã được Khối tiếp nhận này trong năm " + year));
    Inspection inspection = new Inspection(UUID.randomUUID().toString(), model.id(), year, model.unitCode(), model.name(), kind, date,
        team, InspectionStatus.PLANNED, processInstanceId, by, EngineClock.now(), null, null, null, null, null, null, null, null, null,
        null, null, null, null);
    repository.insert(inspection);
    Notifier target = notifier.getIfAvailable();
    if (target != null) {
      target.notifyInspection(new Notifier.InspectionNotice(year, model.unitCode(), inspection.id(), model.name(), kind.label(), date,
          team.stream().map(this::describe).toList()));
    } else {
      LOG.info("Inspection {} of model {} planned: no notifier configured, the unit {} is not told", inspection.id(), model.id(), model.unitCode());
    }
    return inspection;
  }

  /** "Dương Ngọc Oanh – Ban Tuyên giáo Đảng ủy Khối" */
  private String describe(String username) {
    return directory.person(username).map(this::describe).orElse(username);
  }

  private String describe(Person person) {
    String where;
    if (person.unitCode() != null) {
      where = directory.unit(person.unitCode()).map(Unit::displayName).orElse(null);
    } else if (person.roles().contains(Role.REVIEWER)) {
      where = directory.bloc().reviewingOffice();
    } else if (person.roles().contains(Role.APPROVER)) {
      where = directory.bloc().approvingCommittee();
    } else {
      where = null;
    }
    return where == null ? person.fullName() : person.fullName() + " – " + where;
  }

  public Inspection ofProcess(String processInstanceId) {
    return repository.findByProcess(processInstanceId)
        .orElseThrow(() -> new IllegalStateException("No inspection for process " + processInstanceId));
  }

  /** The default due date of the unit's answer: {@code answerDays} after today. */
  public LocalDate defaultAnswerDue() {
    return EngineClock.now().atZone(properties.zone()).toLocalDate().plusDays(properties.answerDays());
  }

  /** A due day at the configured time of day, in the bloc's zone. */
  public Instant dueAt(LocalDate day) {
    return day.atTime(properties.dueTime()).atZone(properties.zone()).toInstant();
  }

  /**
   * Records the team's findings. With recommendations the unit must answer them by the due day
   * (default {@link #defaultAnswerDue()}); the due instant is returned. Without, the inspection is
   * closed and null returned.
   */
  @Transactional
  public Instant recordFindings(Inspection inspection, String state, String strengths, String shortcomings, String recommendations,
      InspectionRating rating, LocalDate answerDue, String by) {
    boolean answerWanted = recommendations != null && !recommendations.isBlank();
    Instant due = null;
    if (answerWanted) {
      due = dueAt(answerDue == null ? defaultAnswerDue() : answerDue);
      if (!due.isAfter(EngineClock.now())) {
        throw new InvalidInputException("Hạn trả lời kiến nghị phải sau hôm nay");
      }
    }
    repository.recordFindings(inspection.id(), state, strengths, shortcomings, recommendations, rating, by, EngineClock.now(), due,
        answerWanted ? InspectionStatus.AWAITING_ANSWER : InspectionStatus.CLOSED);
    return due;
  }

  /** The unit answers the recommendations; returns whether it did so by the due date. */
  @Transactional
  public boolean answer(Inspection inspection, String answer, String by) {
    Instant now = EngineClock.now();
    boolean onTime = inspection.answerDueAt() == null || !now.isAfter(inspection.answerDueAt());
    repository.recordAnswer(inspection.id(), answer, by, now, onTime);
    return onTime;
  }

  /** The due date passed without an answer (the task stays open: a late answer is still wanted). */
  @Transactional
  public void markOverdue(Inspection inspection) {
    repository.markOverdue(inspection.id(), EngineClock.now());
  }

  // ---------------------------------------------------------------- reads for the evaluation and the model's history

  /** Every inspection of a model with its findings and the unit's answer, oldest first. */
  public List<Inspection> ofModel(String initiativeId) {
    return repository.findByInitiative(initiativeId);
  }

  /** Every inspection of the year's models. */
  public List<Inspection> ofYear(int year) {
    return repository.findByYear(year);
  }

  /**
   * The inspections of the year the person may see: the whole bloc for the reviewing office, the
   * standing committee and administrators; a unit's own, and a committee's cells', for unit people.
   */
  public List<Inspection> visibleTo(CurrentUser user, int year) {
    if (user.isAdmin() || user.hasRole(Role.REVIEWER) || user.hasRole(Role.APPROVER)) {
      return repository.findByYear(year);
    }
    Set<String> units = new LinkedHashSet<>(user.unitCodes());
    for (String unit : user.unitCodes()) {
      directory.cellsOf(unit).forEach(cell -> units.add(cell.code()));
    }
    return repository.findByYearAndUnits(year, units);
  }
}
