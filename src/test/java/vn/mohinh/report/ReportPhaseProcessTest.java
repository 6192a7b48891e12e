package vn.mohinh.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;
import vn.mohinh.evaluation.EvaluationFlow;
import vn.mohinh.evaluation.EvaluationForm;
import vn.mohinh.evaluation.EvaluationProperties;
import vn.mohinh.evaluation.EvaluationRepository;
import vn.mohinh.evaluation.EvaluationService;
import vn.mohinh.evaluation.EvaluationTaskListener;
import vn.mohinh.notification.Notifier;
import vn.mohinh.organization.OrganizationDirectory;
import vn.mohinh.showcase.ShowcaseCandidates;

/**
 * Every path of the report phase on the pure engine (Process_ReportPhase, Process_ModelReport,
 * Process_ReportEvaluation and the decision table): the features' services and the cycle's beans
 * are mocks, the task listeners are the real ones. Timers are executed by the test after moving
 * the engine's clock.
 */
@Deployment(
    resources = {
      "processes/report-phase.bpmn",
      "processes/model-report.bpmn",
      "processes/report-evaluation.bpmn",
      "processes/commendation-level.dmn",
      "forms/write-report.form",
      "forms/review-cell-report.form",
      "forms/evaluate-report.form",
      "forms/approve-commendations.form",
      "forms/reconsider-commendations.form",
      "forms/close-report-collection.form"
    })
class ReportPhaseProcessTest {

  @RegisterExtension static ProcessEngineExtension extension = ProcessEngineExtension.builder().build();

  static final int YEAR = 2026;
  static final String CELL_REPORT = "r-cell";
  static final String BASE_REPORT = "r-base";
  static final Instant OPENS = TestDeadlines.at(2026, 11, 15);
  static final Instant DUE = TestDeadlines.at(2026, 12, 15);
  static final Instant CLOSES = TestDeadlines.at(2026, 12, 25);
  static final Instant EVALUATION_DUE = TestDeadlines.at(2027, 1, 9);
  static final Instant APPROVAL_DUE = TestDeadlines.at(2027, 1, 24);

  ProcessEngine engine;
  ReportFlow reportFlow = mock(ReportFlow.class);
  EvaluationFlow evaluationFlow = mock(EvaluationFlow.class);
  ReportService reports = mock(ReportService.class);
  EvaluationService evaluations = mock(EvaluationService.class);
  OrganizationDirectory directory = mock(OrganizationDirectory.class);
  Notifier notifier = mock(Notifier.class);
  /** The publication's hook at the end of Task_RecordCommendations. */
  private final ShowcaseCandidates showcaseCandidates = mock(ShowcaseCandidates.class);
  TestDeadlines deadlines = new TestDeadlines().set("REPORT_OPENS", OPENS).set("REPORT", DUE);
  Map<String, Double> scores = new HashMap<>();

