package vn.mohinh.document;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import vn.mohinh.organization.OrganizationDirectory;
import vn.mohinh.organization.Unit;
import vn.mohinh.organization.UnitKind;
import vn.mohinh.platform.EngineClock;
import vn.mohinh.registration.Initiative;
import vn.mohinh.registration.InitiativeGroup;
import vn.mohinh.registration.InitiativeRepository;
import vn.mohinh.registration.InitiativeStatus;
import vn.mohinh.registration.PlanContent;
import vn.mohinh.registration.RegistrationProperties;
import vn.mohinh.registration.Submission;
import vn.mohinh.registration.SubmissionRepository;

/**
 * The official documents built from the domain tables: the inputs of the generators (mẫu 01 of a
 * model, mẫu 02 of a committee, the bloc-wide registration summary) and the files themselves.
 *
 * <p>A plan gets its number (KH) the first time it is downloaded and keeps it, with the date of
 * that first issue; before that the date is the day the plan was (last) submitted.
 *
 * <p>TODO(report phase): mẫu 03 ({@link ReportDocument}, DocumentType.REPORT) and the commendation
 * list ({@link CommendationList}) once the report phase's tables are on main.
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
