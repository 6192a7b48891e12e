package vn.mohinh.document;

import java.time.Instant;
import java.time.LocalDate;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import vn.mohinh.organization.OrganizationDirectory;
import vn.mohinh.organization.Unit;
import vn.mohinh.organization.UnitKind;
import vn.mohinh.evaluation.Evaluation;
import vn.mohinh.evaluation.EvaluationProperties;
import vn.mohinh.evaluation.EvaluationRepository;
import vn.mohinh.platform.EngineClock;
import vn.mohinh.registration.Initiative;
import vn.mohinh.registration.InitiativeGroup;
import vn.mohinh.registration.InitiativeRepository;
import vn.mohinh.registration.InitiativeStatus;
import vn.mohinh.registration.PlanContent;
import vn.mohinh.registration.RegistrationProperties;
import vn.mohinh.registration.Submission;
import vn.mohinh.registration.SubmissionRepository;
import vn.mohinh.report.Indicator;
import vn.mohinh.report.ReportContent;
import vn.mohinh.report.ReportRepository;
import vn.mohinh.report.ReportStatus;
import vn.mohinh.report.ResultReport;

/**
 * The official documents built from the domain tables: the inputs of the generators (mẫu 01 of a
 * model, mẫu 02 of a committee, the bloc-wide registration summary, mẫu 03 of a model's result
 * report, the year's evaluation and commendation list) and the files themselves.
 *
 * <p>A plan (KH) or a report (BC) gets its number the first time it is downloaded and keeps it,
 * with the date of that first issue; before that the date is the day it was (last) submitted.
 */
@Service
public class OfficialDocuments {

  /** The years a document may be asked for. */
  static final int FIRST_YEAR = 2000;

  static final int LAST_YEAR = 2100;

  /** mẫu 02: the models the committee has approved (its own is approved by writing it) or the bloc accepted. */
  static final EnumSet<InitiativeStatus> IN_SUMMARY = EnumSet.of(InitiativeStatus.APPROVED, InitiativeStatus.ACCEPTED);

  static final String NOT_STARTED = "Chưa bắt đầu đăng ký";

  private final InitiativeRepository initiatives;
  private final SubmissionRepository submissions;
  private final RegistrationProperties registration;
  private final OrganizationDirectory directory;
  private final DocumentIssuers issuers;
  private final DocumentNumberService numbers;
  private final PlanDocxGenerator planGenerator;
  private final SummaryXlsxGenerator summaryGenerator;
  private final BlocSummaryXlsxGenerator blocSummaryGenerator;
  private final ReportRepository reports;
  private final EvaluationRepository evaluations;
  private final EvaluationProperties evaluation;
  private final ReportDocxGenerator reportGenerator;
  private final CommendationXlsxGenerator commendationGenerator;
  private final ZoneId zone;

  public OfficialDocuments(
      InitiativeRepository initiatives,
      SubmissionRepository submissions,
      RegistrationProperties registration,
      OrganizationDirectory directory,
      DocumentIssuers issuers,
      DocumentNumberService numbers,
      PlanDocxGenerator planGenerator,
      SummaryXlsxGenerator summaryGenerator,
      BlocSummaryXlsxGenerator blocSummaryGenerator,
      ReportRepository reports,
      EvaluationRepository evaluations,
      EvaluationProperties evaluation,
      ReportDocxGenerator reportGenerator,
      CommendationXlsxGenerator commendationGenerator,
      @Value("${mohinh.time-zone:Asia/Ho_Chi_Minh}") String timeZone) {
    this.initiatives = initiatives;
    this.submissions = submissions;
    this.registration = registration;
    this.directory = directory;
    this.issuers = issuers;
    this.numbers = numbers;
    this.planGenerator = planGenerator;
    this.summaryGenerator = summaryGenerator;
    this.blocSummaryGenerator = blocSummaryGenerator;
    this.reports = reports;
    this.evaluations = evaluations;
    this.evaluation = evaluation;
    this.reportGenerator = reportGenerator;
    this.commendationGenerator = commendationGenerator;
    this.zone = ZoneId.of(timeZone);
  }

  /** A generated file, ready to be sent. */
  public record GeneratedFile(byte[] content, String filename, MediaType type) {}

  // ------------------------------------------------------------------ mẫu 01

