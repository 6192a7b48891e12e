package vn.mohinh.milestone;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mohinh.catalog.InitiativeCatalog;
import vn.mohinh.catalog.ModelRef;
import vn.mohinh.registration.InitiativeStatus;
import vn.mohinh.organization.OrganizationDirectory;
import vn.mohinh.organization.Unit;
import vn.mohinh.workflow.Authorizations;
import vn.mohinh.platform.EngineClock;
import vn.mohinh.platform.InvalidInputException;

/**
 * Milestone reviews (sơ kết, tổng kết) and phase plans: for a configured milestone every base unit
 * reports on the period (a committee's cells first report to it), the form pre-filled with the
 * models the product holds for the unit over the period; the reviewing office compiles the bloc's
 * report and proposes commendations for the period; the standing committee approves.
 */
@Service
public class MilestoneService {

  public static final String PROCESS_KEY = "Process_MilestoneReview";
  public static final String UNIT_PROCESS_KEY = "Process_MilestoneUnitReport";
  public static final int TEXT_MAX = 8000;
  public static final int SHORT_TEXT_MAX = 4000;
  public static final int BLOC_REPORT_MAX = 20000;

  private final MilestoneProperties properties;
  private final MilestoneRepository repository;
  private final OrganizationDirectory directory;
  private final InitiativeCatalog catalog;
  private final ObjectProvider<ProcessEngine> engine;

  public MilestoneService(MilestoneProperties properties, MilestoneRepository repository, OrganizationDirectory directory,
      InitiativeCatalog catalog, ObjectProvider<ProcessEngine> engine) {
    this.properties = properties;
    this.repository = repository;
    this.directory = directory;
    this.catalog = catalog;
    this.engine = engine;
  }

  public MilestoneProperties properties() {
    return properties;
  }

  public List<Milestone> milestones() {
    return properties.items();
  }

  /** The milestone of a key typed in the start form; the error names the configured ones. */
  public Milestone requireMilestone(String key) {
    return properties.items().stream().filter(m -> m.key().equals(key)).findFirst().orElseThrow(() -> new InvalidInputException(
        "Không có đợt '" + key + "'. Các đợt đã cấu hình: "
            + properties.items().stream().map(m -> m.key() + " (" + m.name() + ")").collect(Collectors.joining("; "))));
  }

  /** Refuses a milestone already approved or being run. */
  public void checkStartable(Milestone milestone) {
    for (MilestoneReview review : repository.findReviewsOf(milestone.key())) {
      if (review.status() == MilestoneStatus.APPROVED) {
        throw new InvalidInputException("Đợt “" + milestone.name() + "” đã được phê duyệt");
      }
      if (running(review.processInstanceId())) {
        throw new InvalidInputException("Đợt “" + milestone.name() + "” đang được thực hiện");
      }
    }
  }

  private boolean running(String processInstanceId) {
    ProcessEngine processEngine = engine.getIfAvailable();
    if (processInstanceId == null || processEngine == null) {
      return false;
    }
    return Authorizations.withoutChecks(processEngine,
        () -> processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0);
  }

  /** For the scheduled start: the first milestone open today (opensOn ≤ today ≤ due date) that was never run. */
  public Optional<Milestone> dueToOpen() {
    LocalDate today = EngineClock.now().atZone(properties.zone()).toLocalDate();
    return properties.items().stream()
        .filter(m -> !today.isBefore(m.opensOn()) && !today.isAfter(m.dueDate()))
        .filter(m -> repository.findReviewsOf(m.key()).isEmpty())
        .findFirst();
  }

  public Instant unitDue(Milestone milestone) {
    return milestone.dueDate().atTime(properties.dueTime()).atZone(properties.zone()).toInstant();
  }

  public Instant cellDue(Milestone milestone) {
    return milestone.dueDate().minusDays(properties.cellLeadDays()).atTime(properties.dueTime()).atZone(properties.zone()).toInstant();
  }

  public Instant compileDue(MilestoneReview review) {
    return review.dueAt().atZone(properties.zone()).plusDays(properties.compileDays()).toInstant();
  }

  @Transactional
  public MilestoneReview open(String processInstanceId, Milestone milestone, String by) {
    Optional<MilestoneReview> existing = repository.findReviewOfProcess(processInstanceId);
    if (existing.isPresent()) {
      return existing.get();
    }
    checkStartable(milestone);
    MilestoneReview review = new MilestoneReview(UUID.randomUUID().toString(), milestone.key(), milestone.name(), milestone.kind(),
        milestone.fromYear(), milestone.toYear(), unitDue(milestone), cellDue(milestone), MilestoneStatus.COLLECTING, processInstanceId,
        by, EngineClock.now(), null, null, null, null, 0, null, null, null);
    repository.insertReview(review);
    return review;
  }

