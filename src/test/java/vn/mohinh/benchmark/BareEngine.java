package vn.mohinh.benchmark;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import vn.mohinh.cycle.CycleRepository;
import vn.mohinh.cycle.DeadlineCalendar;
import vn.mohinh.cycle.DeadlineKind;
import vn.mohinh.cycle.DeadlineProperties;
import vn.mohinh.notification.Notifier;
import vn.mohinh.organization.UnitKind;
import vn.mohinh.platform.EngineClock;

/**
 * The bare engine of the overhead comparison: Camunda 7.24 alone with the product's settings
 * (authorization on, history full, Spin), the same BPMN and forms, and the same users and groups,
 * but none of the product's listeners, delegates, validation, domain tables or mail: every bean the
 * BPMN names is a no-op or answers from memory (engine beans).
 */
public final class BareEngine implements AutoCloseable {

  public final ProcessEngine engine;
  private final HikariDataSource dataSource;
  private final BareReportBeans reportBeans;

  private BareEngine(ProcessEngine engine, HikariDataSource dataSource, BareReportBeans reportBeans) {
    this.engine = engine;
    this.dataSource = dataSource;
    this.reportBeans = reportBeans;
  }

  public static BareEngine start(Database.Target db, SyntheticOrganization org, int year) throws Exception {
    HikariDataSource ds = new HikariDataSource();
    ds.setJdbcUrl(db.url());
    ds.setUsername(db.user());
    ds.setPassword(db.password());
    ds.setMaximumPoolSize(db.kind().equals("postgres") ? 20 : 10);
    StandaloneProcessEngineConfiguration config = new StandaloneProcessEngineConfiguration();
    config.setProcessEngineName("bench-bare");
    config.setDataSource(ds);
    config.setDatabaseSchemaUpdate("true");
    config.setHistory("full");
    config.setAuthorizationEnabled(true);
    String revokes = System.getProperty("bench.revokes");
    if (revokes != null && !revokes.isBlank()) {
      config.setAuthorizationCheckRevokes(revokes);
    }
    config.setJobExecutorActivate(false);
    String ids = "[a-zA-Z0-9][a-zA-Z0-9._-]*"; // the product's whitelist (application.yml)
    config.setUserResourceWhitelistPattern(ids);
    config.setGroupResourceWhitelistPattern(ids);
    config.setTenantResourceWhitelistPattern(ids);
    // Beans by name for the BPMN's expressions (Mocks would be per thread; the workers are many).
    DeadlineProperties properties = DeadlineProperties.defaults();
    DeadlineCalendar calendar = new DeadlineCalendar(properties, new InMemoryDeadlines(properties), EngineClock.INSTANCE);
    BareReportBeans reportBeans = new BareReportBeans(org, calendar);
    config.setBeans(beans(org, calendar, reportBeans));
    config.getProcessEnginePlugins().add(new SpinProcessEnginePlugin());
    ProcessEngine engine = config.buildProcessEngine();
    DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("bare");
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    for (String pattern : List.of("classpath*:processes/*.bpmn", "classpath*:processes/*.dmn", "classpath*:forms/*.form")) {
      for (Resource r : resolver.getResources(pattern)) {
        String dir = pattern.contains("forms") ? "forms/" : "processes/";
        deployment.addInputStream(dir + r.getFilename(), r.getInputStream());
      }
    }
    deployment.deploy();
    identity(engine.getIdentityService(), org);
    return new BareEngine(engine, ds, reportBeans);
  }

  /** The same users, groups and memberships as the product's identity mirror makes. */
  private static void identity(IdentityService identity, SyntheticOrganization org) {
    for (String g : List.of("units", "reviewers", "approvers")) {
      Group group = identity.newGroup(g);
      group.setName(g);
      identity.saveGroup(group);
    }
    for (SyntheticOrganization.UnitInfo unit : org.units().values()) {
      Group group = identity.newGroup("unit-" + unit.code());
      group.setName(unit.code());
      group.setType("UNIT");
      identity.saveGroup(group);
      user(identity, unit.secretary(), "unit-" + unit.code(), "units");
    }
    user(identity, SyntheticOrganization.REVIEWER, "reviewers");
    user(identity, SyntheticOrganization.REVIEWER_2, "reviewers");
    user(identity, SyntheticOrganization.APPROVER, "approvers");
  }

  private static void user(IdentityService identity, String id, String... groups) {
    User user = identity.newUser(id);
    user.setFirstName(id);
    user.setLastName("bench");
    user.setPassword(ProductApp.PASSWORD);
    identity.saveUser(user);
    for (String g : groups) {
      identity.createMembership(id, g);
    }
  }