  /** The model, if it exists and its unit is in the directory. */
  public Initiative initiative(String initiativeId) {
    if (initiativeId == null || initiativeId.length() > 36) {
      throw DocumentRefusal.notFound("Không tìm thấy mô hình.");
    }
    return initiatives.find(initiativeId)
        .filter(i -> directory.unit(i.unitCode()).isPresent())
        .orElseThrow(() -> DocumentRefusal.notFound("Không tìm thấy mô hình."));
  }

  /**
   * Mẫu 01 of the model, numbered: the number it has, or the unit's next one (allocated now, on
   * behalf of {@code userId}).
   */
  public PlanDocument plan(Initiative initiative, String userId) {
    if (!initiative.everSubmitted()) {
      throw DocumentRefusal.notReady("Đơn vị chưa nộp kế hoạch của mô hình này nên chưa có văn bản.");
    }
    Issuer issuer = issuers.forUnit(initiative.unitCode());
    DocumentKey key = new DocumentKey(DocumentType.PLAN, initiative.id(), initiative.year());
    DocumentNumberService.Allocation allocation =
        numbers.allocate(key, initiative.unitCode(), date(initiative.submittedAt()), userId);
    DocumentHead head = new DocumentHead(
        issuer, allocation.toDocumentNumber(DocumentType.PLAN, issuer.numberCode()), allocation.issuedOn(),
        issuers.recipientsFor(initiative.unitCode()));
    PlanContent content = initiatives.content(initiative.id());
    return new PlanDocument(
        head,
        initiative.year(),
        initiative.name(),
        groupName(initiative),
        Boolean.TRUE.equals(initiative.continuing()),
        initiative.period(),
        null,
        content.situation(),
        content.advantages(),
        content.difficulties(),
        content.purpose(),
        null,
        content.studyContent(),
        content.necessity(),
        content.method(),
        content.effectiveness(),
        content.replicability(),
        content.organization());
  }

  public GeneratedFile planFile(Initiative initiative, String userId) {
    byte[] content = planGenerator.generate(plan(initiative, userId));
    String unitName = directory.requireUnit(initiative.unitCode()).name();
    String filename = "Mẫu 01 - Kế hoạch mô hình " + initiative.year() + " - " + unitName
        + (initiative.seq() > 1 ? " (" + initiative.seq() + ")" : "") + ".docx";
    return new GeneratedFile(content, filename, DocumentFiles.DOCX);
  }

  // ------------------------------------------------------------------ mẫu 02

  /** The committee (đảng bộ cơ sở) of the code; mẫu 02 is a committee's. */
  public Unit committee(String committeeCode) {
    return directory.unit(committeeCode)
        .filter(Unit::isCommittee)
        .orElseThrow(() -> DocumentRefusal.notFound("Không có đảng bộ cơ sở mã “" + committeeCode + "”."));
  }

  /**
   * Mẫu 02 of a committee for the year: its own and its cells' models that it approved or the bloc
   * accepted, in the organisation's order; dated the day it was last sent to the bloc (today if not yet).
   */
  public SummaryTable summary(int year, Unit committee) {
    checkYear(year);
    List<SummaryTable.Row> rows = new ArrayList<>();
    for (Initiative i : initiatives.ofBaseUnit(year, committee.code(), IN_SUMMARY)) {
      rows.add(new SummaryTable.Row(unitName(i.unitCode()), i.name(), i.period(), Boolean.TRUE.equals(i.continuing())));
    }
    LocalDate issuedOn = submissions.latest(year, committee.code())
        .map(Submission::submittedAt)
        .map(this::date)
        .orElseGet(this::today);
    return new SummaryTable(issuers.forUnit(committee.code()), year, issuedOn, rows, issuers.recipientsFor(committee.code()));
  }

  public GeneratedFile summaryFile(int year, Unit committee) {
    byte[] content = summaryGenerator.generate(summary(year, committee));
    return new GeneratedFile(
        content, "Mẫu 02 - Tổng hợp đăng ký mô hình " + year + " - " + committee.name() + ".xlsx", DocumentFiles.XLSX);
  }

  // ------------------------------------------------------------------ the bloc