  @BeforeEach
  void setUp() {
    engine = extension.getProcessEngine();
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(Date.from(TestDeadlines.at(2026, 11, 1)));

    when(reportFlow.openReports(YEAR)).thenReturn(2);
    when(reportFlow.reportIds(YEAR)).thenReturn(List.of(CELL_REPORT, BASE_REPORT));
    when(reportFlow.unitOf(CELL_REPORT)).thenReturn("stc-vp");
    when(reportFlow.unitOf(BASE_REPORT)).thenReturn("cbbtv");
    when(reportFlow.initiativeName(CELL_REPORT)).thenReturn("Văn phòng không giấy");
    when(reportFlow.initiativeName(BASE_REPORT)).thenReturn("Tòa soạn số");
    when(reportFlow.unitName("stc-vp")).thenReturn("Chi bộ Văn phòng – Đảng bộ Sở Tài chính");
    when(reportFlow.unitName("cbbtv")).thenReturn("Chi bộ Báo Trà Vinh");
    when(reportFlow.reviewedByCommittee("stc-vp")).thenReturn(true);
    when(reportFlow.reviewedByCommittee("cbbtv")).thenReturn(false);
    when(reportFlow.committeeGroup("stc-vp")).thenReturn(List.of("unit-stc"));
    when(reportFlow.collectionClosesAt(YEAR)).thenReturn(Date.from(CLOSES));
    when(directory.candidateGroupsFor("stc-vp")).thenReturn(List.of("unit-stc-vp", "unit-stc"));
    when(directory.candidateGroupsFor("cbbtv")).thenReturn(List.of("unit-cbbtv"));

    when(evaluationFlow.evaluationTaskName(anyString())).thenAnswer(i -> "Đánh giá báo cáo " + i.getArgument(0));
    when(evaluationFlow.evaluationDue(YEAR)).thenReturn(Date.from(EVALUATION_DUE));
    when(evaluationFlow.approvalDue(YEAR)).thenReturn(Date.from(APPROVAL_DUE));
    when(evaluationFlow.totalScore(anyString())).thenAnswer(i -> scores.getOrDefault(i.<String>getArgument(0), 70.0));
    when(evaluationFlow.previousLevel(anyString())).thenReturn("NONE");
    when(evaluationFlow.onTime(anyString())).thenReturn(true);
    when(evaluationFlow.storeProposal(anyString(), anyMap())).thenAnswer(i -> i.<Map<String, Object>>getArgument(1).get("level"));
    when(evaluationFlow.awaitingEvaluation(YEAR)).thenReturn(List.of());
    when(evaluationFlow.toReevaluate(YEAR)).thenReturn(List.of());
    when(evaluationFlow.storeYearSummary(YEAR)).thenReturn(SpinValues.jsonValue("{\"year\":2026,\"models\":2}").create());

    when(reports.openWriteTask(anyString(), anyInt(), anyString(), anyString(), any())).thenAnswer(i -> writeTask(i.getArgument(3)));
    when(reports.openReviewTask(anyString(), anyInt(), anyString(), anyString())).thenAnswer(i -> reviewTask(i.getArgument(3)));
    when(reports.reviewReport(anyString(), any(), any(), any(), any())).thenAnswer(i -> "APPROVE".equals(i.getArgument(1)));
    ReportService.CollectionProgress progress =
        new ReportService.CollectionProgress(YEAR, 2, 0, 0, 0, 2, List.of(), "17 giờ 00 ngày 15/12/2026", OPENS);
    when(reports.openCloseTask(anyString(), anyInt())).thenReturn(progress);
    when(reports.refreshCloseTask(anyString())).thenReturn(progress);
    when(evaluations.openEvaluationTask(anyString(), anyInt(), anyString())).thenAnswer(i -> evaluateTask(i.getArgument(2)));
    when(evaluations.evaluate(anyString(), anyMap(), any())).thenReturn(new BigDecimal("70.00"));
    EvaluationService.CommendationList list = new EvaluationService.CommendationList(YEAR, List.of(), Map.of(), 0, 0);
    when(evaluations.openApprovalTask(anyString(), anyInt())).thenReturn(new EvaluationService.ApproveTask(list, null));
    when(evaluations.decideApproval(anyString(), any(), any(), any())).thenAnswer(i -> "APPROVE".equals(i.getArgument(1)));
    when(evaluations.openReconsiderTask(anyString(), anyInt()))
        .thenReturn(
            new EvaluationService.ReconsiderTask(
                new EvaluationRepository.Round(YEAR, 1, "RETURN", "Xem lại điểm của Chi bộ Văn phòng", "btv.bithu", DUE, null, null, null),
                list, List.of(Map.of("value", CELL_REPORT, "label", "1. Chi bộ Văn phòng"))));

    Mocks.register("reportFlow", reportFlow);
    Mocks.register("evaluationFlow", evaluationFlow);
    Mocks.register("deadlineCalendar", deadlines);
    Mocks.register("notifier", notifier);
    Mocks.register("organizationDirectory", directory);
    Mocks.register("reportTaskListener", new ReportTaskListener(reports));
    Mocks.register("evaluationTaskListener", new EvaluationTaskListener(evaluations));
    Mocks.register(ShowcaseCandidates.BEAN_NAME, showcaseCandidates);
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
    engine.getIdentityService().clearAuthentication();
  }

  // ---- paths --------------------------------------------------------------------------------

