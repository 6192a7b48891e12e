package vn.mohinh.security;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * The test process {@code security/security-test.bpmn}: one user task per unit, with the
 * candidate groups of the directory ({@code organizationDirectory.candidateGroupsFor(unitCode)}) and
 * the test form. Instances are started with a business key per test class and removed after it.
 */
final class SecurityFixture {

  static final String PROCESS = "SecurityTest_UnitWork";
  static final String DEPLOYMENT = "security-test";

  private final ProcessEngine engine;
  private final DataSource dataSource;

  SecurityFixture(ProcessEngine engine, DataSource dataSource) {
    this.engine = engine;
    this.dataSource = dataSource;
  }

  void deploy() {
    if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(PROCESS).count() > 0) {
      return;
    }
    Deployment deployment = engine.getRepositoryService().createDeployment()
        .name(DEPLOYMENT)
        .addClasspathResource("security/security-test.bpmn")
        .addClasspathResource("security/security-test-plan.form")
        .addClasspathResource("security/security-test-start.form")
        .deploy();
    if (deployment == null) {
      throw new IllegalStateException("not deployed");
    }
  }

  /** Starts the unit's work; returns its open task. */
  Task start(String unitCode, String businessKey) {
    deploy();
    VariableMap variables = Variables.createVariables()
        .putValue("unitCode", unitCode)
        .putValue("unitName", "Đơn vị " + unitCode)
        .putValue("year", 2026)
        .putValue("initiativeId", "ini-" + unitCode)
        .putValue("decision", "pending")
        .putValue("deadline", new Date(4_070_908_800_000L))
        .putValueTyped("followerOptions",
            SpinValues.jsonValue("[{\"label\":\"Chị Lan\",\"value\":\"lan\"},{\"label\":\"Anh Hùng\",\"value\":\"hung\"}]").create());
    ProcessInstance instance =
        engine.getRuntimeService().startProcessInstanceByKey(PROCESS, businessKey, variables);
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  void removeAll(String businessKeyPrefix) {
    List<String> ids = new ArrayList<>();
    engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS)
        .processInstanceBusinessKeyLike(businessKeyPrefix + "%").list().forEach(p -> ids.add(p.getId()));
    if (!ids.isEmpty()) {
      engine.getRuntimeService().deleteProcessInstances(ids, "test over", true, true);
    }
    HistoryService history = engine.getHistoryService();
    List<String> done = new ArrayList<>();
    history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS)
        .processInstanceBusinessKeyLike(businessKeyPrefix + "%").list().forEach(p -> done.add(p.getId()));
    if (!done.isEmpty()) {
      history.deleteHistoricProcessInstances(done);
    }
  }

  /**
   * What a refused submission must leave as it was: the task (still open, same assignee), its
   * variables, the history of variable changes of the instance, and every domain table's rows.
   */
  Map<String, Object> snapshot(String taskId) {
    Map<String, Object> snapshot = new TreeMap<>();
    Task task = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
    snapshot.put("task", task == null ? null : task.getId() + "/" + task.getAssignee() + "/" + task.getDueDate());
    if (task != null) {
      engine.getTaskService().getVariablesTyped(taskId, false).forEach((k, v) -> snapshot.put("var:" + k, String.valueOf(v)));
      snapshot.put("history-details",
          engine.getHistoryService().createHistoricDetailQuery().processInstanceId(task.getProcessInstanceId()).count());
      snapshot.put("comments", engine.getTaskService().getTaskComments(taskId).size());
    }
    try (Connection c = dataSource.getConnection()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
        while (rs.next()) {
          String name = rs.getString("TABLE_NAME");
          if (name.toUpperCase().startsWith("MH_")) {
            tables.add(name);
          }
        }
      }
      String quote = c.getMetaData().getIdentifierQuoteString();
      try (Statement s = c.createStatement()) {
        for (String table : tables) {
          try (ResultSet rs = s.executeQuery("select count(*) from " + quote + table + quote)) {
            rs.next();
            snapshot.put("rows:" + table, rs.getLong(1));
          }
        }
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    return snapshot;
  }
}