  /**
   * The bloc-wide registration of the year: every model written (not only drafts) with its base
   * unit, group and where it stands; and every unit that must register and has no model the bloc
   * accepted, with how far it got.
   */
  public BlocSummary blocSummary(int year) {
    checkYear(year);
    List<BlocSummary.Row> rows = new ArrayList<>();
    for (Initiative i : initiatives.ofYear(year)) {
      if (i.status() == InitiativeStatus.DRAFT) {
        continue;
      }
      Optional<Unit> unit = directory.unit(i.unitCode());
      rows.add(new BlocSummary.Row(
          unit.map(OfficialDocuments::baseUnitName).orElse(unitName(i.baseUnitCode())),
          unit.map(Unit::name).orElse(i.unitCode()),
          i.name(),
          groupName(i),
          i.period(),
          Boolean.TRUE.equals(i.continuing()),
          i.status().label()));
    }
    List<BlocSummary.UnitWithoutModel> missing = new ArrayList<>();
    for (InitiativeRepository.UnitProgress u : initiatives.unitsWithoutAccepted(year, Integer.MAX_VALUE)) {
      missing.add(new BlocSummary.UnitWithoutModel(
          u.parentName() == null ? u.unitName() : u.parentName(),
          u.unitName(),
          directory.unit(u.unitCode()).map(unit -> kindLabel(unit.kind())).orElse(""),
          u.best() == null ? NOT_STARTED : u.best().label()));
    }
    return new BlocSummary(issuers.forReviewingOffice(), year, today(), rows, missing, null, List.of());
  }

  public GeneratedFile blocSummaryFile(int year) {
    byte[] content = blocSummaryGenerator.generate(blocSummary(year));
    return new GeneratedFile(content, "Tổng hợp đăng ký mô hình toàn Khối năm " + year + ".xlsx", DocumentFiles.XLSX);
  }

  // ------------------------------------------------------------------ mẫu 03

  /** The model's result report, once its unit has sent it (to the committee or the bloc). */
  public ResultReport submittedReport(Initiative initiative) {
    return reports.ofInitiative(initiative.id())
        .filter(r -> r.submittedAt() != null)
        .orElseThrow(() -> DocumentRefusal.notReady("Đơn vị chưa gửi báo cáo kết quả của mô hình này nên chưa có văn bản."));
  }

  /**
   * Mẫu 03 of the model, numbered: the number it has, or the unit's next BC (allocated now, on
   * behalf of {@code userId}), dated the day the report was sent. The figures compared with before
   * are printed under "Hiệu quả thiết thực".
   */
  public ReportDocument report(Initiative initiative, String userId) {
    ResultReport report = submittedReport(initiative);
    Issuer issuer = issuers.forUnit(report.unitCode());
    DocumentKey key = new DocumentKey(DocumentType.REPORT, initiative.id(), report.year());
    DocumentNumberService.Allocation allocation =
        numbers.allocate(key, report.unitCode(), date(report.submittedAt()), userId);
    DocumentHead head = new DocumentHead(
        issuer, allocation.toDocumentNumber(DocumentType.REPORT, issuer.numberCode()), allocation.issuedOn(),
        issuers.recipientsFor(report.unitCode()));
    ReportContent c = reports.content(report.id());
    return new ReportDocument(
        head,
        report.year(),
        initiative.name(),
        null,
        c.situation(),
        c.necessity(),
        c.relatedDocuments(),
        c.basicContent(),
        c.leadership(),
        c.initiatives(),
        withIndicators(c.effectiveness(), c.indicators()),
        c.lessons(),
        c.shortcomings(),
        c.replicationScope(),
        c.replicationLeadership(),
        c.nextSteps());
  }

  public GeneratedFile reportFile(Initiative initiative, String userId) {
    byte[] content = reportGenerator.generate(report(initiative, userId));
    String unitName = directory.requireUnit(initiative.unitCode()).name();
    String filename = "Mẫu 03 - Báo cáo kết quả mô hình " + initiative.year() + " - " + unitName
        + (initiative.seq() > 1 ? " (" + initiative.seq() + ")" : "") + ".docx";
    return new GeneratedFile(content, filename, DocumentFiles.DOCX);
  }

  /** The effectiveness text followed by one line per figure: "Name (unit): trước …, sau …". */
  static String withIndicators(String effectiveness, List<Indicator> indicators) {
    StringBuilder out = new StringBuilder(effectiveness == null ? "" : effectiveness.strip());
    for (Indicator i : indicators) {
      if (out.length() > 0) {
        out.append('\n');
      }
      String unit = i.unit() == null || i.unit().isBlank() ? "" : " (" + i.unit().strip() + ")";
      out.append(i.name()).append(unit).append(": trước khi thực hiện ").append(plain(i.before()))
          .append(", sau khi thực hiện ").append(plain(i.after())).append('.');
    }
    return out.length() == 0 ? null : out.toString();
  }

