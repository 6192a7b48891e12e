package vn.mohinh.platform;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who is doing the current engine command: the user completing a task, null inside a job. */
public final class EngineUser {

  private EngineUser() {}

  public static String of(ProcessEngineServices services) {
    Authentication authentication = services.getIdentityService().getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }
}
