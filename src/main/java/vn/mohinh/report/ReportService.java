package vn.mohinh.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mohinh.notification.Notifier;
import vn.mohinh.organization.OrganizationDirectory;
import vn.mohinh.organization.Unit;
import vn.mohinh.platform.EngineClock;
import vn.mohinh.platform.InvalidInputException;

/**
 * The result reports (mẫu 03) of a year: opening them for every accepted model, writing them, the
 * committee's review of its cells' reports, and closing the collection. Every call coming from a
 * task names the engine task; the year, unit and report are those recorded when the task was created.
 */
@Service
public class ReportService {

  /** Decisions of the committee's review form. */
  public static final String APPROVE = "APPROVE";

  public static final String RETURN = "RETURN";

  public static final int COMMENT_LIMIT = 4000;

  private final ReportRepository reports;
  private final ReportLog log;
  private final ModelCatalog models;
  private final OrganizationDirectory directory;
  private final ReportCalendar calendar;
  private final ReportProperties properties;
  private final Notifier notifier;

  public ReportService(
      ReportRepository reports,
      ReportLog log,
      ModelCatalog models,
      OrganizationDirectory directory,
      ReportCalendar calendar,
      ReportProperties properties,
      Notifier notifier) {
    this.reports = reports;
    this.log = log;
    this.models = models;
    this.directory = directory;
    this.calendar = calendar;
    this.properties = properties;
    this.notifier = notifier;
  }

  /**
   * What a write-report task shows.
   *
   * @param fields the form's fields with their values (empty, or the report as last sent)
   * @param planMarkdown the model's plan (mẫu 01), read-only
   * @param returnComment the committee's comment when it returned the report, else null
   */
  public record WriteTask(
      ResultReport report, AcceptedModel model, String unitName, Map<String, Object> fields, String planMarkdown,
      String deadlineText, boolean revision, String returnComment, String returnedBy) {}

  /** What a committee's review task shows. */
  public record ReviewTask(
      ResultReport report, AcceptedModel model, String unitName, String reportMarkdown, List<Map<String, Object>> indicators,
      String deadlineText, String previousComment) {}

  /** A report that has not reached the bloc yet. */
  public record PendingReport(String unitName, String baseUnitName, String modelName, String state) {}

  /**
   * Where the collection of a year's reports stands.
   *
   * @param pending the first {@code listLimit} of the {@code pendingTotal} reports that have not reached the bloc
   */
  public record CollectionProgress(
      int year, int expected, int received, int onTime, int late, int pendingTotal, List<PendingReport> pending,
      String deadlineText, Instant at) {}

  // ---- opening ------------------------------------------------------------------------------

  /**
   * The report window opened: every model the bloc accepted for the year gets its report (once;
   * a retry or a second call adds only what is missing). Returns how many reports the year has.
   */
  @Transactional
  public int openReports(int year) {
    Instant now = EngineClock.now();
    int added = 0;
    for (AcceptedModel model : models.acceptedModels(year)) {
      if (reports.ofInitiative(model.initiativeId()).isPresent()) {
        continue;
      }
      reports.insert(
          new ResultReport(
              UUID.randomUUID().toString(), year, model.initiativeId(), model.unitCode(), model.baseUnitCode(), ReportStatus.OPEN,
              null, now, null, null, null, null, null, 0, null, null));
      added++;
    }
    if (added > 0) {
      log.record(new ReportLog.Event(year, null, null, ReportLog.Action.REPORTS_OPENED, null, added + " báo cáo", now));
    }
    return reports.ofYear(year).size();
  }

  /** The year's reports that are still to be written (the multi-instance collection), in the organisation's order. */
  public List<String> reportIds(int year) {
    return reports.ofYear(year).stream().filter(r -> r.status() != ReportStatus.MISSING && !r.received()).map(ResultReport::id).toList();
  }

  /** Every report of the year, in the organisation's order. */
  public List<ResultReport> reportsOfYear(int year) {
    return reports.ofYear(year);
  }