  /** The beans the BPMN names, answering from the synthetic organisation and the default deadlines. */
  private static Map<Object, Object> beans(SyntheticOrganization org, DeadlineCalendar calendar, BareReportBeans reportBeans) {
    Map<Object, Object> beans = new java.util.HashMap<>();
    beans.put("deadlineCalendar", calendar);
    beans.put("organizationDirectory", new Directory(org));
    beans.put("registrationFlow", new Flow(org));
    beans.put(Notifier.BEAN_NAME, new NoopNotifier());
    TaskListener noopListener = task -> { };
    for (String listener : List.of("planReviewTaskListener", "compileTaskListener", "acceptSubmissionTaskListener",
        "registrationSummaryTaskListener")) {
      beans.put(listener, noopListener);
    }
    reportBeans.register(beans); // planTaskListener, reportFlow, evaluationFlow, reportTaskListener, evaluationTaskListener
    JavaDelegate openYear = execution -> execution.setVariable("yearAlreadyOpened", false);
    beans.put("openYearDelegate", openYear);
    // Called by the annual cycle and the report phase: no mass organisations, no publication.
    beans.put("massOrganisationSteps", new NoMassOrganisations());
    org.camunda.bpm.engine.delegate.ExecutionListener noopExecutionListener = execution -> { };
    beans.put("showcaseCandidates", noopExecutionListener);
    return beans;
  }

  /** The default deadlines of every year, without a database. */
  static final class InMemoryDeadlines extends CycleRepository {
    private final DeadlineProperties properties;

    InMemoryDeadlines(DeadlineProperties properties) {
      super(null);
      this.properties = properties;
    }

    @Override
    public Optional<Instant> findDeadline(int year, DeadlineKind kind) {
      return Optional.of(properties.dayOf(kind).atYear(year).atTime(properties.timeOfDay()).atZone(properties.zone()).toInstant());
    }

    @Override
    public Map<DeadlineKind, Instant> findDeadlines(int year) {
      Map<DeadlineKind, Instant> all = new java.util.EnumMap<>(DeadlineKind.class);
      for (DeadlineKind kind : DeadlineKind.values()) {
        all.put(kind, findDeadline(year, kind).orElseThrow());
      }
      return all;
    }
  }

  /** {@code organizationDirectory}: candidate groups from memory. */
  public static final class Directory {
    private final SyntheticOrganization org;

    Directory(SyntheticOrganization org) {
      this.org = org;
    }

    public List<String> candidateGroupsFor(String unitCode) {
      SyntheticOrganization.UnitInfo unit = org.unit(unitCode);
      return unit.parent() == null ? List.of("unit-" + unitCode) : List.of("unit-" + unitCode, "unit-" + unit.parent());
    }
  }

  /** {@code registrationFlow}: the organisation's shape from memory. */
  public static final class Flow {
    private final SyntheticOrganization org;

    Flow(SyntheticOrganization org) {
      this.org = org;
    }

    public List<String> baseUnitCodes() {
      return org.units().values().stream().filter(u -> u.parent() == null).map(SyntheticOrganization.UnitInfo::code).toList();
    }

    public List<String> planningUnits(String baseUnitCode) {
      List<String> codes = new ArrayList<>();
      codes.add(baseUnitCode);
      org.units().values().stream().filter(u -> baseUnitCode.equals(u.parent())).forEach(u -> codes.add(u.code()));
      return codes;
    }

    public boolean isCommittee(String unitCode) {
      return org.unit(unitCode).kind() == UnitKind.COMMITTEE;
    }

    public boolean reviewedByCommittee(String unitCode) {
      return org.unit(unitCode).kind() == UnitKind.CELL;
    }

    public String planDeadline(String unitCode) {
      return reviewedByCommittee(unitCode) ? "CELL_PLAN" : "SUBMISSION";
    }

    public String unitName(String unitCode) {
      return unitCode;
    }

    public List<String> committeeGroup(String cellCode) {
      return List.of("unit-" + org.unit(cellCode).parent());
    }

    public List<String> plansToRevise(int year, String baseUnitCode) {
      return List.of();
    }

    public String unitOfInitiative(String initiativeId) {
      return initiativeId;
    }
  }

  /** {@code massOrganisationSteps}: a bloc without mass organisations. */
  public static final class NoMassOrganisations {
    public List<String> organisations() {
      return List.of();
    }
  }

  /** {@code notifier}: does nothing. */
  static final class NoopNotifier implements Notifier {
    @Override
    public void remindDeadline(DeadlineNotice deadline, int daysBefore) {}

    @Override
    public void notifyOverdue(DeadlineNotice deadline) {}

    @Override
    public void notifyInspection(InspectionNotice notice) {}

    @Override
    public void notifyYearOpened(int year) {}

    @Override
    public void notifyYearOpened(int year, List<DeadlineNotice> deadlines) {}

    @Override
    public void notifyReturned(ReturnNotice notice) {}

    @Override
    public void notifyAccepted(AcceptanceNotice notice) {}

    @Override
    public void notifyCommendation(CommendationNotice notice) {}
  }

  static Date date(Instant instant) {
    return Date.from(instant);
  }

  /** Models registered in the bare cycle (plan-registration instances whose plan was written). */
  public int models() {
    return reportBeans.models();
  }

  public javax.sql.DataSource dataSource() {
    return dataSource;
  }

  @Override
  public void close() {
    engine.close();
    dataSource.close();
  }
}