  public MilestoneReview review(String reviewId) {
    return repository.findReview(reviewId).orElseThrow(() -> new IllegalStateException("No milestone review " + reviewId));
  }

  // ---------------------------------------------------------------- who reports

  /** The base units (committees and base cells) that report to the bloc, in the directory's order. */
  public List<String> baseUnits() {
    return directory.baseUnits().stream().map(Unit::code).toList();
  }

  public List<String> cellsOf(String unitCode) {
    return directory.cellsOf(unitCode).stream().map(Unit::code).toList();
  }

  /** Who works on a unit's report: the unit's group, and for a cell its committee's too. */
  public List<String> groupsOf(String unitCode) {
    return directory.candidateGroupsFor(unitCode);
  }

  public String unitName(String unitCode) {
    return directory.unit(unitCode).map(Unit::displayName).orElse(unitCode);
  }

  // ---------------------------------------------------------------- the units' reports

  /** The figures the product holds: the unit's models over the period (a committee's with its cells'). */
  public Figures figures(MilestoneReview review, String unitCode) {
    List<String> units = new ArrayList<>();
    units.add(unitCode);
    Unit unit = directory.unit(unitCode).orElse(null);
    if (unit != null && unit.isCommittee()) {
      units.addAll(cellsOf(unitCode));
    }
    List<ModelRef> models = catalog.modelsOf(units, review.fromYear(), review.toYear());
    Map<Integer, List<ModelRef>> byYear = new LinkedHashMap<>();
    for (int year = review.fromYear(); year <= review.toYear(); year++) {
      byYear.put(year, new ArrayList<>());
    }
    models.forEach(m -> byYear.computeIfAbsent(m.year(), y -> new ArrayList<>()).add(m));
    StringBuilder text = new StringBuilder();
    text.append("Tổng số: ").append(models.size()).append(" mô hình đã đăng ký trong giai đoạn ").append(review.period()).append(".\n");
    byYear.forEach((year, list) -> {
      long accepted = list.stream().filter(m -> InitiativeStatus.ACCEPTED.name().equals(m.status())).count();
      long continuing = list.stream().filter(m -> Boolean.TRUE.equals(m.continuing())).count();
      text.append("\nNăm ").append(year).append(": ").append(list.size()).append(" mô hình");
      if (!list.isEmpty()) {
        text.append(" (").append(accepted).append(" đã được Khối tiếp nhận; ").append(continuing).append(" đang triển khai, ")
            .append(list.size() - continuing).append(" mới)");
      }
      text.append("\n");
      for (ModelRef m : list) {
        text.append("- ").append(m.name() == null ? "(chưa đặt tên)" : m.name());
        if (!m.unitCode().equals(unitCode)) {
          text.append(" – ").append(m.unitName());
        }
        text.append("\n");
      }
    });
    return new Figures(models.size(), text.toString().strip());
  }

  /** What the product knows about a unit's models over the period. */
  public record Figures(int modelCount, String overview) {}

  /** The report's content as the unit submitted it. */
  public record Content(Integer modelCount, String situation, String results, String lessons, String shortcomings, String nextSteps,
      String commendationProposal) {}

  /** Saves a unit's (or a cell's) report; returns whether it came by its due date. */
  @Transactional
  public boolean saveReport(MilestoneReview review, String unitCode, Content content, String by) {
    Unit unit = directory.requireUnit(unitCode);
    Instant due = unit.isCell() ? review.cellDueAt() : review.dueAt();
    Instant now = EngineClock.now();
    boolean onTime = !now.isAfter(due);
    Figures figures = figures(review, unitCode);
    repository.saveReport(new MilestoneReport(UUID.randomUUID().toString(), review.id(), unitCode, unit.parentCode(),
        content.modelCount(), figures.overview(), content.situation(), content.results(), content.lessons(), content.shortcomings(),
        content.nextSteps(), content.commendationProposal(), due, by, now, onTime));
    return onTime;
  }

