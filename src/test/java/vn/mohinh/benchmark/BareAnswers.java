package vn.mohinh.benchmark;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.variable.VariableMap;

/** What the bare engine's gateways need, and nothing else: the decisions, as process variables. */
final class BareAnswers implements Driver.Answers {

  @Override
  public Map<String, Object> writePlan(String unitCode, boolean addAnother) {
    Map<String, Object> values = new HashMap<>();
    values.put("addAnotherModel", addAnother);
    return values;
  }

  @Override
  public Map<String, Object> review(boolean approve) {
    Map<String, Object> values = new HashMap<>();
    values.put("approved", approve);
    return values;
  }

  @Override
  public Map<String, Object> compile() {
    Map<String, Object> values = new HashMap<>();
    values.put("revisionRequested", false);
    return values;
  }

  @Override
  public Map<String, Object> accept(boolean accept) {
    Map<String, Object> values = new HashMap<>();
    values.put("accepted", accept);
    values.put("comment", accept ? null : "Bổ sung");
    return values;
  }

  @Override
  public Map<String, Object> summary() {
    return new HashMap<>();
  }

  @Override
  public Map<String, Object> writeReport(String unitCode, int round, VariableMap form) {
    return new HashMap<>();
  }

  @Override
  public Map<String, Object> reviewReport(boolean approve) {
    Map<String, Object> values = new HashMap<>();
    values.put("cellReportApproved", approve);
    return values;
  }

  @Override
  public Map<String, Object> evaluate(String reportId, int round, VariableMap form) {
    return new HashMap<>();
  }

  @Override
  public Map<String, Object> closeCollection() {
    return new HashMap<>();
  }

  @Override
  public Map<String, Object> approveCommendations(boolean approve) {
    Map<String, Object> values = new HashMap<>();
    values.put("commendationsApproved", approve);
    return values;
  }

  @Override
  public Map<String, Object> reconsider(VariableMap form) {
    return new HashMap<>();
  }
}
