package vn.mohinh.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mohinh.notification.Notifier;
import vn.mohinh.organization.OrganizationDirectory;
import vn.mohinh.platform.EngineClock;
import vn.mohinh.platform.InvalidInputException;
import vn.mohinh.report.AcceptedModel;
import vn.mohinh.report.Markdown;
import vn.mohinh.report.ModelCatalog;
import vn.mohinh.report.ReportContent;
import vn.mohinh.report.ReportForm;
import vn.mohinh.report.ReportLog;
import vn.mohinh.report.ReportService;
import vn.mohinh.report.ReportStatus;
import vn.mohinh.report.ResultReport;

/**
 * The evaluation of the year's reports by the reviewing office, the commendation list the standing
 * committee approves or returns, and the approved commendations. Every call coming from a task
 * names the engine task; the year and report are those recorded when the task was created.
 */
@Service
public class EvaluationService {

  /** Decisions of the approval form. */
  public static final String APPROVE = "APPROVE";

  public static final String RETURN = "RETURN";

  /** How far back a model's lineage is followed for its commendation history. */
  static final int HISTORY_DEPTH = 30;

  private final EvaluationRepository evaluations;
  private final ReportService reports;
  private final ReportLog log;
  private final ModelCatalog models;
  private final OrganizationDirectory directory;
  private final EvaluationProperties properties;
  private final Notifier notifier;

  public EvaluationService(
      EvaluationRepository evaluations,
      ReportService reports,
      ReportLog log,
      ModelCatalog models,
      OrganizationDirectory directory,
      EvaluationProperties properties,
      Notifier notifier) {
    this.evaluations = evaluations;
    this.reports = reports;
    this.log = log;
    this.models = models;
    this.directory = directory;
    this.properties = properties;
    this.notifier = notifier;
  }

  /**
   * What an evaluation task shows.
   *
   * @param fields the form's score fields, their labels and bounds, and the comment (pre-filled on a re-evaluation)
   * @param approverComment the standing committee's comment when its return led to this re-evaluation, else null
   */
  public record EvaluateTask(
      ResultReport report, AcceptedModel model, String unitName, String reportMarkdown, List<Map<String, Object>> indicators,
      String planMarkdown, Map<String, Object> fields, String approverComment, Evaluation previous) {}

  /** A row of the year's commendation list. */
  public record ListRow(
      int tt, String reportId, String unitName, String modelName, BigDecimal totalScore, String levelLabel, boolean showcase,
      String timeliness, String note) {

    /** As a row of a form's table (every value a string). */
    public Map<String, Object> asTableRow() {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("tt", tt);
      row.put("unitName", unitName);
      row.put("modelName", modelName);
      row.put("score", totalScore == null ? "" : Markdown.score(totalScore));
      row.put("level", levelLabel);
      row.put("showcase", showcase ? "Nhân rộng" : "");
      row.put("timeliness", timeliness);
      row.put("note", note == null ? "" : note);
      return row;
    }
  }

  /** The year's list and its figures per level. */
  public record CommendationList(int year, List<ListRow> rows, Map<String, Integer> perLevel, int showcase, int missing) {}

  /** What the approval task shows: the list and, after a return, the reviewer's reply. */
  public record ApproveTask(CommendationList list, EvaluationRepository.Round lastRound) {}

  /** What the reconsider task shows: the approver's return, the list and the reports that may be re-evaluated. */
  public record ReconsiderTask(EvaluationRepository.Round round, CommendationList list, List<Map<String, Object>> options) {}

  // ---- evaluating a report ------------------------------------------------------------------

  /** The reviewing office's task to evaluate a report was created (first time, or a re-evaluation). */
  @Transactional
  public EvaluateTask openEvaluationTask(String taskId, int year, String reportId) {
    ResultReport report = requireReport(reportId, year);
    AcceptedModel model = reports.modelOf(report);
    evaluations.openTask(new EvaluationTask(taskId, EvaluationTask.Kind.EVALUATE, year, reportId), EngineClock.now());
    Evaluation previous = evaluations.find(reportId).orElse(null);
    Map<String, BigDecimal> scores = previous == null ? Map.of() : evaluations.scores(reportId);
    String approverComment = null;
    if (previous != null && previous.reevaluate()) {
      approverComment = evaluations.latestRound(year).filter(r -> RETURN.equals(r.decision())).map(EvaluationRepository.Round::comment).orElse(null);
    }
    ReportContent content = reports.content(reportId);
    return new EvaluateTask(
        report, model, reports.unitName(report.unitCode()), reports.reportMarkdown(content), reports.indicatorRows(content),
        reports.planMarkdown(model.initiativeId()),
        EvaluationForm.fields(properties.criteria(), scores, previous == null ? null : previous.comment()), approverComment,
        previous);
  }