  public ResultReport require(String reportId) {
    return reports.find(reportId).orElseThrow(() -> new IllegalStateException("No report " + reportId));
  }

  public AcceptedModel modelOf(ResultReport report) {
    return models.model(report.initiativeId()).orElseThrow(() -> new IllegalStateException("No model " + report.initiativeId()));
  }

  // ---- writing ------------------------------------------------------------------------------

  /** A unit's write-report task was created (first time, or after a return). */
  @Transactional
  public WriteTask openWriteTask(String taskId, int year, String unitCode, String reportId, Instant due) {
    ResultReport report = require(reportId, year, unitCode);
    AcceptedModel model = modelOf(report);
    reports.updateDue(reportId, due);
    log.openTask(new ReportTask(taskId, ReportTask.Kind.WRITE, year, unitCode, reportId), EngineClock.now());
    boolean returned = report.status() == ReportStatus.RETURNED;
    return new WriteTask(
        report, model, unitName(unitCode), ReportForm.fields(reports.content(reportId)), planMarkdown(model.initiativeId()),
        calendar.format(due != null ? due : calendar.reportDue(year)), report.submittedAt() != null,
        returned ? report.lastComment() : null, returned ? report.lastReturnedBy() : null);
  }

  /**
   * The unit sent its report: checked, stored, and passed on: a cell's goes to its committee
   * (returns true), a committee's own or a base cell's reaches the bloc (returns false).
   *
   * @param due the deadline of the task (its due date)
   */
  @Transactional
  public boolean submitReport(String taskId, Map<String, Object> values, String actor, Instant due) {
    ReportTask task = log.requireTask(taskId, ReportTask.Kind.WRITE);
    ResultReport report = require(task.reportId(), task.year(), task.unitCode());
    ReportContent content = ReportForm.parse(values);
    Unit unit = directory.requireUnit(task.unitCode());
    Instant now = EngineClock.now();
    boolean toCommittee = unit.isCell();
    reports.submit(report.id(), content, toCommittee ? ReportStatus.SUBMITTED : ReportStatus.RECEIVED, due, now, actor);
    log.record(
        event(task, report.submittedAt() == null ? ReportLog.Action.REPORT_SUBMITTED : ReportLog.Action.REPORT_RESUBMITTED, actor, null, now));
    if (!toCommittee) {
      receive(task, report, due, now, actor);
    }
    log.closeTask(taskId);
    return toCommittee;
  }

  // ---- the committee's review ---------------------------------------------------------------

  /** A committee's task to review a cell's report was created. */
  @Transactional
  public ReviewTask openReviewTask(String taskId, int year, String unitCode, String reportId) {
    ResultReport report = require(reportId, year, unitCode);
    AcceptedModel model = modelOf(report);
    log.openTask(new ReportTask(taskId, ReportTask.Kind.REVIEW, year, unitCode, reportId), EngineClock.now());
    ReportContent content = reports.content(reportId);
    Instant due = report.dueAt() != null ? report.dueAt() : calendar.reportDue(year);
    return new ReviewTask(
        report, model, unitName(unitCode), reportMarkdown(content), indicatorRows(content), calendar.format(due),
        report.returnCount() > 0 ? report.lastComment() : null);
  }

  /**
   * The committee approved the cell's report and forwarded it to the bloc, or returned it with a
   * comment (required when returning). Returns whether it was approved.
   */
  @Transactional
  public boolean reviewReport(String taskId, String decision, String comment, String actor, Instant due) {
    ReportTask task = log.requireTask(taskId, ReportTask.Kind.REVIEW);
    String text = checkDecision(decision, comment, APPROVE, RETURN);
    ResultReport report = require(task.reportId(), task.year(), task.unitCode());
    if (report.status() != ReportStatus.SUBMITTED) {
      throw new IllegalStateException("Report " + report.id() + " is " + report.status() + ", not waiting for its committee");
    }
    Unit unit = directory.requireUnit(task.unitCode());
    String committee = directory.parentOf(unit.code()).map(Unit::name).orElse(unit.name());
    String subject = subject(modelOf(report));
    Instant now = EngineClock.now();
    boolean approved = APPROVE.equals(decision);
    if (approved) {
      receive(task, report, due, now, actor);
      notifier.notifyAccepted(new Notifier.AcceptanceNotice(task.year(), unit.code(), subject, committee));
    } else {
      reports.markReturned(report.id(), text, committee, now);
      log.record(event(task, ReportLog.Action.REPORT_RETURNED, actor, text, now));
      notifier.notifyReturned(
          new Notifier.ReturnNotice(task.year(), unit.code(), subject, text, committee, report.returnCount() + 1));
    }
    log.closeTask(taskId);
    return approved;
  }