  /** The cells' reports a committee compiles, as text for its form. */
  public String cellReportsText(MilestoneReview review, String committeeCode) {
    List<String> cells = cellsOf(committeeCode);
    if (cells.isEmpty()) {
      return null;
    }
    Map<String, MilestoneReport> reports = reportsByUnit(review);
    StringBuilder text = new StringBuilder();
    int received = 0;
    for (String cell : cells) {
      MilestoneReport report = reports.get(cell);
      text.append("■ ").append(unitName(cell)).append(": ");
      if (report == null) {
        text.append("chưa gửi báo cáo.\n\n");
        continue;
      }
      received++;
      text.append(report.onTime() ? "đã gửi" : "đã gửi (muộn)").append(", ").append(count(report)).append(" mô hình.\n");
      appendSection(text, "Kết quả", report.results());
      appendSection(text, "Bài học", report.lessons());
      appendSection(text, "Hạn chế", report.shortcomings());
      appendSection(text, "Đề xuất khen thưởng", report.commendationProposal());
      text.append("\n");
    }
    return "Đã nhận " + received + "/" + cells.size() + " báo cáo của chi bộ trực thuộc.\n\n" + text.toString().strip();
  }

  /** Who has reported: received / expected base units and the names of those missing. */
  public Status status(MilestoneReview review) {
    Map<String, MilestoneReport> reports = reportsByUnit(review);
    List<String> expected = baseUnits();
    List<String> missing = expected.stream().filter(u -> !reports.containsKey(u)).map(this::unitName).toList();
    return new Status(expected.size() - missing.size(), expected.size(), missing);
  }

  /** How many base units reported, of how many, and which are missing. */
  public record Status(int received, int expected, List<String> missing) {
    public String text() {
      String base = "Đã nhận " + received + "/" + expected + " báo cáo của các tổ chức cơ sở đảng.";
      return missing.isEmpty() ? base : base + " Chưa báo cáo: " + String.join("; ", missing) + ".";
    }
  }

  /** The base units' reports, summarised for the reviewing office's compilation. */
  public String unitReportsSummary(MilestoneReview review) {
    Map<String, MilestoneReport> reports = reportsByUnit(review);
    StringBuilder text = new StringBuilder(status(review).text()).append("\n");
    int total = 0;
    for (String unitCode : baseUnits()) {
      MilestoneReport report = reports.get(unitCode);
      if (report == null) {
        continue;
      }
      total += count(report);
      text.append("\n■ ").append(unitName(unitCode)).append(report.onTime() ? "" : " (gửi muộn)").append(": ")
          .append(count(report)).append(" mô hình.\n");
      appendSection(text, "Kết quả", report.results());
      appendSection(text, "Bài học", report.lessons());
      appendSection(text, "Hạn chế", report.shortcomings());
      appendSection(text, "Đề xuất khen thưởng", report.commendationProposal());
    }
    return "Tổng số mô hình các đơn vị đã báo cáo: " + total + ".\n" + text.toString().strip();
  }

  private static int count(MilestoneReport report) {
    return report.modelCount() == null ? 0 : report.modelCount();
  }

  private static void appendSection(StringBuilder text, String title, String value) {
    if (value != null && !value.isBlank()) {
      text.append("  ").append(title).append(": ").append(value.strip().replace("\n", "\n  ")).append("\n");
    }
  }

  private Map<String, MilestoneReport> reportsByUnit(MilestoneReview review) {
    Map<String, MilestoneReport> reports = new LinkedHashMap<>();
    repository.findReports(review.id()).forEach(r -> reports.put(r.unitCode(), r));
    return reports;
  }

  public List<MilestoneReport> reports(MilestoneReview review) {
    return repository.findReports(review.id());
  }

  // ---------------------------------------------------------------- the bloc's report

  /**
   * The reviewing office's compilation. Possible once every base unit has reported, or once their
   * due date has passed (late reports are then compiled without).
   */
  @Transactional
  public void compile(MilestoneReview review, String blocReport, String commendationProposal, String by) {
    Status status = status(review);
    if (!status.missing().isEmpty() && EngineClock.now().isBefore(review.dueAt())) {
      throw new InvalidInputException("Chưa đến hạn báo cáo và còn " + status.missing().size()
          + " đơn vị chưa báo cáo: chỉ tổng hợp khi các đơn vị đã báo cáo đủ hoặc đã hết hạn. " + status.text());
    }
    repository.compile(review.id(), blocReport, commendationProposal, by, EngineClock.now());
  }

  @Transactional
  public void returnForRevision(MilestoneReview review, String comment) {
    repository.returnForRevision(review.id(), comment);
  }

  @Transactional
  public void approve(MilestoneReview review, String by) {
    repository.approve(review.id(), by, EngineClock.now());
  }
}