  /**
   * The reviewing office scored the report: checked, the weighted total computed and stored with
   * the decision table's inputs (the model's history, whether the report was on time). The table
   * itself runs next in the process ({@code Task_ProposeCommendation}). Returns the total.
   */
  @Transactional
  public BigDecimal evaluate(String taskId, Map<String, Object> values, String actor) {
    EvaluationTask task = requireTask(taskId, EvaluationTask.Kind.EVALUATE);
    ResultReport report = requireReport(task.reportId(), task.year());
    EvaluationForm.Submitted submitted = EvaluationForm.parse(values, properties.criteria());
    History history = history(report);
    int round = evaluations.find(report.id()).map(e -> e.round() + 1).orElse(1);
    Instant now = EngineClock.now();
    BigDecimal total = submitted.card().total();
    evaluations.save(
        new Evaluation(
            report.id(), report.year(), report.initiativeId(), report.unitCode(), total, submitted.comment(),
            !Boolean.FALSE.equals(report.onTime()), history.previousLevel(), history.commendedYears(), null, null, null, null, now,
            actor, round, false),
        submitted.card());
    log.record(
        new ReportLog.Event(
            report.year(), report.id(), report.unitCode(), ReportLog.Action.REPORT_EVALUATED, actor,
            "Tổng điểm " + Markdown.score(total), now));
    evaluations.closeTask(taskId);
    return total;
  }

  /** The model's commendations in earlier years: its highest level and in how many years it was commended. */
  public record History(CommendationLevel previousLevel, int commendedYears) {}

  public History history(ResultReport report) {
    List<String> lineage = models.ancestors(report.initiativeId(), HISTORY_DEPTH);
    CommendationLevel highest = CommendationLevel.NONE;
    Set<Integer> years = new HashSet<>();
    for (EvaluationRepository.Commendation c : evaluations.commendationsOfModels(lineage)) {
      if (c.year() >= report.year() || !c.level().commended()) {
        continue;
      }
      years.add(c.year());
      if (c.level().ordinal() > highest.ordinal()) {
        highest = c.level();
      }
    }
    return new History(highest, years.size());
  }

  /** The stored evaluation of a report (the decision table's inputs). */
  public Evaluation requireEvaluation(String reportId) {
    return evaluations.find(reportId).orElseThrow(() -> new IllegalStateException("Report " + reportId + " is not evaluated"));
  }

  /** Task_StoreProposal: the decision table's proposal for the report. */
  @Transactional
  public Proposal storeProposal(String reportId, Proposal proposal) {
    requireEvaluation(reportId);
    evaluations.propose(reportId, proposal);
    return proposal;
  }

  /** The year's reports that reached the bloc and have no proposal yet (after the collection closed). */
  public List<String> awaitingEvaluation(int year) {
    Map<String, Evaluation> done = evaluations.ofYear(year);
    return reports.reportsOfYear(year).stream()
        .filter(ResultReport::received)
        .filter(r -> !done.containsKey(r.id()) || !done.get(r.id()).proposed())
        .map(ResultReport::id)
        .toList();
  }

  /** The reports the reviewing office chose to re-evaluate after a return. */
  public List<String> toReevaluate(int year) {
    Set<String> chosen = new HashSet<>(evaluations.toReevaluate(year));
    return reports.reportsOfYear(year).stream().map(ResultReport::id).filter(chosen::contains).toList();
  }

  // ---- the list -----------------------------------------------------------------------------

  /** The year's commendation list as proposed: every model that owed a report, in the organisation's order. */
  public CommendationList list(int year) {
    Map<String, Evaluation> byReport = evaluations.ofYear(year);
    List<ListRow> rows = new ArrayList<>();
    Map<String, Integer> perLevel = new LinkedHashMap<>();
    for (CommendationLevel level : CommendationLevel.values()) {
      perLevel.put(level.label(), 0);
    }
    int showcase = 0;
    int missing = 0;
    for (ResultReport r : reports.reportsOfYear(year)) {
      String modelName = models.model(r.initiativeId()).map(AcceptedModel::name).orElse("");
      Evaluation e = byReport.get(r.id());
      if (e == null || !e.proposed()) {
        if (r.status() == ReportStatus.MISSING) {
          missing++;
        }
        rows.add(
            new ListRow(
                rows.size() + 1, r.id(), reports.unitName(r.unitCode()), modelName, null,
                r.status() == ReportStatus.MISSING ? "Chưa báo cáo" : "Chưa đánh giá", false, r.timeliness(), null));
        continue;
      }
      perLevel.merge(e.proposedLevel().label(), 1, Integer::sum);
      if (Boolean.TRUE.equals(e.showcase())) {
        showcase++;
      }
      rows.add(
          new ListRow(
              rows.size() + 1, r.id(), reports.unitName(r.unitCode()), modelName, e.totalScore(), e.proposedLabel(),
              Boolean.TRUE.equals(e.showcase()), r.timeliness(), e.proposalNote()));
    }
    return new CommendationList(year, rows, perLevel, showcase, missing);
  }

