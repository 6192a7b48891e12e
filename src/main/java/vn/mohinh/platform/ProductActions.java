package vn.mohinh.platform;

import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Engine work the product does on its own behalf, whoever's request it runs in: the engine's
 * authorization checks are off for it (the person was authorized for what they asked, e.g. starting
 * a process; what the product then does for them touches other units' tasks and timers). Runs in the
 * caller's engine command when there is one (a delegate or listener), else in a new command that
 * joins the caller's transaction.
 */
public final class ProductActions {

  private ProductActions() {}

  public static <T> T withoutAuthorization(ProcessEngine engine, Supplier<T> work) {
    CommandContext current = Context.getCommandContext();
    if (current != null) {
      return disabled(current, work);
    }
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    return configuration.getCommandExecutorTxRequired().execute(context -> disabled(context, work));
  }

  private static <T> T disabled(CommandContext context, Supplier<T> work) {
    boolean wasEnabled = context.isAuthorizationCheckEnabled();
    context.disableAuthorizationCheck();
    try {
      return work.get();
    } finally {
      if (wasEnabled) {
        context.enableAuthorizationCheck();
      }
    }
  }
}
