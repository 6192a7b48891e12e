package vn.mohinh.massorganisation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mohinh.cycle.DeadlineCalendar;
import vn.mohinh.cycle.DeadlineKind;
import vn.mohinh.notification.Notifier;
import vn.mohinh.organization.OrganizationDirectory;
import vn.mohinh.organization.Unit;
import vn.mohinh.platform.EngineClock;
import vn.mohinh.platform.InvalidInputException;

/**
 * The mass organisations' mobilisation plans (plan 43-KH/ĐUK, III.2): when a year is opened each
 * mass organisation of the directory is asked for its plan, due at the same deadline as the base
 * units' registrations (SUBMISSION, 25/02 by default), with the same reminders and overdue notices;
 * the reviewing office accepts it or returns it for revision.
 */
@Service
public class MobilisationPlanService {

  public static final String YEAR_PROCESS_KEY = "Process_MassOrganisationPlans";
  public static final String PLAN_PROCESS_KEY = "Process_MassOrganisationPlan";
  /** The deadline of the plans: the base units' submission to the bloc. */
  public static final DeadlineKind DEADLINE = DeadlineKind.SUBMISSION;
  public static final int TEXT_MAX = 8000;
  public static final int SHORT_TEXT_MAX = 4000;

  private final MobilisationPlanRepository repository;
  private final OrganizationDirectory directory;
  private final DeadlineCalendar calendar;
  private final ObjectProvider<Notifier> notifier;

  public MobilisationPlanService(MobilisationPlanRepository repository, OrganizationDirectory directory, DeadlineCalendar calendar,
      ObjectProvider<Notifier> notifier) {
    this.repository = repository;
    this.directory = directory;
    this.calendar = calendar;
    this.notifier = notifier;
  }

  /** The mass organisations of the directory, in its order. */
  public List<String> organisations() {
    return directory.massOrganisations().stream().map(Unit::code).toList();
  }

  /** The Camunda groups that work on an organisation's plan. */
  public List<String> groupsOf(String unitCode) {
    return directory.candidateGroupsFor(unitCode);
  }

  public String unitName(String unitCode) {
    return directory.unit(unitCode).map(Unit::displayName).orElse(unitCode);
  }

  public java.time.ZoneId zone() {
    return calendar.properties().zone();
  }

  public Instant due(int year) {
    return calendar.dueInstant(year, DEADLINE);
  }

  /** The organisation's plan of the year, created (not yet submitted) when its task is first given. */
  @Transactional
  public MobilisationPlan open(int year, String unitCode, String processInstanceId) {
    repository.insertIfAbsent(UUID.randomUUID().toString(), year, unitCode, processInstanceId, due(year), EngineClock.now());
    return plan(year, unitCode);
  }

  public MobilisationPlan plan(int year, String unitCode) {
    return repository.find(year, unitCode).orElseThrow(() -> new IllegalStateException("No plan of " + unitCode + " for " + year));
  }

  public Optional<MobilisationPlan> find(int year, String unitCode) {
    return repository.find(year, unitCode);
  }

  public List<MobilisationPlan> ofYear(int year) {
    return repository.ofYear(year);
  }

  /** Stores the submitted plan; returns whether it came by the deadline. */
  @Transactional
  public boolean submit(int year, String unitCode, String purpose, String activities, String timeline, String coordination, String by) {
    MobilisationPlan plan = plan(year, unitCode);
    if (plan.status() == MobilisationPlanStatus.ACCEPTED) {
      throw new InvalidInputException("Kế hoạch năm " + year + " đã được tiếp nhận");
    }
    Instant now = EngineClock.now();
    boolean onTime = !now.isAfter(due(year));
    repository.submit(year, unitCode, purpose, activities, timeline, coordination, by, now, onTime);
    return onTime;
  }

  @Transactional
  public void accept(int year, String unitCode, String by) {
    repository.accept(year, unitCode, by, EngineClock.now());
    Notifier target = notifier.getIfAvailable();
    if (target != null) {
      target.notifyAccepted(new Notifier.AcceptanceNotice(year, unitCode, subject(year), directory.bloc().reviewingOffice()));
    }
  }

  @Transactional
  public void returnForRevision(int year, String unitCode, String comment, String by) {
    repository.returnForRevision(year, unitCode, comment, by, EngineClock.now());
    Notifier target = notifier.getIfAvailable();
    if (target != null) {
      target.notifyReturned(new Notifier.ReturnNotice(year, unitCode, subject(year), comment, directory.bloc().reviewingOffice(),
          plan(year, unitCode).returnCount()));
    }
  }

  /** How the mails name the plan. */
  static String subject(int year) {
    return "kế hoạch vận động đoàn viên, hội viên tham gia xây dựng mô hình năm " + year;
  }
}