  private void receive(ReportTask task, ResultReport report, Instant due, Instant now, String actor) {
    Instant deadline = due != null ? due : report.dueAt() != null ? report.dueAt() : calendar.reportDue(task.year());
    boolean onTime = !now.isAfter(deadline);
    reports.markReceived(report.id(), due, now, onTime, actor);
    log.record(event(task, ReportLog.Action.REPORT_RECEIVED, actor, onTime ? "Đúng hạn" : "Nộp muộn", now));
  }

  // ---- closing the collection ---------------------------------------------------------------

  /** Where the year's collection stands now. */
  public CollectionProgress progress(int year) {
    List<ResultReport> all = reports.ofYear(year);
    int received = 0;
    int onTime = 0;
    List<PendingReport> pending = new ArrayList<>();
    int pendingTotal = 0;
    for (ResultReport r : all) {
      if (r.received()) {
        received++;
        if (!Boolean.FALSE.equals(r.onTime())) {
          onTime++;
        }
        continue;
      }
      pendingTotal++;
      if (pending.size() < properties.listLimit()) {
        Unit unit = directory.unit(r.unitCode()).orElse(null);
        pending.add(
            new PendingReport(
                unit == null ? r.unitCode() : unit.name(),
                unit == null || unit.parentName() == null ? "" : unit.parentName(),
                models.model(r.initiativeId()).map(AcceptedModel::name).orElse(""),
                r.status().label()));
      }
    }
    return new CollectionProgress(
        year, all.size(), received, onTime, received - onTime, pendingTotal, pending, calendar.format(calendar.reportDue(year)),
        EngineClock.now());
  }

  /** The reviewing office's task to close the collection was created (or claimed: the figures are refreshed). */
  @Transactional
  public CollectionProgress openCloseTask(String taskId, int year) {
    log.openTask(new ReportTask(taskId, ReportTask.Kind.CLOSE_COLLECTION, year, null, null), EngineClock.now());
    return progress(year);
  }

  /** The reviewing office claimed its close task: the figures are refreshed (the year is the task's own). */
  public CollectionProgress refreshCloseTask(String taskId) {
    return progress(log.requireTask(taskId, ReportTask.Kind.CLOSE_COLLECTION).year());
  }

