package vn.mohinh.cycle;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.mohinh.platform.EngineClock;

/** Wires the deadline calendar on the engine's clock. */
@Configuration
class CycleConfiguration {

  /** Bean name used by the BPMN expressions. */
  static final String CALENDAR_BEAN = "deadlineCalendar";

  @Bean(CALENDAR_BEAN)
  DeadlineCalendar deadlineCalendar(DeadlineProperties properties, CycleRepository repository) {
    return new DeadlineCalendar(properties, repository, EngineClock.INSTANCE);
  }
}
