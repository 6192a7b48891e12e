package vn.mohinh.workflow;

import java.time.Instant;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The time the process engine runs on. Timers, due dates and the domain's timestamps must agree, so
 * domain code of the processes asks here rather than {@link Instant#now()}: tests move the engine's
 * clock and everything follows.
 */
public final class EngineTime {

  private EngineTime() {}

  public static Instant now() {
    return ClockUtil.now().toInstant();
  }
}
