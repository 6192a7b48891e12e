package vn.mohinh.webapp;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.Bpmn;

/**
 * A small measurement, not a test (surefire does not run it): what the inbox queries of the saved
 * Tasklist filters ({@link TasklistFilters}) cost on PostgreSQL with authorization on, against the
 * same page relying on authorization alone, with {@code authorizationCheckRevokes} "auto" and
 * "never".
 *
 * <p>Data: {@code TASKS} open tasks of one deployed process, each with two candidate groups (its
 * cell and the cell's committee, out of {@code CELLS} cells, five per committee) and the task
 * authorizations Camunda gives candidate groups, inserted with SQL (generate_series) for speed;
 * the columns are those a real task has. A cell user (groups: her cell, {@code units}) and a
 * reviewer (READ on every task) query the first page (15, as Tasklist) and the count.
 *
 * <p>Run: {@code ./mvnw -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt && java -cp
 * target/test-classes:target/classes:$(cat target/cp.txt) vn.mohinh.webapp.InboxQueryCost [tasks] [explain]}; with
 * {@code explain} the plans of the statements over 20 ms go to {@code target/inbox-query-plans.log}.
 */
public final class InboxQueryCost {

  static final int CELLS = 50_000;
  static final int RUNS = Integer.getInteger("runs", 40);

  public static void main(String[] args) throws Exception {
    int tasks = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    // "explain": the plan of every statement over 20 ms, with actual times, in target/inbox-query-plans.log
    boolean explain = args.length > 1 && args[1].equals("explain");
    EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
    if (explain) {
      builder.setServerConfig("shared_preload_libraries", "auto_explain")
          .setServerConfig("auto_explain.log_min_duration", "20")
          .setServerConfig("auto_explain.log_analyze", "on")
          .setServerConfig("auto_explain.log_buffers", "on")
          .setServerConfig("logging_collector", "on")
          .setServerConfig("log_directory", new java.io.File("target").getAbsolutePath())
          .setServerConfig("log_filename", "inbox-query-plans.log");
    }
    try (EmbeddedPostgres postgres = builder.start()) {
      String url = postgres.getJdbcUrl("postgres", "postgres");
      ProcessEngineConfigurationImpl config =
          (ProcessEngineConfigurationImpl)
              new StandaloneProcessEngineConfiguration()
                  .setJdbcUrl(url)
                  .setJdbcUsername("postgres")
                  .setJdbcPassword("postgres")
                  .setJdbcDriver("org.postgresql.Driver")
                  .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                  .setHistory(ProcessEngineConfiguration.HISTORY_NONE)
                  .setJobExecutorActivate(false)
                  .setProcessEngineName("inbox-cost");
      config.setAuthorizationEnabled(true);
      config.setEnforceHistoryTimeToLive(false);
      // the filters evaluate these expressions; ad-hoc queries need the switch
      config.setEnableExpressionsInAdhocQueries(true);
      ProcessEngine engine = config.buildProcessEngine();
      try {
        load(engine, postgres, tasks);
        measure(engine, config, tasks);
      } finally {
        engine.close();
      }
    }
  }

