package vn.mohinh.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The time the process engine runs on. Timers, due dates and the domain's timestamps must agree,
 * so domain code asks this clock rather than {@link Instant#now()}: tests (and the engine's own
 * ClockUtil) move it and everything follows.
 */
public final class EngineClock extends Clock {

  public static final EngineClock INSTANCE = new EngineClock(ZoneOffset.UTC);

  private final ZoneId zone;

  private EngineClock(ZoneId zone) {
    this.zone = zone;
  }

  public static Instant now() {
    return ClockUtil.now().toInstant();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new EngineClock(zone);
  }

  @Override
  public Instant instant() {
    return now();
  }
}
