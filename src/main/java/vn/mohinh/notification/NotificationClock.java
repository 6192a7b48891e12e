package vn.mohinh.notification;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The clock of the notification feature: the application's {@link Clock} bean if there is exactly
 * one (tests may provide a fixed one), else the system clock.
 */
@Component
public class NotificationClock {

  private final Clock clock;

  public NotificationClock(ObjectProvider<Clock> clocks) {
    this.clock = clocks.getIfUnique(Clock::systemUTC);
  }

  public Clock clock() {
    return clock;
  }
}
