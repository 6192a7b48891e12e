package vn.mohinh.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who is acting in a process step: the authenticated user of the engine call, else the task's assignee. */
public final class Actors {

  private Actors() {}

  public static String of(DelegateTask task) {
    String user = authenticated(task.getProcessEngineServices().getIdentityService().getCurrentAuthentication());
    return user != null ? user : task.getAssignee();
  }

  /** The user who started the instance or triggered the step; null for the job executor. */
  public static String of(DelegateExecution execution) {
    return authenticated(execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication());
  }

  private static String authenticated(Authentication authentication) {
    return authentication == null ? null : authentication.getUserId();
  }
}
