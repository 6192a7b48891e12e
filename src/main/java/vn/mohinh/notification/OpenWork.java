package vn.mohinh.notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.mohinh.organization.UnitGroups;

/**
 * Who still owes work at a deadline: the open user tasks of the year's process instances whose
 * due date is that deadline. Read with the engine's authorization checks off (the caller may be a
 * user's transaction: a reminder must see every unit's tasks, not the caller's).
 *
 * <p>Conventions of the cycle's processes: the process instance has the variable {@code year}
 * (Integer; Long is accepted too), the task sees {@code unitCode} (the unit owing the work; a
 * task-local value wins) and optionally {@code initiativeName} (the model), and its due date is the
 * deadline. A task without {@code unitCode} is attributed to its first unit candidate group.
 */
@Component
public class OpenWork {

  private static final Logger LOG = LoggerFactory.getLogger(OpenWork.class);
  public static final String YEAR = "year";
  public static final String UNIT_CODE = "unitCode";
  public static final String INITIATIVE_NAME = "initiativeName";

  private final ProcessEngine engine;

  public OpenWork(ProcessEngine engine) {
    this.engine = engine;
  }

  /** An open task owed by a unit. */
  public record OwedTask(String taskId, String taskName, String unitCode, String initiativeName, Instant due) {}

  /** The open tasks of the year due at the deadline, in creation order. */
  public List<OwedTask> dueAt(int year, Instant deadline) {
    return withoutAuthorization(() -> query(year, deadline));
  }

  /** The same, grouped by unit (in order of first appearance). */
  public Map<String, List<OwedTask>> byUnit(int year, Instant deadline) {
    Map<String, List<OwedTask>> units = new LinkedHashMap<>();
    for (OwedTask task : dueAt(year, deadline)) {
      units.computeIfAbsent(task.unitCode(), code -> new ArrayList<>()).add(task);
    }
    return units;
  }

  private List<OwedTask> query(int year, Instant deadline) {
    TaskService tasks = engine.getTaskService();
    // The due date is the deadline itself; a second either side tolerates databases that round.
    Date after = Date.from(deadline.minusSeconds(1));
    Date before = Date.from(deadline.plusSeconds(1));
    Map<String, Task> found = new LinkedHashMap<>();
    for (Object yearValue : List.of((Object) Integer.valueOf(year), (Object) Long.valueOf(year))) {
      for (Task task :
          tasks.createTaskQuery()
              .processVariableValueEquals(YEAR, yearValue)
              .dueAfter(after)
              .dueBefore(before)
              .orderByTaskCreateTime()
              .asc()
              .list()) {
        found.putIfAbsent(task.getId(), task);
      }
    }
    List<OwedTask> owed = new ArrayList<>();
    for (Task task : found.values()) {
      Map<String, Object> variables = tasks.getVariables(task.getId(), List.of(UNIT_CODE, INITIATIVE_NAME));
      String unitCode = variables.get(UNIT_CODE) instanceof String code && !code.isBlank() ? code : unitOfCandidates(tasks, task);
      if (unitCode == null) {
        LOG.warn("Task {} ({}) due at {} names no unit (variable unitCode): nobody is reminded of it", task.getId(), task.getName(), deadline);
        continue;
      }
      Object initiative = variables.get(INITIATIVE_NAME);
      owed.add(
          new OwedTask(
              task.getId(),
              task.getName(),
              unitCode,
              initiative instanceof String name && !name.isBlank() ? name : null,
              task.getDueDate().toInstant()));
    }
    return owed;
  }

  private static String unitOfCandidates(TaskService tasks, Task task) {
    for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && UnitGroups.unitOf(link.getGroupId()) != null) {
        return UnitGroups.unitOf(link.getGroupId());
      }
    }
    return null;
  }

  /**
   * Runs the work with authorization checks off: inside the caller's engine command when there is
   * one (a delegate or listener), else in a new command.
   */
  <T> T withoutAuthorization(Supplier<T> work) {
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