  /**
   * The reviewing office closes the collection before it closes by itself. Only after the report
   * deadline, and only when confirmed.
   */
  @Transactional
  public void confirmClose(String taskId, Object confirmed, String actor) {
    ReportTask task = log.requireTask(taskId, ReportTask.Kind.CLOSE_COLLECTION);
    List<String> problems = new ArrayList<>();
    if (!(Boolean.TRUE.equals(confirmed) || "true".equalsIgnoreCase(String.valueOf(confirmed)))) {
      problems.add("Chưa xác nhận đóng nhận báo cáo");
    }
    Instant due = calendar.reportDue(task.year());
    if (EngineClock.now().isBefore(due)) {
      problems.add("Chưa đến hạn nộp báo cáo (" + calendar.format(due) + "): chỉ đóng nhận báo cáo sau hạn");
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    log.record(new ReportLog.Event(task.year(), null, null, ReportLog.Action.COLLECTION_CLOSED, actor, null, EngineClock.now()));
    log.closeTask(taskId);
  }

  /**
   * The collection is over (all reports in, closed by the reviewing office, or by its timer): the
   * reports that have not reached the bloc become "chưa báo cáo". Idempotent. Returns their ids.
   */
  @Transactional
  public List<String> closeCollection(int year) {
    Instant now = EngineClock.now();
    List<String> missing = reports.markMissing(year, now);
    for (String id : missing) {
      ResultReport r = require(id);
      log.record(new ReportLog.Event(year, id, r.unitCode(), ReportLog.Action.REPORT_MISSING, null, null, now));
    }
    return missing;
  }

  /** The engine deleted an open task (its process was cancelled or moved on). */
  @Transactional
  public void forgetTask(String taskId) {
    log.closeTask(taskId);
  }

  // ---- reading ------------------------------------------------------------------------------

  /** The report's text as Markdown for the read-only parts of forms (the figures are a table of their own). */
  public String reportMarkdown(ReportContent content) {
    List<String> sections = new ArrayList<>();
    for (ReportField field : ReportField.values()) {
      sections.add(Markdown.section(field.label(), content.section(field)));
    }
    return Markdown.sections(sections);
  }

  /** The figures compared with before, as rows of a form's table. */
  public List<Map<String, Object>> indicatorRows(ReportContent content) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Indicator i : content.indicators()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("tt", i.seq());
      row.put("name", i.name());
      row.put("unit", i.unit() == null ? "" : i.unit());
      row.put("before", Markdown.number(i.before()));
      row.put("after", Markdown.number(i.after()));
      row.put("change", (i.change().signum() > 0 ? "+" : "") + Markdown.number(i.change()));
      rows.add(row);
    }
    return rows;
  }

  public ReportContent content(String reportId) {
    return reports.content(reportId);
  }

  /** The model's plan (mẫu 01) as Markdown. */
  public String planMarkdown(String initiativeId) {
    List<String> sections = new ArrayList<>();
    for (ModelCatalog.PlanSection s : models.plan(initiativeId)) {
      sections.add(Markdown.section(s.heading(), s.text()));
    }
    return sections.isEmpty() ? "_(không tìm thấy kế hoạch)_" : Markdown.sections(sections);
  }

  /** "Chi bộ Văn phòng – Đảng bộ Sở Tài chính" (the code if the unit is gone from the directory). */
  public String unitName(String unitCode) {
    return directory.unit(unitCode).map(Unit::displayName).orElse(unitCode);
  }

  static String subject(AcceptedModel model) {
    return "báo cáo kết quả thực hiện mô hình “" + model.name() + "”";
  }

  private ResultReport require(String reportId, int year, String unitCode) {
    if (reportId == null) {
      throw new IllegalStateException("No report for the task of " + unitCode + " in " + year);
    }
    ResultReport report = require(reportId);
    if (report.year() != year || (unitCode != null && !report.unitCode().equals(unitCode))) {
      throw new IllegalStateException(
          "Report " + reportId + " belongs to " + report.unitCode() + "/" + report.year() + ", not to " + unitCode + "/" + year);
    }
    return report;
  }

  private static ReportLog.Event event(ReportTask task, ReportLog.Action action, String actor, String comment, Instant at) {
    return new ReportLog.Event(task.year(), task.reportId(), task.unitCode(), action, actor, comment, at);
  }

  /**
   * Checks a decision and its comment: the decision is one of the two, the comment is required
   * when returning. Returns the trimmed comment (null when empty).
   */
  public static String checkDecision(String decision, String comment, String yes, String no) {
    String text = ReportForm.text(comment);
    List<String> problems = new ArrayList<>();
    if (decision == null || !(decision.equals(yes) || decision.equals(no))) {
      problems.add("Chưa chọn ý kiến (đồng ý hoặc trả lại)");
    } else if (decision.equals(no) && text == null) {
      problems.add("Khi trả lại phải ghi rõ ý kiến để sửa");
    }
    if (text != null && text.length() > COMMENT_LIMIT) {
      problems.add("Ý kiến dài quá " + COMMENT_LIMIT + " ký tự");
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return text;
  }
}