  /** The figures of a list, as Markdown for a form. */
  public static String listMarkdown(CommendationList list) {
    StringBuilder text = new StringBuilder();
    text.append("Số mô hình: **").append(list.rows().size()).append("**");
    list.perLevel().forEach((label, count) -> text.append(" – ").append(Markdown.escape(label)).append(": **").append(count).append("**"));
    text.append(" – chưa báo cáo: **").append(list.missing()).append("** – đề xuất nhân rộng: **").append(list.showcase()).append("**");
    return text.toString();
  }

  // ---- approval -----------------------------------------------------------------------------

  /** The standing committee's approval task was created. */
  @Transactional
  public ApproveTask openApprovalTask(String taskId, int year) {
    evaluations.openTask(new EvaluationTask(taskId, EvaluationTask.Kind.APPROVE, year, null), EngineClock.now());
    return new ApproveTask(list(year), evaluations.latestRound(year).orElse(null));
  }

  /**
   * The standing committee approves the list, or returns it to the reviewing office with a comment
   * (required when returning). Returns whether it was approved; the approved levels are stored by
   * {@link #recordCommendations(int)}.
   */
  @Transactional
  public boolean decideApproval(String taskId, String decision, String comment, String actor) {
    EvaluationTask task = requireTask(taskId, EvaluationTask.Kind.APPROVE);
    String text = ReportService.checkDecision(decision, comment, APPROVE, RETURN);
    CommendationList list = list(task.year());
    if (APPROVE.equals(decision) && list.rows().stream().anyMatch(r -> "Chưa đánh giá".equals(r.levelLabel()))) {
      throw new IllegalStateException("The list of " + task.year() + " has reports that are not evaluated");
    }
    int round = evaluations.latestRound(task.year()).map(r -> r.round() + 1).orElse(1);
    Instant now = EngineClock.now();
    evaluations.insertRound(new EvaluationRepository.Round(task.year(), round, decision, text, actor, now, null, null, null));
    boolean approved = APPROVE.equals(decision);
    log.record(
        new ReportLog.Event(
            task.year(), null, null, approved ? ReportLog.Action.LIST_APPROVED : ReportLog.Action.LIST_RETURNED, actor, text, now));
    evaluations.closeTask(taskId);
    return approved;
  }

  /**
   * Task_RecordCommendations, after the approval: stores each model's approved level, flags the
   * models marked "nhân rộng" for publication and tells every unit its result (also a unit whose
   * report is missing). Idempotent: a retried job replaces what it stored and queues no mail twice.
   */
  @Transactional
  public int recordCommendations(int year) {
    EvaluationRepository.Round round =
        evaluations.latestRound(year)
            .filter(r -> APPROVE.equals(r.decision()))
            .orElseThrow(() -> new IllegalStateException("The commendation list of " + year + " is not approved"));
    Map<String, Evaluation> byReport = evaluations.ofYear(year);
    String committee = directory.bloc().approvingCommittee();
    int commended = 0;
    for (ResultReport r : reports.reportsOfYear(year)) {
      String modelName = models.model(r.initiativeId()).map(AcceptedModel::name).orElse("");
      Evaluation e = byReport.get(r.id());
      if (e == null || !e.proposed()) {
        notifier.notifyCommendation(
            new Notifier.CommendationNotice(
                year, r.unitCode(), modelName, null, committee,
                r.status() == ReportStatus.MISSING ? "Đơn vị chưa gửi báo cáo kết quả thực hiện mô hình đúng thời gian" : null));
        continue;
      }
      EvaluationRepository.Commendation c =
          new EvaluationRepository.Commendation(
              r.initiativeId(), year, r.id(), r.unitCode(), e.proposedLevel(), e.proposedLabel(), e.totalScore(),
              Boolean.TRUE.equals(e.showcase()), round.round(), round.decidedAt(), round.decidedBy());
      evaluations.saveCommendation(c);
      if (c.showcase()) {
        evaluations.flagForShowcase(c, round.decidedAt(), round.decidedBy());
      }
      if (c.level().commended()) {
        commended++;
      }
      notifier.notifyCommendation(
          new Notifier.CommendationNotice(
              year, r.unitCode(), modelName, c.level().commended() ? c.levelLabel() : null, committee,
              "Tổng điểm đánh giá: " + Markdown.score(c.totalScore()) + "/100" + (c.showcase() ? "; mô hình được giới thiệu nhân rộng" : "")));
    }
    log.record(
        new ReportLog.Event(
            year, null, null, ReportLog.Action.COMMENDATIONS_RECORDED, round.decidedBy(), commended + " mô hình được khen thưởng",
            EngineClock.now()));
    return commended;
  }

