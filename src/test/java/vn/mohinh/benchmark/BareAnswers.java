package vn.mohinh.benchmark;

import java.util.HashMap;
import java.util.Map;

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
}