  private static String plain(BigDecimal value) {
    return value == null ? "" : value.toPlainString();
  }

  // ------------------------------------------------------------------ the commendation list

  /**
   * The year's evaluation and commendation list: every report that reached the bloc (with its
   * scores per configured criterion, total, proposed and approved level) and every missing one
   * ("Chưa báo cáo"), in the organisation's order. Issued by the reviewing office, without signature.
   */
  public CommendationList commendations(int year) {
    checkYear(year);
    List<vn.mohinh.evaluation.Criterion> criteria = evaluation.criteria();
    Map<String, Evaluation> evaluated = evaluations.ofYear(year);
    Map<String, EvaluationRepository.Commendation> approved = evaluations.commendationsOf(year).stream()
        .collect(Collectors.toMap(EvaluationRepository.Commendation::reportId, Function.identity(), (a, b) -> b));
    List<CommendationList.Row> rows = new ArrayList<>();
    for (ResultReport r : reports.ofYear(year)) {
      if (r.status() != ReportStatus.RECEIVED && r.status() != ReportStatus.MISSING) {
        continue;
      }
      String modelName = initiatives.find(r.initiativeId()).map(Initiative::name).orElse(r.initiativeId());
      Evaluation e = evaluated.get(r.id());
      List<BigDecimal> scores = new ArrayList<>();
      Map<String, BigDecimal> given = e == null ? Map.of() : evaluations.scores(r.id());
      for (vn.mohinh.evaluation.Criterion c : criteria) {
        scores.add(given.get(c.key()));
      }
      EvaluationRepository.Commendation commendation = approved.get(r.id());
      List<String> notes = new ArrayList<>();
      if (r.status() == ReportStatus.MISSING) {
        notes.add(ReportStatus.MISSING.label());
      } else if (Boolean.FALSE.equals(r.onTime())) {
        notes.add("Nộp muộn");
      }
      if (r.status() == ReportStatus.RECEIVED && e == null) {
        notes.add("Chưa đánh giá");
      }
      boolean showcase = commendation != null ? commendation.showcase() : e != null && Boolean.TRUE.equals(e.showcase());
      if (showcase) {
        notes.add("Nhân rộng");
      }
      rows.add(new CommendationList.Row(
          unitName(r.unitCode()),
          modelName,
          scores,
          e == null ? null : e.totalScore(),
          e == null || !e.proposed() ? "" : (e.proposedLabel() == null ? e.proposedLevel().label() : e.proposedLabel()),
          commendation == null ? "" : (commendation.levelLabel() == null ? commendation.level().label() : commendation.levelLabel()),
          String.join("; ", notes)));
    }
    List<CommendationList.Criterion> columns = criteria.stream()
        .map(c -> new CommendationList.Criterion(c.label(), c.scaleMax()))
        .toList();
    return new CommendationList(issuers.forReviewingOffice(), year, today(), columns, rows, null, List.of());
  }

  public GeneratedFile commendationsFile(int year) {
    byte[] content = commendationGenerator.generate(commendations(year));
    return new GeneratedFile(
        content, "Danh sách đánh giá, đề xuất khen thưởng mô hình năm " + year + ".xlsx", DocumentFiles.XLSX);
  }

  // ------------------------------------------------------------------

  static void checkYear(int year) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw DocumentRefusal.notFound("Không có văn bản của năm " + year + ".");
    }
  }

  static String kindLabel(UnitKind kind) {
    return switch (kind) {
      case COMMITTEE -> "Đảng bộ cơ sở";
      case BASE_CELL -> "Chi bộ cơ sở";
      case CELL -> "Chi bộ trực thuộc";
      case MASS_ORGANISATION -> "Đoàn thể";
    };
  }

  private String groupName(Initiative i) {
    if (i.groupCode() == null) {
      return "";
    }
    return registration.group(i.groupCode())
        .map(InitiativeGroup::name)
        .orElse(i.groupName() == null ? i.groupCode() : i.groupName());
  }

  private String unitName(String unitCode) {
    return directory.unit(unitCode).map(Unit::name).orElse(unitCode);
  }

  private static String baseUnitName(Unit unit) {
    return unit.parentName() == null ? unit.name() : unit.parentName();
  }

  private LocalDate date(Instant instant) {
    return instant == null ? today() : LocalDate.ofInstant(instant, zone);
  }

  private LocalDate today() {
    return LocalDate.ofInstant(EngineClock.now(), zone);
  }
}