  // ---- a return of the list -----------------------------------------------------------------

  /** The reviewing office's task to answer the standing committee's return was created. */
  @Transactional
  public ReconsiderTask openReconsiderTask(String taskId, int year) {
    evaluations.openTask(new EvaluationTask(taskId, EvaluationTask.Kind.RECONSIDER, year, null), EngineClock.now());
    EvaluationRepository.Round round =
        evaluations.latestRound(year).filter(r -> RETURN.equals(r.decision())).orElseThrow(() -> new IllegalStateException("No return of " + year));
    CommendationList list = list(year);
    List<Map<String, Object>> options = new ArrayList<>();
    for (ListRow row : list.rows()) {
      if (row.totalScore() != null) {
        options.add(
            Map.of(
                "value", row.reportId(),
                "label", row.tt() + ". " + row.unitName() + ": “" + row.modelName() + "” – " + Markdown.score(row.totalScore())
                    + " điểm – " + row.levelLabel()));
      }
    }
    return new ReconsiderTask(round, list, options);
  }

  /**
   * The reviewing office answers the return: the chosen reports are evaluated again, or (none chosen)
   * the list goes back to the standing committee as it is, with a reply that says why (required then).
   */
  @Transactional
  public List<String> reconsider(String taskId, List<String> chosen, String reply, String actor) {
    EvaluationTask task = requireTask(taskId, EvaluationTask.Kind.RECONSIDER);
    String text = ReportForm.text(reply);
    Set<String> ids = new LinkedHashSet<>(chosen == null ? List.of() : chosen);
    Map<String, Evaluation> evaluated = evaluations.ofYear(task.year());
    List<String> problems = new ArrayList<>();
    List<String> unknown = ids.stream().filter(id -> !evaluated.containsKey(id)).toList();
    if (!unknown.isEmpty()) {
      problems.add("Báo cáo đã chọn không có trong danh sách đánh giá năm " + task.year());
    }
    if (ids.isEmpty() && text == null) {
      problems.add("Chọn báo cáo cần đánh giá lại, hoặc ghi ý kiến giải trình để trình lại danh sách");
    }
    if (text != null && text.length() > ReportService.COMMENT_LIMIT) {
      problems.add("Ý kiến dài quá " + ReportService.COMMENT_LIMIT + " ký tự");
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Instant now = EngineClock.now();
    EvaluationRepository.Round round = evaluations.latestRound(task.year()).orElseThrow();
    evaluations.reply(task.year(), round.round(), text, actor, now);
    evaluations.markForReevaluation(ids);
    for (String id : ids) {
      log.record(
          new ReportLog.Event(task.year(), id, evaluated.get(id).unitCode(), ReportLog.Action.REEVALUATION_REQUESTED, actor, text, now));
    }
    if (ids.isEmpty()) {
      log.record(new ReportLog.Event(task.year(), null, null, ReportLog.Action.LIST_RESUBMITTED, actor, text, now));
    }
    evaluations.closeTask(taskId);
    return List.copyOf(ids);
  }

  /** The engine deleted an open task (its process was cancelled or moved on). */
  @Transactional
  public void forgetTask(String taskId) {
    evaluations.closeTask(taskId);
  }

  public EvaluationTask requireTask(String taskId, EvaluationTask.Kind kind) {
    EvaluationTask task =
        evaluations.findTask(taskId)
            .orElseThrow(() -> new InvalidInputException("Công việc " + taskId + " không còn mở hoặc không thuộc đánh giá, khen thưởng"));
    if (task.kind() != kind) {
      throw new IllegalStateException("Task " + taskId + " is a " + task.kind() + ", not a " + kind);
    }
    return task;
  }

  private ResultReport requireReport(String reportId, int year) {
    ResultReport report = reports.require(reportId);
    if (report.year() != year) {
      throw new IllegalStateException("Report " + reportId + " is of " + report.year() + ", not " + year);
    }
    if (!report.received()) {
      throw new IllegalStateException("Report " + reportId + " has not reached the bloc (" + report.status() + ")");
    }
    return report;
  }
}
