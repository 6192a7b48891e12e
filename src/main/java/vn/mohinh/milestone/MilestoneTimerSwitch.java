package vn.mohinh.milestone;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Switches the timer start event of Process_MilestoneSchedule (StartEvent_MilestoneDaily) on
 * or off at start-up as configured ({@code mohinh.milestones.timer-enabled}): its job definition is
 * suspended when off, so Cockpit shows the timer as suspended and it never fires.
 */
@Component
public class MilestoneTimerSwitch {

  private static final Logger LOG = LoggerFactory.getLogger(MilestoneTimerSwitch.class);
  static final String PROCESS_KEY = "Process_MilestoneSchedule";
  static final String TIMER_START_EVENT = "StartEvent_MilestoneDaily";

  private final MilestoneProperties properties;
  private final RepositoryService repository;
  private final ManagementService management;

  public MilestoneTimerSwitch(MilestoneProperties properties, RepositoryService repository, ManagementService management) {
    this.properties = properties;
    this.repository = repository;
    this.management = management;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void apply() {
    ProcessDefinition definition = repository.createProcessDefinitionQuery()
        .processDefinitionKey(PROCESS_KEY).latestVersion().singleResult();
    if (definition == null) {
      return;
    }
    for (JobDefinition job : management.createJobDefinitionQuery().processDefinitionId(definition.getId())
        .activityIdIn(TIMER_START_EVENT).list()) {
      if (properties.timerEnabled() && job.isSuspended()) {
        management.activateJobDefinitionById(job.getId(), true);
        LOG.info("Milestone reviews open by themselves on their opening day (timer {} active)", TIMER_START_EVENT);
      } else if (!properties.timerEnabled() && !job.isSuspended()) {
        management.suspendJobDefinitionById(job.getId(), true);
        LOG.info("Milestone reviews are opened by the reviewing office (timer {} suspended)", TIMER_START_EVENT);
      }
    }
  }
}