  private static void load(ProcessEngine engine, EmbeddedPostgres postgres, int tasks) throws Exception {
    engine.getRepositoryService().createDeployment()
        .addModelInstance("inbox.bpmn",
            Bpmn.createExecutableProcess("Process_Inbox").startEvent().userTask("Task_WritePlan")
                .camundaCandidateGroups("${groups}").endEvent().done())
        .deploy();
    // one real task, to copy what the engine writes for a task of a candidate group
    engine.getRuntimeService().startProcessInstanceByKey("Process_Inbox",
        java.util.Map.of("groups", "unit-c0,unit-m0"));
    var auth = engine.getAuthorizationService().createAuthorizationQuery().resourceType(7).list().get(0);
    String procDef = engine.getRepositoryService().createProcessDefinitionQuery().singleResult().getId();
    int perms = ((org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity) auth).getPermissions();
    // group grants of the product's roles: the reviewers read every task
    var reviewers = engine.getAuthorizationService().createNewAuthorization(1);
    reviewers.setGroupId("reviewers");
    reviewers.setResource(org.camunda.bpm.engine.authorization.Resources.TASK);
    reviewers.setResourceId("*");
    reviewers.addPermission(org.camunda.bpm.engine.authorization.Permissions.READ);
    engine.getAuthorizationService().saveAuthorization(reviewers);

    long start = System.nanoTime();
    try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      for (String fk : List.of("ACT_FK_TASK_EXE", "ACT_FK_TASK_PROCINST", "ACT_FK_TASK_PROCDEF", "ACT_FK_TSKASS_TASK")) {
        s.execute("alter table ACT_RU_TASK drop constraint if exists " + fk);
        s.execute("alter table ACT_RU_IDENTITYLINK drop constraint if exists " + fk);
      }
      // tasks: due dates spread over -30..+60 days, every tenth one claimed by somebody
      s.execute("insert into ACT_RU_TASK (ID_, REV_, EXECUTION_ID_, PROC_INST_ID_, PROC_DEF_ID_, NAME_, TASK_DEF_KEY_,"
          + " ASSIGNEE_, PRIORITY_, CREATE_TIME_, LAST_UPDATED_, DUE_DATE_, SUSPENSION_STATE_, TASK_STATE_)"
          + " select 't' || i, 1, 'e' || i, 'p' || i, '" + procDef + "', 'Đăng ký mô hình ' || i, 'Task_WritePlan',"
          + " case when i % 10 = 0 then 'u' || i else null end, 50, now() - (i % 1000) * interval '1 minute', null,"
          + " now() + ((i % 90) - 30) * interval '1 day', 1, 'Created'"
          + " from generate_series(1, " + tasks + ") i");
      for (String kind : List.of("cell", "committee")) {
        String group = kind.equals("cell") ? "'unit-c' || (i % " + CELLS + ")" : "'unit-m' || (i % " + CELLS + ") / 5";
        s.execute("insert into ACT_RU_IDENTITYLINK (ID_, REV_, GROUP_ID_, TYPE_, TASK_ID_)"
            + " select '" + kind + "-l' || i, 1, " + group + ", 'candidate', 't' || i from generate_series(1, " + tasks + ") i");
        s.execute("insert into ACT_RU_AUTHORIZATION (ID_, REV_, TYPE_, GROUP_ID_, RESOURCE_TYPE_, RESOURCE_ID_, PERMS_)"
            + " select '" + kind + "-a' || i, 1, 1, " + group + ", 7, 't' || i, " + perms
            + " from generate_series(1, " + tasks + ") i");
      }
      s.execute("analyze");
    }
    System.out.printf(Locale.ROOT, "Loaded %,d tasks, %,d identity links, %,d authorizations in %.1f s%n", tasks, 2L * tasks,
        2L * tasks, (System.nanoTime() - start) / 1e9);
  }

  private static void measure(ProcessEngine engine, ProcessEngineConfigurationImpl config, int tasks) {
    TaskService taskService = engine.getTaskService();
    List<String> cellUser = List.of("unit-c42", "units");
    List<String> reviewer = List.of("reviewers");
    System.out.printf("%-62s %-13s %10s %10s %10s %10s%n", "query (page of 15 / count)", "checks", "list p50", "list p95",
        "count p50", "count p95");
    var engineDefault = config.getSessionFactories().get(org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager.class);
    for (String mode : List.of("auto", "never", "never+direct")) {
      String revokes = mode.startsWith("never") ? "never" : "auto";
      config.setAuthorizationCheckRevokes(revokes);
      config.getSessionFactories().put(org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager.class,
          mode.endsWith("direct") ? new AuthorizationCheckTuning.DirectGroupsAuthorizationManagerFactory() : engineDefault);
      row(engine, "cell user, authorization alone (no criteria)", mode, "u-cell", cellUser,
          () -> taskService.createTaskQuery().orderByTaskCreateTime().desc());
      row(engine, "cell user, Việc của đơn vị (candidate groups)", mode, "u-cell", cellUser,
          () -> taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
              .includeAssignedTasks().orderByDueDate().asc());
      row(engine, "cell user, mine: assignee OR candidate groups", mode, "u-cell", cellUser,
          () -> taskService.createTaskQuery().or().taskAssigneeExpression("${currentUser()}")
              .taskCandidateGroupInExpression("${currentUserGroups()}").endOr().orderByDueDate().asc());
      row(engine, "cell user, Việc của tôi: groups AND (mine OR unassigned)", mode, "u-cell", cellUser,
          () -> taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
              .includeAssignedTasks().or().taskAssigneeExpression("${currentUser()}").taskUnassigned().endOr()
              .orderByDueDate().asc());
      row(engine, "cell user, Sắp đến hạn (groups + due bounds)", mode, "u-cell", cellUser,
          () -> taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
              .includeAssignedTasks().dueAfterExpression("${now()}").dueBeforeExpression("${dateTime().plusDays(7)}")
              .orderByDueDate().asc());
      row(engine, "reviewer, due in 7 days, authorization alone", mode, "u-rev", reviewer,
          () -> taskService.createTaskQuery().dueAfterExpression("${now()}").dueBeforeExpression("${dateTime().plusDays(7)}")
              .orderByDueDate().asc());
      row(engine, "reviewer, Sắp đến hạn (groups + due bounds)", mode, "u-rev", reviewer,
          () -> taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
              .includeAssignedTasks().dueAfterExpression("${now()}").dueBeforeExpression("${dateTime().plusDays(7)}")
              .orderByDueDate().asc());
    }
    config.setAuthorizationEnabled(false);
    row(engine, "cell user, Việc của đơn vị, authorization off", "-", "u-cell", cellUser,
        () -> taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks().orderByDueDate().asc());
    config.setAuthorizationEnabled(true);
  }

  private static void row(ProcessEngine engine, String label, String revokes, String user, List<String> groups,
      Supplier<TaskQuery> query) {
    engine.getIdentityService().setAuthentication(user, groups);
    try {
      List<Task> page = null;
      long count = 0;
      for (int i = 0; i < 5; i++) { // warm-up
        page = query.get().listPage(0, 15);
        count = query.get().count();
      }
      long[] list = new long[RUNS];
      long[] counts = new long[RUNS];
      for (int i = 0; i < RUNS; i++) {
        long t0 = System.nanoTime();
        query.get().listPage(0, 15);
        long t1 = System.nanoTime();
        query.get().count();
        long t2 = System.nanoTime();
        list[i] = t1 - t0;
        counts[i] = t2 - t1;
      }
      System.out.printf(Locale.ROOT, "%-62s %-13s %8.1fms %8.1fms %8.1fms %8.1fms  (%d shown, %d in all)%n", label, revokes,
          pct(list, 50), pct(list, 95), pct(counts, 50), pct(counts, 95), page.size(), count);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private static double pct(long[] nanos, int p) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
  }

  private InboxQueryCost() {}
}
