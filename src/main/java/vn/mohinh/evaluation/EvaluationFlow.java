package vn.mohinh.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import vn.mohinh.cycle.CycleService;
import vn.mohinh.report.ReportCalendar;
import vn.mohinh.report.ReportFlow;
import vn.mohinh.report.ReportService;
import vn.mohinh.report.ResultReport;

/**
 * What the evaluation's BPMN asks while it runs, as bean {@code evaluationFlow}: the decision
 * table's inputs, storing its proposal, the collections of the multi-instances, task names and due
 * dates, and the service tasks at the end of the year.
 */
@Component(EvaluationFlow.BEAN_NAME)
public class EvaluationFlow {

  public static final String BEAN_NAME = "evaluationFlow";

  private static final ObjectMapper JSON =
      new ObjectMapper().registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private final EvaluationService evaluations;
  private final YearSummaryService summaries;
  private final ReportService reports;
  private final ReportFlow reportFlow;
  private final ReportCalendar calendar;
  private final EvaluationProperties properties;
  private final CycleService cycle;

  public EvaluationFlow(
      EvaluationService evaluations,
      YearSummaryService summaries,
      ReportService reports,
      ReportFlow reportFlow,
      ReportCalendar calendar,
      EvaluationProperties properties,
      CycleService cycle) {
    this.cycle = cycle;
    this.evaluations = evaluations;
    this.summaries = summaries;
    this.reports = reports;
    this.reportFlow = reportFlow;
    this.calendar = calendar;
    this.properties = properties;
  }

  // ---- inputs of Decision_CommendationLevel (Task_ProposeCommendation) ------------------------

  public double totalScore(String reportId) {
    return evaluations.requireEvaluation(reportId).totalScore().doubleValue();
  }

  public String previousLevel(String reportId) {
    return evaluations.requireEvaluation(reportId).previousLevel().name();
  }

  public int commendedYears(String reportId) {
    return evaluations.requireEvaluation(reportId).commendedYears();
  }

  public boolean onTime(String reportId) {
    return evaluations.requireEvaluation(reportId).onTime();
  }

  /**
   * Task_StoreProposal: the decision table's single result ({@code level}, {@code levelLabel},
   * {@code showcase}, {@code note}) is stored with the evaluation. Returns the level's code.
   */
  public String storeProposal(String reportId, Map<String, Object> result) {
    if (result == null || result.get("level") == null) {
      throw new IllegalStateException("Decision_CommendationLevel gave no level for report " + reportId);
    }
    CommendationLevel level = CommendationLevel.of(result.get("level").toString());
    Object label = result.get("levelLabel");
    Object note = result.get("note");
    Proposal proposal =
        new Proposal(
            level, label == null || label.toString().isBlank() ? level.label() : label.toString(),
            Boolean.TRUE.equals(result.get("showcase")), note == null ? null : note.toString());
    return evaluations.storeProposal(reportId, proposal).level().name();
  }

  // ---- collections, names and dates ---------------------------------------------------------

  /** The reports that reached the bloc without a proposal yet, once the collection closed. */
  public List<String> awaitingEvaluation(int year) {
    return evaluations.awaitingEvaluation(year);
  }

  /** The reports the reviewing office chose to evaluate again after a return. */
  public List<String> toReevaluate(int year) {
    return evaluations.toReevaluate(year);
  }

  /** "Đánh giá báo cáo kết quả mô hình năm 2026 – “…” – Chi bộ Văn phòng – Đảng bộ Sở Tài chính" */
  public String evaluationTaskName(String reportId) {
    ResultReport report = reports.require(reportId);
    return "Đánh giá báo cáo kết quả mô hình năm " + report.year() + " – " + reports.modelOf(report).name() + " – "
        + reports.unitName(report.unitCode());
  }

  /** Evaluation tasks are due the configured days after the collection closes. */
  public Date evaluationDue(int year) {
    return Date.from(reportFlow.closesAt(year).atZone(calendar.zone()).plusDays(properties.dueAfterDays()).toInstant());
  }

  /** The approval (and an answer to a return) is due the configured days after the evaluations. */
  public Date approvalDue(int year) {
    return Date.from(evaluationDue(year).toInstant().atZone(calendar.zone()).plusDays(properties.dueAfterDays()).toInstant());
  }

  // ---- the end of the year ------------------------------------------------------------------

  /** Task_RecordCommendations. */
  public int recordCommendations(int year) {
    return evaluations.recordCommendations(year);
  }

  /**
   * Task_StoreYearSummary: the year's figures are stored and returned as a JSON variable
   * ({@code yearSummary}, readable in Cockpit); the year is closed.
   */
  public TypedValue storeYearSummary(int year) {
    YearSummary summary = summaries.store(year);
    cycle.closeYear(year);
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(summary)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write the year summary as JSON", e);
    }
  }
}
