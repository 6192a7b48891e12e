package vn.mohinh.testsupport;

import org.camunda.bpm.engine.test.mock.Mocks;
import vn.mohinh.evaluation.EvaluationFlow;
import vn.mohinh.evaluation.EvaluationProperties;
import vn.mohinh.evaluation.EvaluationRepository;
import vn.mohinh.evaluation.EvaluationService;
import vn.mohinh.evaluation.EvaluationTaskListener;
import vn.mohinh.evaluation.YearSummaryRepository;
import vn.mohinh.evaluation.YearSummaryService;
import vn.mohinh.registration.RegistrationProperties;
import vn.mohinh.report.CycleReportCalendar;
import vn.mohinh.report.ModelCatalog;
import vn.mohinh.report.ReportFlow;
import vn.mohinh.report.ReportLog;
import vn.mohinh.report.ReportProperties;
import vn.mohinh.report.ReportRepository;
import vn.mohinh.report.ReportService;
import vn.mohinh.report.ReportTaskListener;
import vn.mohinh.showcase.ShowcaseCandidates;

/**
 * The report phase's beans (reports, evaluation, year summary) built by hand on the domain
 * database of a {@link RegistrationWorld}, for the pure-engine tests of the whole cycle.
 */
public final class ReportWorld {

  public final ReportRepository reportRepository;
  public final ReportLog log;
  public final ModelCatalog models;
  public final CycleReportCalendar calendar;
  public final ReportService reports;
  public final ReportFlow flow;
  public final EvaluationRepository evaluationRepository;
  public final EvaluationService evaluations;
  public final YearSummaryService summaries;
  public final EvaluationFlow evaluationFlow;
  /** The publication's hook at the end of Task_RecordCommendations (tested by the showcase feature). */
  public final ShowcaseCandidates showcaseCandidates = org.mockito.Mockito.mock(ShowcaseCandidates.class);

  public ReportWorld(RegistrationWorld world) {
    reportRepository = new ReportRepository(world.jdbc);
    log = new ReportLog(world.jdbc);
    models = new ModelCatalog(world.jdbc);
    calendar = new CycleReportCalendar(world.calendar);
    ReportProperties properties = ReportProperties.defaults();
    reports = new ReportService(reportRepository, log, models, world.directory, calendar, properties, world.notifier);
    flow = new ReportFlow(reports, world.directory, calendar, properties, world.cycle);
    evaluationRepository = new EvaluationRepository(world.jdbc);
    EvaluationProperties evaluationProperties = EvaluationProperties.defaults();
    evaluations =
        new EvaluationService(evaluationRepository, reports, log, models, world.directory, evaluationProperties, world.notifier);
    summaries =
        new YearSummaryService(
            world.directory, models, reports, evaluationRepository, new YearSummaryRepository(world.jdbc),
            RegistrationProperties.defaults());
    evaluationFlow = new EvaluationFlow(evaluations, summaries, reports, flow, calendar, evaluationProperties, world.cycle);
  }

  /** Registers the beans under the names the BPMN uses. */
  public ReportWorld register() {
    Mocks.register(ReportFlow.BEAN_NAME, flow);
    Mocks.register(ReportTaskListener.BEAN_NAME, new ReportTaskListener(reports));
    Mocks.register(EvaluationFlow.BEAN_NAME, evaluationFlow);
    Mocks.register(EvaluationTaskListener.BEAN_NAME, new EvaluationTaskListener(evaluations));
    Mocks.register(ShowcaseCandidates.BEAN_NAME, showcaseCandidates);
    return this;
  }
}
