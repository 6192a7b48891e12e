package vn.mohinh.testsupport;

import static org.mockito.Mockito.mock;

import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import vn.mohinh.cycle.CycleRepository;
import vn.mohinh.cycle.CycleService;
import vn.mohinh.cycle.DeadlineCalendar;
import vn.mohinh.cycle.DeadlineProperties;
import vn.mohinh.cycle.OpenYearDelegate;
import vn.mohinh.cycle.RegistrationSummaryTaskListener;
import vn.mohinh.massorganisation.MassOrganisationSteps;
import vn.mohinh.massorganisation.MobilisationPlanRepository;
import vn.mohinh.massorganisation.MobilisationPlanService;
import vn.mohinh.notification.Notifier;
import vn.mohinh.organization.OrganizationDirectory;
import vn.mohinh.organization.TestOrganizations;
import vn.mohinh.platform.EngineClock;
import vn.mohinh.registration.AcceptSubmissionTaskListener;
import vn.mohinh.registration.CompileTaskListener;
import vn.mohinh.registration.InitiativeRepository;
import vn.mohinh.registration.PlanReviewTaskListener;
import vn.mohinh.registration.PlanService;
import vn.mohinh.registration.PlanTaskListener;
import vn.mohinh.registration.RegistrationFlow;
import vn.mohinh.registration.RegistrationLog;
import vn.mohinh.registration.RegistrationProperties;
import vn.mohinh.registration.RegistrationQueries;
import vn.mohinh.registration.SubmissionRepository;
import vn.mohinh.registration.SubmissionService;

/**
 * The Spring beans the registration's BPMN uses, built by hand for the pure-engine tests: the real
 * services on their own in-memory H2 database (migrated by Flyway, loaded with a small bloc), and a
 * Mockito mock for the notification feature. {@link #register()} makes them the beans of the
 * engine's MockExpressionManager.
 */
public final class RegistrationWorld implements AutoCloseable {

  public final DataSource dataSource;
  public final JdbcClient jdbc;
  public final OrganizationDirectory directory;
  public final Notifier notifier = mock(Notifier.class);
  public final CycleRepository cycleRepository;
  public final DeadlineCalendar calendar;
  public final CycleService cycle;
  public final InitiativeRepository initiatives;
  public final SubmissionRepository submissions;
  public final RegistrationLog log;
  public final RegistrationQueries queries;
  public final PlanService plans;
  public final SubmissionService submissionService;
  public final RegistrationFlow flow;
  public final MobilisationPlanService mobilisationPlans;

  public RegistrationWorld(String organizationFile) {
    this(new SingleConnectionDataSource("jdbc:h2:mem:domain-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "", true),
        organizationFile);
  }

  /** On any database (migrated here). */
  public RegistrationWorld(DataSource dataSource, String organizationFile) {
    this.dataSource = dataSource;
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").table("mh_schema_history").load().migrate();
    jdbc = JdbcClient.create(dataSource);
    directory = TestOrganizations.load(jdbc, organizationFile);
    cycleRepository = new CycleRepository(jdbc);
    calendar = new DeadlineCalendar(DeadlineProperties.defaults(), cycleRepository, EngineClock.INSTANCE);
    cycle = new CycleService(cycleRepository, calendar, notifier);
    initiatives = new InitiativeRepository(jdbc);
    submissions = new SubmissionRepository(jdbc);
    log = new RegistrationLog(jdbc);
    RegistrationProperties properties = RegistrationProperties.defaults();
    queries = new RegistrationQueries(initiatives, directory, properties);
    plans = new PlanService(initiatives, log, directory, calendar, properties, notifier);
    submissionService = new SubmissionService(initiatives, submissions, log, queries, directory, calendar, notifier);
    flow = new RegistrationFlow(directory, submissionService, initiatives);
    mobilisationPlans = new MobilisationPlanService(new MobilisationPlanRepository(jdbc), directory, calendar,
        new StaticListableBeanFactory(Map.of(Notifier.BEAN_NAME, notifier)).getBeanProvider(Notifier.class));
  }

  public static RegistrationWorld testBloc() {
    return new RegistrationWorld("organization/test-bloc.yml");
  }

  /** Registers the beans under the names the BPMN uses. */
  public RegistrationWorld register() {
    Mocks.register("organizationDirectory", directory);
    Mocks.register("deadlineCalendar", calendar);
    Mocks.register(Notifier.BEAN_NAME, notifier);
    Mocks.register(RegistrationFlow.BEAN_NAME, flow);
    Mocks.register(OpenYearDelegate.BEAN_NAME, new OpenYearDelegate(cycle, calendar));
    Mocks.register(PlanTaskListener.BEAN_NAME, new PlanTaskListener(plans));
    Mocks.register(PlanReviewTaskListener.BEAN_NAME, new PlanReviewTaskListener(plans));
    Mocks.register(CompileTaskListener.BEAN_NAME, new CompileTaskListener(submissionService));
    Mocks.register(AcceptSubmissionTaskListener.BEAN_NAME, new AcceptSubmissionTaskListener(submissionService));
    Mocks.register(RegistrationSummaryTaskListener.BEAN_NAME, new RegistrationSummaryTaskListener(queries, cycle, calendar));
    Mocks.register(MassOrganisationSteps.BEAN_NAME, new MassOrganisationSteps(mobilisationPlans));
    return this;
  }

  @Override
  public void close() {
    Mocks.reset();
    if (dataSource instanceof SingleConnectionDataSource h2) {
      jdbc.sql("shutdown").update();
      h2.destroy();
    }
  }
}