  @Test
  void aCellReportGoesThroughItsCommitteeABaseCellReportsDirectlyAndTheListIsApproved() {
    ProcessInstance phase = startPhase();
    assertThat(phase).isWaitingAt("Timer_ReportWindowOpens");
    assertThat(timer("Timer_ReportWindowOpens").getDuedate()).isEqualTo(Date.from(OPENS));

    openWindow();

    verify(reportFlow).openReports(YEAR);
    Task cellWrite = task("Task_WriteReport", CELL_REPORT);
    assertThat(cellWrite)
        .hasName("Báo cáo kết quả mô hình năm 2026 – Văn phòng không giấy – Chi bộ Văn phòng – Đảng bộ Sở Tài chính")
        .hasCandidateGroup("unit-stc-vp")
        .hasCandidateGroup("unit-stc")
        .hasDueDate(Date.from(DUE))
        .hasFormKey(null);
    assertThat(engine.getTaskService().getVariable(cellWrite.getId(), "year")).isEqualTo(YEAR);
    assertThat(engine.getTaskService().getVariable(cellWrite.getId(), "unitCode")).isEqualTo("stc-vp");
    assertThat(engine.getTaskService().getVariable(cellWrite.getId(), "initiativeName")).isEqualTo("Văn phòng không giấy");
    assertThat(engine.getTaskService().getVariablesLocal(cellWrite.getId())).containsKeys("reportSituation", "planMarkdown", "reportIndicator1Before");
    Task baseWrite = task("Task_WriteReport", BASE_REPORT);
    assertThat(baseWrite).hasCandidateGroup("unit-cbbtv").hasDueDate(Date.from(DUE));
    assertThat(task("Task_CloseReportCollection", null)).hasCandidateGroup("reviewers").hasDueDate(Date.from(CLOSES));

    // the cell writes, its committee approves and forwards
    as("stc-vp.bithu", "unit-stc-vp");
    submit(cellWrite, reportValues());
    ArgumentCaptor<Map<String, Object>> submitted = mapCaptor();
    verify(reports).submitReport(eq(cellWrite.getId()), submitted.capture(), eq("stc-vp.bithu"), eq(DUE));
    assertThat(submitted.getValue()).containsEntry("reportSituation", "Tình hình").containsEntry("reportIndicator1After", 5.0);
    Task review = task("Task_ReviewCellReport", CELL_REPORT);
    assertThat(review).hasCandidateGroup("unit-stc").hasDueDate(Date.from(DUE));
    assertThat(engine.getTaskService().getIdentityLinksForTask(review.getId()))
        .noneMatch(l -> "unit-stc-vp".equals(l.getGroupId()));
    assertThat(engine.getTaskService().getVariable(review.getId(), "unitCode")).as("the committee owes the review").isEqualTo("stc");
    as("stc.bithu", "unit-stc");
    submit(review, decision("reviewDecision", "APPROVE", "reviewComment", null));
    verify(reports).reviewReport(review.getId(), "APPROVE", null, "stc.bithu", DUE);

    // the base cell sends straight to the bloc
    as("cbbtv.bithu", "unit-cbbtv");
    submit(baseWrite, reportValues());
    assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey("Task_ReviewCellReport").count()).isZero();

    // the reviewing office evaluates both; the decision table proposes the levels
    scores.put(CELL_REPORT, 85.0);
    scores.put(BASE_REPORT, 64.99);
    evaluate(CELL_REPORT);
    evaluate(BASE_REPORT);
    ArgumentCaptor<Map<String, Object>> proposal = mapCaptor();
    verify(evaluationFlow).storeProposal(eq(CELL_REPORT), proposal.capture());
    assertThat(proposal.getValue()).containsEntry("level", "BLOC_CERTIFICATE").containsEntry("showcase", true);
    verify(evaluationFlow).storeProposal(eq(BASE_REPORT), proposal.capture());
    assertThat(proposal.getValue()).containsEntry("level", "NONE");
    assertThat(engine.getHistoryService().createHistoricDecisionInstanceQuery().decisionDefinitionKey("Decision_CommendationLevel").count())
        .isEqualTo(2);

