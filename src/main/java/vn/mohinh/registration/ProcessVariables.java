package vn.mohinh.registration;

import org.camunda.bpm.engine.delegate.DelegateTask;
import vn.mohinh.platform.EngineUser;

/** The process variables every registration task sees ({@code year}, {@code unitCode}), read when the task is created. */
final class ProcessVariables {

  static final String YEAR = "year";
  static final String UNIT_CODE = "unitCode";

  private ProcessVariables() {}

  static int year(DelegateTask task) {
    Object year = task.getVariable(YEAR);
    if (!(year instanceof Number number)) {
      throw new IllegalStateException("Task " + task.getTaskDefinitionKey() + " has no year");
    }
    return number.intValue();
  }

  static String unitCode(DelegateTask task) {
    Object unit = task.getVariable(UNIT_CODE);
    if (!(unit instanceof String code)) {
      throw new IllegalStateException("Task " + task.getTaskDefinitionKey() + " has no unitCode");
    }
    return code;
  }

  /** The user completing the task (the assignee when no user is authenticated, as in a test). */
  static String actor(DelegateTask task) {
    String user = EngineUser.of(task.getProcessEngineServices());
    return user != null ? user : task.getAssignee();
  }
}