    // all reports in and evaluated: the collection ends, its timers and the reviewer's close task go away
    verify(reportFlow).closeCollection(YEAR);
    assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey("Task_CloseReportCollection").count()).isZero();
    assertThat(phase).isWaitingAt("Task_ApproveCommendations");
    Task approve = task("Task_ApproveCommendations", null);
    assertThat(approve).hasCandidateGroup("approvers").hasDueDate(Date.from(APPROVAL_DUE))
        .hasName("Phê duyệt danh sách đề nghị khen thưởng mô hình năm 2026");

    as("btv.bithu", "approvers");
    submit(approve, decision("approvalDecision", "APPROVE", "approvalComment", "Đồng ý"));
    verify(evaluations).decideApproval(approve.getId(), "APPROVE", "Đồng ý", "btv.bithu");
    assertThat(phase).isWaitingAt("Task_RecordCommendations");
    executeJobs();

    verify(evaluationFlow).recordCommendations(YEAR);
    verify(evaluationFlow).storeYearSummary(YEAR);
    assertThat(phase).isEnded();
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(phase.getId())
            .variableName("yearSummary").singleResult().getValue().toString()).contains("\"models\":2");
    assertThat(engine.getManagementService().createJobQuery().count()).isZero();
    verify(notifier, never()).notifyOverdue(any());
  }

  @Test
  void twoReviewersEvaluatingAtTheSameMomentBothSucceed() throws Exception {
    ProcessInstance phase = startPhase();
    openWindow();
    as("stc-vp.bithu", "unit-stc-vp");
    submit(task("Task_WriteReport", CELL_REPORT), reportValues());
    as("stc.bithu", "unit-stc");
    submit(task("Task_ReviewCellReport", CELL_REPORT), decision("reviewDecision", "APPROVE", "reviewComment", null));
    as("cbbtv.bithu", "unit-cbbtv");
    submit(task("Task_WriteReport", BASE_REPORT), reportValues());
    engine.getIdentityService().clearAuthentication();
    Task first = task("Task_EvaluateReport", CELL_REPORT);
    Task second = task("Task_EvaluateReport", BASE_REPORT);

    // both reviewers are inside their completion at the same time
    CyclicBarrier together = new CyclicBarrier(2);
    when(evaluations.evaluate(anyString(), anyMap(), any())).thenAnswer(i -> {
      together.await(10, TimeUnit.SECONDS);
      return new BigDecimal("70.00");
    });
    Map<String, Object> mocks = Mocks.getMocks();
    ExecutorService reviewers = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (var pair : List.of(Map.entry(first, "btg.truongban"), Map.entry(second, "btg.chuyenvien"))) {
        done.add(reviewers.submit(() -> {
          mocks.forEach(Mocks::register); // the mocks' registry is per thread
          as(pair.getValue(), "reviewers");
          Map<String, Object> values = new HashMap<>();
          for (int slot = 1; slot <= 5; slot++) {
            values.put(EvaluationForm.scoreKey(slot), 8.0);
          }
          values.put(EvaluationForm.COMMENT, "Mô hình thiết thực");
          submit(pair.getKey(), values);
          return null;
        }));
      }
      for (Future<?> f : done) {
        f.get(30, TimeUnit.SECONDS); // an OptimisticLockingException would surface here
      }
    } finally {
      reviewers.shutdownNow();
    }

    // neither completion touched the report phase's shared counters: they continue in its own jobs
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(phase.getId())
        .activityId("CallActivity_ModelReport").count()).isEqualTo(2);
    executeJobs();
    assertThat(phase).isWaitingAt("Task_ApproveCommendations");
  }

  @Test
  void aReturnedReportGoesBackToTheCellWithTheCommentAndComesBack() {
    startPhase();
    openWindow();

    Task first = task("Task_WriteReport", CELL_REPORT);
    submit(first, reportValues());
    Task review = task("Task_ReviewCellReport", CELL_REPORT);
    submit(review, decision("reviewDecision", "RETURN", "reviewComment", "Bổ sung số liệu so sánh"));
    verify(reports).reviewReport(review.getId(), "RETURN", "Bổ sung số liệu so sánh", null, DUE);

    Task second = task("Task_WriteReport", CELL_REPORT);
    assertThat(second.getId()).isNotEqualTo(first.getId());
    assertThat(second).hasDueDate(Date.from(DUE)).hasCandidateGroup("unit-stc-vp");
    submit(second, reportValues());
    Task secondReview = task("Task_ReviewCellReport", CELL_REPORT);
    submit(secondReview, decision("reviewDecision", "RETURN", "reviewComment", "Chưa rõ hiệu quả"));
    submit(task("Task_WriteReport", CELL_REPORT), reportValues());
    submit(task("Task_ReviewCellReport", CELL_REPORT), decision("reviewDecision", "APPROVE", "reviewComment", null));

    assertThat(task("Task_EvaluateReport", CELL_REPORT)).hasCandidateGroup("reviewers").hasDueDate(Date.from(EVALUATION_DUE));
    verify(reports, org.mockito.Mockito.times(3)).openWriteTask(anyString(), eq(YEAR), eq("stc-vp"), eq(CELL_REPORT), eq(DUE));
  }

  @Test
  void remindersGoBeforeTheDeadlineTheOverdueNoticeAtItAndALateReportIsStillTaken() {
    startPhase();
    openWindow();
    submit(task("Task_WriteReport", BASE_REPORT), reportValues());

    assertThat(timer("Timer_ReportReminder").getDuedate()).isEqualTo(Date.from(DUE.minus(java.time.Duration.ofDays(7))));
    for (int days : List.of(7, 3, 1)) {
      moveClockTo(DUE.minus(java.time.Duration.ofDays(days)).plusSeconds(60));
      executeJobs();
      verify(notifier).remindDeadline(deadlines.notice(YEAR, "REPORT"), days);
    }
    assertThat(engine.getManagementService().createJobQuery().activityId("Timer_ReportReminder").count()).isZero();
    verify(notifier, never()).notifyOverdue(any());

    moveClockTo(DUE.plusSeconds(60));
    executeJobs();
    verify(notifier).notifyOverdue(deadlines.notice(YEAR, "REPORT"));

    // the late cell's work is still open and is still taken after the deadline
    Task late = task("Task_WriteReport", CELL_REPORT);
    assertThat(late).isNotNull();
    submit(late, reportValues());
    submit(task("Task_ReviewCellReport", CELL_REPORT), decision("reviewDecision", "APPROVE", "reviewComment", null));
    assertThat(task("Task_EvaluateReport", CELL_REPORT)).isNotNull();
  }

  @Test
  void aMissingReportIsCutOffWhenTheCollectionClosesAndTheCycleStillFinishes() {
    ProcessInstance phase = startPhase();
    openWindow();
    // the base cell reports, the cell never does
    submit(task("Task_WriteReport", BASE_REPORT), reportValues());
    Task unfinishedEvaluation = task("Task_EvaluateReport", BASE_REPORT);
    Task neverWritten = task("Task_WriteReport", CELL_REPORT);
    when(evaluationFlow.awaitingEvaluation(YEAR)).thenReturn(List.of(BASE_REPORT));

    assertThat(timer("Timer_ReportCollectionCloses").getDuedate()).isEqualTo(Date.from(CLOSES));
    moveClockTo(CLOSES.plusSeconds(60));
    executeJobs();

    // the collection was cut off: the missing report's task is gone, the received one is evaluated in the parent
    verify(reports).forgetTask(neverWritten.getId());
    verify(evaluations).forgetTask(unfinishedEvaluation.getId());
    verify(reportFlow).closeCollection(YEAR);
    assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey("Task_WriteReport").count()).isZero();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("Process_ModelReport").count()).isZero();
    Task evaluation = task("Task_EvaluateReport", BASE_REPORT);
    assertThat(evaluation).hasName("Đánh giá báo cáo " + BASE_REPORT).hasCandidateGroup("reviewers");
    evaluate(BASE_REPORT);

    submit(task("Task_ApproveCommendations", null), decision("approvalDecision", "APPROVE", "approvalComment", null));
    executeJobs();
    assertThat(phase).isEnded();
  }

  @Test
  void theReviewingOfficeClosesTheCollectionAfterTheDeadline() {
    ProcessInstance phase = startPhase();
    openWindow();
    submit(task("Task_WriteReport", BASE_REPORT), reportValues());
    evaluate(BASE_REPORT);
    moveClockTo(DUE.plusSeconds(3600));
    executeJobs();

    Task close = task("Task_CloseReportCollection", null);
    as("btg.truongban", "reviewers");
    engine.getTaskService().claim(close.getId(), "btg.truongban");
    verify(reports).refreshCloseTask(close.getId());
    submit(close, decision("closeConfirmed", true, "unused", null));

    verify(reports).confirmClose(close.getId(), true, "btg.truongban");
    verify(reportFlow).closeCollection(YEAR);
    executeJobs();
    assertThat(phase).isWaitingAt("Task_ApproveCommendations");
    assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey("Task_WriteReport").count()).isZero();
  }

  @Test
  void theStandingCommitteeReturnsTheListAndTheReviewerReevaluatesTheChosenReport() {
    ProcessInstance phase = startPhase();
    openWindow();
    submit(task("Task_WriteReport", BASE_REPORT), reportValues());
    submit(task("Task_WriteReport", CELL_REPORT), reportValues());
    submit(task("Task_ReviewCellReport", CELL_REPORT), decision("reviewDecision", "APPROVE", "reviewComment", null));
    evaluate(CELL_REPORT);
    evaluate(BASE_REPORT);

    Task approve = task("Task_ApproveCommendations", null);
    as("btv.bithu", "approvers");
    submit(approve, decision("approvalDecision", "RETURN", "approvalComment", "Xem lại điểm của Chi bộ Văn phòng"));
    verify(evaluations).decideApproval(approve.getId(), "RETURN", "Xem lại điểm của Chi bộ Văn phòng", "btv.bithu");
    assertThat(phase).isWaitingAt("Task_ReconsiderCommendations");
    Task reconsider = task("Task_ReconsiderCommendations", null);
    assertThat(reconsider).hasCandidateGroup("reviewers").hasDueDate(Date.from(APPROVAL_DUE));

    when(evaluationFlow.toReevaluate(YEAR)).thenReturn(List.of(CELL_REPORT));
    as("btg.truongban", "reviewers");
    Map<String, Object> chosen = decision("reconsiderReports", null, "reconsiderComment", "Đã chấm lại");
    chosen.put("reconsiderReports", SpinValues.jsonValue("[\"" + CELL_REPORT + "\"]").create());
    submit(reconsider, chosen);
    verify(evaluations).reconsider(reconsider.getId(), List.of(CELL_REPORT), "Đã chấm lại", "btg.truongban");

    executeJobs();
    scores.put(CELL_REPORT, 92.0);
    evaluate(CELL_REPORT);
    assertThat(phase).isWaitingAt("Task_ApproveCommendations");
    when(evaluationFlow.toReevaluate(YEAR)).thenReturn(List.of());

    submit(task("Task_ApproveCommendations", null), decision("approvalDecision", "APPROVE", "approvalComment", null));
    executeJobs();
    verify(evaluationFlow, atLeastOnce()).recordCommendations(YEAR);
    assertThat(phase).isEnded();
  }

  @Test
  void aBadSubmissionChangesNothingAndTheTaskStaysOpen() {
    startPhase();
    openWindow();
    Task write = task("Task_WriteReport", BASE_REPORT);
    when(reports.submitReport(eq(write.getId()), anyMap(), any(), any()))
        .thenThrow(new vn.mohinh.platform.InvalidInputException("Chưa nhập “I. Sự cần thiết phải xây dựng mô hình”"));

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> submit(write, reportValues()))
        .hasMessageContaining("Chưa nhập");

    assertThat(task("Task_WriteReport", BASE_REPORT).getId()).isEqualTo(write.getId());
    assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey("Task_EvaluateReport").count()).isZero();
  }

  // ---- helpers ------------------------------------------------------------------------------

  private ProcessInstance startPhase() {
    return engine.getRuntimeService().startProcessInstanceByKey("Process_ReportPhase", String.valueOf(YEAR), Map.of("year", YEAR));
  }

  /** The report window opens: its timer fires and the per-model instances start (one job each). */
  private void openWindow() {
    moveClockTo(OPENS.plusSeconds(60));
    executeJobs();
  }

  private void evaluate(String reportId) {
    executeJobs();
    Task task = task("Task_EvaluateReport", reportId);
    as("btg.truongban", "reviewers");
    Map<String, Object> values = new HashMap<>();
    for (int slot = 1; slot <= 5; slot++) {
      values.put(EvaluationForm.scoreKey(slot), 8.0);
    }
    values.put(EvaluationForm.COMMENT, "Mô hình thiết thực");
    submit(task, values);
    verify(evaluations).evaluate(eq(task.getId()), anyMap(), eq("btg.truongban"));
    engine.getIdentityService().clearAuthentication();
    executeJobs();
  }

  private Task task(String key, String reportId) {
    executeJobs();
    var query = engine.getTaskService().createTaskQuery().taskDefinitionKey(key);
    if (reportId != null) {
      query.processVariableValueEquals("reportId", reportId);
    }
    List<Task> tasks = query.list();
    assertThat(tasks).as("open " + key + " of " + reportId).hasSize(1);
    return tasks.get(0);
  }

  private Job timer(String activityId) {
    Job job = engine.getManagementService().createJobQuery().timers().activityId(activityId).singleResult();
    assertThat(job).as("timer " + activityId).isNotNull();
    return job;
  }

  private void submit(Task task, Map<String, Object> values) {
    engine.getFormService().submitTaskForm(task.getId(), values);
  }

  private void as(String user, String group) {
    engine.getIdentityService().setAuthentication(user, List.of(group));
  }

  private void moveClockTo(Instant at) {
    ClockUtil.setCurrentTime(Date.from(at));
  }

  /** Runs every job that is due (timers whose date has come, async continuations) until none is left. */
  private void executeJobs() {
    for (int round = 0; round < 500; round++) {
      List<Job> jobs = engine.getManagementService().createJobQuery().executable().orderByJobId().asc().listPage(0, 1);
      if (jobs.isEmpty()) {
        return;
      }
      engine.getManagementService().executeJob(jobs.get(0).getId());
    }
    throw new IllegalStateException("Jobs keep coming");
  }

  private static Map<String, Object> decision(String key, Object value, String commentKey, Object comment) {
    Map<String, Object> values = new HashMap<>();
    values.put(key, value);
    values.put(commentKey, comment);
    return values;
  }

  private static Map<String, Object> reportValues() {
    Map<String, Object> values = new HashMap<>();
    for (ReportField field : ReportField.values()) {
      values.put(field.key(), field.required() ? "Tình hình" : null);
    }
    values.put(ReportField.indicatorKey(1, ReportField.NAME), "Thời gian giải quyết hồ sơ");
    values.put(ReportField.indicatorKey(1, ReportField.UNIT), "ngày");
    values.put(ReportField.indicatorKey(1, ReportField.BEFORE), 12.0);
    values.put(ReportField.indicatorKey(1, ReportField.AFTER), 5.0);
    return values;
  }

  @SuppressWarnings("unchecked")
  private static ArgumentCaptor<Map<String, Object>> mapCaptor() {
    return ArgumentCaptor.forClass(Map.class);
  }

  private static ResultReport report(String id) {
    String unit = CELL_REPORT.equals(id) ? "stc-vp" : "cbbtv";
    return new ResultReport(
        id, YEAR, "i-" + id, unit, CELL_REPORT.equals(id) ? "stc" : "cbbtv", ReportStatus.OPEN, DUE, OPENS, null, null, null, null,
        null, 0, null, null);
  }

  private static AcceptedModel model(String id) {
    return new AcceptedModel("i-" + id, YEAR, "u", "b", "Mô hình " + id, "PARTY_BUILDING", "Nhóm", false, "2026", null);
  }

  private static ReportService.WriteTask writeTask(String id) {
    return new ReportService.WriteTask(
        report(id), model(id), "Đơn vị", ReportForm.fields(ReportContent.empty()), "**Kế hoạch**", "17 giờ 00 ngày 15/12/2026",
        false, null, null);
  }

  private static ReportService.ReviewTask reviewTask(String id) {
    return new ReportService.ReviewTask(report(id), model(id), "Đơn vị", "**Báo cáo**", List.of(), "17 giờ 00 ngày 15/12/2026", null);
  }

  private static EvaluationService.EvaluateTask evaluateTask(String id) {
    return new EvaluationService.EvaluateTask(
        report(id), model(id), "Đơn vị", "**Báo cáo**", List.of(), "**Kế hoạch**",
        EvaluationForm.fields(EvaluationProperties.defaults().criteria(), Map.of(), null), null, null);
  }
}
