package vn.mohinh.cycle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.calendar.DateTimeUtil;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceModificationBuilder;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.mohinh.platform.ProductActions;

/**
 * Brings the running processes of a year in line with a deadline that was just changed in
 * {@code mh_deadline} (the timers and due dates of the BPMN read the deadline calendar, so what they
 * computed when they were created is now stale). The product acts here, not the reviewer: the
 * engine's authorization checks are off.
 *
 * <ul>
 *   <li><b>Reminder loops</b> of the deadline: the BPMN pattern of both phases, a gateway "Còn lần
 *       nhắc hạn?" whose "có" flow leads to a reminder timer ({@code
 *       ${deadlineCalendar.nextReminder(year, 'KIND')}}) and whose default flow leads to the deadline
 *       timer (recognised in the deployed BPMN, whatever the ids). In every instance of the year
 *       (the cycle and the processes it called) and every active scope holding such a loop: a token
 *       waiting at the reminder timer goes to the next reminder strictly in the future under the new
 *       deadline; a token waiting at the deadline timer goes to the new deadline; a token in the
 *       wrong place (no reminder left before a deadline brought forward; reminders again before a
 *       deadline pushed back) and a branch that already ended (a deadline that passed and is
 *       extended) start again at the gateway, which decides anew.
 *   <li><b>Other timers</b> of the year whose date names the deadline ({@code
 *       ${deadlineCalendar.due(year, 'REPORT_OPENS')}}) or declares that it follows it (extension
 *       property {@value #FOLLOWS_DEADLINE} = the kind, for a date derived from it): their due date
 *       is recalculated from their definition.
 *   <li><b>Open user tasks</b> of the year due at the old deadline, and those of the year's
 *       instances whose user task declares {@value #FOLLOWS_DEADLINE} = the kind (a due date derived
 *       from it, e.g. a few days after it): their due date expression is
 *       evaluated again: a task whose date the deadline calendar gives for another deadline that
 *       fell on the same instant stays put; the others get the date their definition now gives, or
 *       the new deadline when it does not come from the calendar (a date variable). A task-local {@code …DeadlineText} that
 *       showed the old deadline in the form shows the new one.
 * </ul>
 */
@Component
public class DeadlineRescheduler {

  private static final Logger LOG = LoggerFactory.getLogger(DeadlineRescheduler.class);

  /** Extension property of a timer whose date derives from a deadline without naming it. */
  public static final String FOLLOWS_DEADLINE = "followsDeadline";

  private static final Pattern REMINDER = Pattern.compile("nextReminder\\s*\\([^,()]*,\\s*['\"]([A-Z_]+)['\"]");
  private static final String YEAR = "year";
  private static final String DEADLINE_TEXT = "DeadlineText";

  private final ProcessEngine engine;
  private final DeadlineCalendar calendar;
  private final Map<String, DeadlineModel> models = new ConcurrentHashMap<>();

  public DeadlineRescheduler(ProcessEngine engine, DeadlineCalendar calendar) {
    this.engine = engine;
    this.calendar = calendar;
  }

  /** @param timersMoved timer jobs given a new due date plus reminder branches started again */
  public record Outcome(int timersMoved, int tasksMoved) {}

  /** Whether the year's process instance is still running. */
  public boolean isRunning(String processInstanceId) {
    return ProductActions.withoutAuthorization(
        engine,
        () -> engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0);
  }

  /**
   * Moves the timers of the year's process instances (the tree under {@code rootProcessInstanceId})
   * and the year's open tasks. Call after the deadline was changed, in the same transaction.
   */
  public Outcome reschedule(int year, String rootProcessInstanceId, DeadlineKind kind, Instant oldDue, Instant newDue) {
    return ProductActions.withoutAuthorization(
        engine,
        () -> {
          Map<String, List<String>> instances =
              rootProcessInstanceId == null ? Map.of() : instancesByDefinition(rootProcessInstanceId);
          int timers = rootProcessInstanceId == null ? 0 : moveTimers(year, rootProcessInstanceId, instances, kind);
          int tasks = moveTasks(year, instances, kind, oldDue, newDue);
          return new Outcome(timers, tasks);
        });
  }

  // ---- timers -------------------------------------------------------------------------------

  /** The running instances of the year (the cycle and what it called), by process definition. */
  private Map<String, List<String>> instancesByDefinition(String root) {
    RuntimeService runtime = engine.getRuntimeService();
    Map<String, List<String>> instancesByDefinition = new LinkedHashMap<>();
    List<ProcessInstance> instances = new ArrayList<>(runtime.createProcessInstanceQuery().rootProcessInstanceId(root).list());
    if (instances.stream().noneMatch(i -> i.getId().equals(root))) {
      instances.addAll(runtime.createProcessInstanceQuery().processInstanceId(root).list());
    }
    for (ProcessInstance instance : instances) {
      instancesByDefinition.computeIfAbsent(instance.getProcessDefinitionId(), d -> new ArrayList<>()).add(instance.getId());
    }
    return instancesByDefinition;
  }

  private int moveTimers(int year, String root, Map<String, List<String>> instancesByDefinition, DeadlineKind kind) {
    RuntimeService runtime = engine.getRuntimeService();
    int moved = 0;
    for (Map.Entry<String, List<String>> entry : instancesByDefinition.entrySet()) {
      List<Loop> loops = model(entry.getKey()).loops.stream().filter(l -> l.kind() == kind).toList();
      if (loops.isEmpty()) {
        continue;
      }
      for (String instanceId : entry.getValue()) {
        ActivityInstance tree = runtime.getActivityInstance(instanceId);
        if (tree == null) {
          continue;
        }
        for (Loop loop : loops) {
          for (ActivityInstance scope : scopes(tree, loop.scopeId())) {
            moved += moveLoop(year, instanceId, loop, scope);
          }
        }
      }
    }
    ManagementService management = engine.getManagementService();
    Map<String, String> activities = new HashMap<>();
    for (Job job : management.createJobQuery().rootProcessInstanceId(root).timers().list()) {
      String activityId =
          activities.computeIfAbsent(
              job.getJobDefinitionId(),
              id -> {
                JobDefinition definition = management.createJobDefinitionQuery().jobDefinitionId(id).singleResult();
                return definition == null ? "" : definition.getActivityId();
              });
      DeadlineModel model = model(job.getProcessDefinitionId());
      String timeDate = model.timeDates.get(activityId);
      if (timeDate == null || model.loopTimers.contains(activityId)) {
        continue;
      }
      if (names(timeDate, kind) || kind.name().equals(model.follows.get(activityId))) {
        Date before = job.getDuedate();
        management.recalculateJobDuedate(job.getId(), false);
        Job after = management.createJobQuery().jobId(job.getId()).singleResult();
        if (after != null && !Objects.equals(before, after.getDuedate())) {
          LOG.info("Timer {} of {} moved from {} to {}", activityId, job.getProcessInstanceId(), before, after.getDuedate());
          moved++;
        }
      }
    }
    return moved;
  }

  private int moveLoop(int year, String instanceId, Loop loop, ActivityInstance scope) {
    ActivityInstance waiting = null;
    for (ActivityInstance child : scope.getChildActivityInstances()) {
      if (child.getActivityId().equals(loop.reminderTimerId()) || child.getActivityId().equals(loop.deadlineTimerId())) {
        waiting = child;
      }
    }
    Optional<DeadlineCalendar.Reminder> next = calendar.nextReminderOf(year, loop.kind());
    if (waiting != null && waiting.getActivityId().equals(loop.reminderTimerId()) && next.isPresent()) {
      return setDue(instanceId, waiting, next.get().at());
    }
    if (waiting != null && waiting.getActivityId().equals(loop.deadlineTimerId()) && next.isEmpty()) {
      return setDue(instanceId, waiting, calendar.dueInstant(year, loop.kind()));
    }
    // Waiting in the wrong place for the new deadline, or the branch already ended: the gateway decides again.
    ProcessInstanceModificationBuilder modification =
        engine.getRuntimeService().createProcessInstanceModification(instanceId).startBeforeActivity(loop.gatewayId(), scope.getId());
    if (waiting != null) {
      modification = modification.cancelActivityInstance(waiting.getId());
    }
    modification.execute(false, false);
    LOG.info(
        "Reminder branch of {} in {} started again at {} (was {})",
        loop.kind(), instanceId, loop.gatewayId(), waiting == null ? "ended" : waiting.getActivityId());
    return 1;
  }

  private int setDue(String instanceId, ActivityInstance waiting, Instant due) {
    ManagementService management = engine.getManagementService();
    List<Job> jobs = management.createJobQuery().processInstanceId(instanceId).activityId(waiting.getActivityId()).timers().list();
    Set<String> executions = Set.of(waiting.getExecutionIds());
    Job job = jobs.stream().filter(j -> executions.contains(j.getExecutionId())).findFirst()
        .orElse(jobs.size() == 1 ? jobs.get(0) : null);
    if (job == null) {
      LOG.warn("No timer job at {} in {}: nothing moved", waiting.getActivityId(), instanceId);
      return 0;
    }
    if (job.getDuedate() != null && job.getDuedate().toInstant().equals(due)) {
      return 0;
    }
    Date before = job.getDuedate();
    management.setJobDuedate(job.getId(), Date.from(due));
    LOG.info("Timer {} of {} moved from {} to {}", waiting.getActivityId(), instanceId, before, due);
    return 1;
  }

  private static List<ActivityInstance> scopes(ActivityInstance tree, String scopeId) {
    List<ActivityInstance> found = new ArrayList<>();
    if (scopeId == null) {
      found.add(tree);
    } else {
      collect(tree, scopeId, found);
    }
    return found;
  }

  private static void collect(ActivityInstance instance, String activityId, List<ActivityInstance> found) {
    for (ActivityInstance child : instance.getChildActivityInstances()) {
      if (child.getActivityId().equals(activityId)) {
        found.add(child);
      }
      collect(child, activityId, found);
    }
  }

  // ---- tasks --------------------------------------------------------------------------------

  private int moveTasks(int year, Map<String, List<String>> instancesByDefinition, DeadlineKind kind, Instant oldDue, Instant newDue) {
    TaskService tasks = engine.getTaskService();
    Map<String, Task> found = new LinkedHashMap<>();
    Set<String> dueAtOld = new HashSet<>();
    for (Object yearValue : List.of((Object) Integer.valueOf(year), (Object) Long.valueOf(year))) {
      // The due date is the deadline itself; a second either side tolerates databases that round.
      for (Task task :
          tasks.createTaskQuery()
              .processVariableValueEquals(YEAR, yearValue)
              .dueAfter(Date.from(oldDue.minusSeconds(1)))
              .dueBefore(Date.from(oldDue.plusSeconds(1)))
              .list()) {
        found.putIfAbsent(task.getId(), task);
        dueAtOld.add(task.getId());
      }
    }
    // Tasks whose due date derives from the deadline without being it (followsDeadline on the user task).
    instancesByDefinition.forEach((definitionId, ids) -> {
      List<String> keys = model(definitionId).followingTasks.entrySet().stream()
          .filter(e -> e.getValue().equals(kind.name())).map(Map.Entry::getKey).toList();
      if (!keys.isEmpty()) {
        for (int from = 0; from < ids.size(); from += 500) {
          for (Task task :
              tasks.createTaskQuery().processDefinitionId(definitionId).taskDefinitionKeyIn(keys.toArray(String[]::new))
                  .processInstanceIdIn(ids.subList(from, Math.min(ids.size(), from + 500)).toArray(String[]::new)).list()) {
            if (task.getDueDate() != null) {
              found.putIfAbsent(task.getId(), task);
            }
          }
        }
      }
    });
    int moved = 0;
    for (Task task : found.values()) {
      Instant current = task.getDueDate().toInstant();
      Optional<Evaluated> evaluated = evaluatedDue(task);
      Instant target = evaluated.map(Evaluated::due).orElse(newDue);
      if (sameSecond(target, current)) {
        if (!dueAtOld.contains(task.getId()) || (evaluated.isPresent() && evaluated.get().fromCalendar())) {
          continue; // due at another deadline that fell on the same instant, or a derived date that did not move
        }
        target = newDue; // a date that does not come from the calendar: it was due at the deadline, it follows it
      }
      if (sameSecond(target, current)) {
        continue;
      }
      task.setDueDate(Date.from(target));
      tasks.saveTask(task);
      refreshDeadlineTexts(task.getId(), current, target);
      moved++;
    }
    LOG.info("{} open tasks of {} due at {} moved to {}", moved, year, oldDue, newDue);
    return moved;
  }

  private static boolean sameSecond(Instant a, Instant b) {
    return Math.abs(a.toEpochMilli() - b.toEpochMilli()) < 1000;
  }

  /** A task's due date as its definition computes it now, and whether it reads the deadline calendar. */
  private record Evaluated(Instant due, boolean fromCalendar) {}

  /** The task's due date as its definition computes it now, if it has one. */
  private static Optional<Evaluated> evaluatedDue(Task task) {
    if (!(task instanceof TaskEntity entity)) {
      return Optional.empty();
    }
    TaskDefinition definition = entity.getTaskDefinition();
    Expression expression = definition == null ? null : definition.getDueDateExpression();
    if (expression == null) {
      return Optional.empty();
    }
    boolean fromCalendar =
        expression.getExpressionText() != null && expression.getExpressionText().contains(CycleConfiguration.CALENDAR_BEAN);
    Object value;
    try {
      value = expression.getValue(entity);
    } catch (RuntimeException e) {
      LOG.warn("Due date of task {} ({}) not evaluated again: {}", entity.getId(), expression.getExpressionText(), e.toString());
      return Optional.empty();
    }
    if (value instanceof Date date) {
      return Optional.of(new Evaluated(date.toInstant(), fromCalendar));
    }
    if (value instanceof String text && !text.isBlank()) {
      try {
        return Optional.of(new Evaluated(DateTimeUtil.parseDate(text).toInstant(), fromCalendar));
      } catch (RuntimeException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private void refreshDeadlineTexts(String taskId, Instant oldDue, Instant newDue) {
    String oldText = calendar.format(oldDue);
    String newText = calendar.format(newDue);
    TaskService tasks = engine.getTaskService();
    for (VariableInstance variable :
        engine.getRuntimeService().createVariableInstanceQuery().taskIdIn(taskId).variableNameLike("%" + DEADLINE_TEXT)
            .disableCustomObjectDeserialization().list()) {
      if (variable.getName().endsWith(DEADLINE_TEXT) && oldText.equals(variable.getValue())) {
        tasks.setVariableLocal(taskId, variable.getName(), newText);
      }
    }
  }

  // ---- what the BPMN says -------------------------------------------------------------------

  private DeadlineModel model(String processDefinitionId) {
    return models.computeIfAbsent(
        processDefinitionId, id -> DeadlineModel.of(engine.getRepositoryService().getBpmnModelInstance(id)));
  }

  static boolean names(String expression, DeadlineKind kind) {
    return Pattern.compile("['\"]" + kind.name() + "['\"]").matcher(expression).find();
  }

  /** A reminder loop of a deadline in a BPMN. */
  record Loop(DeadlineKind kind, String gatewayId, String reminderTimerId, String deadlineTimerId, String scopeId) {}

  /** The timers of a process definition and its reminder loops. */
  static final class DeadlineModel {
    /** Timer activity id → its timeDate expression (timers with a date only). */
    final Map<String, String> timeDates = new HashMap<>();
    /** Timer activity id → the deadline it declares to follow. */
    final Map<String, String> follows = new HashMap<>();
    /** User task id → the deadline its due date declares to follow. */
    final Map<String, String> followingTasks = new HashMap<>();
    final List<Loop> loops = new ArrayList<>();
    final Set<String> loopTimers = new HashSet<>();

    static DeadlineModel of(BpmnModelInstance bpmn) {
      DeadlineModel model = new DeadlineModel();
      if (bpmn == null) {
        return model;
      }
      for (TimerEventDefinition timer : bpmn.getModelElementsByType(TimerEventDefinition.class)) {
        if (!(timer.getParentElement() instanceof FlowNode event)) {
          continue;
        }
        if (timer.getTimeDate() != null && timer.getTimeDate().getTextContent() != null) {
          model.timeDates.put(event.getId(), timer.getTimeDate().getTextContent().strip());
        }
        property(event, FOLLOWS_DEADLINE).ifPresent(kind -> model.follows.put(event.getId(), kind.strip()));
      }
      for (UserTask task : bpmn.getModelElementsByType(UserTask.class)) {
        property(task, FOLLOWS_DEADLINE).ifPresent(kind -> model.followingTasks.put(task.getId(), kind.strip()));
      }
      model.timeDates.forEach((id, expression) -> {
        Matcher reminder = REMINDER.matcher(expression);
        if (!reminder.find()) {
          return;
        }
        DeadlineKind kind;
        try {
          kind = DeadlineKind.valueOf(reminder.group(1));
        } catch (IllegalArgumentException e) {
          return;
        }
        FlowNode timer = bpmn.getModelElementById(id);
        for (SequenceFlow incoming : timer.getIncoming()) {
          if (!(incoming.getSource() instanceof Gateway gateway)) {
            continue;
          }
          String deadlineTimer = null;
          for (SequenceFlow outgoing : gateway.getOutgoing()) {
            String target = outgoing.getTarget().getId();
            String date = model.timeDates.get(target);
            if (!target.equals(id) && date != null && names(date, kind) && !REMINDER.matcher(date).find()) {
              deadlineTimer = target;
            }
          }
          ModelElementInstance parent = timer.getParentElement();
          model.loops.add(new Loop(kind, gateway.getId(), id, deadlineTimer, parent instanceof SubProcess sub ? sub.getId() : null));
          model.loopTimers.add(id);
          if (deadlineTimer != null) {
            model.loopTimers.add(deadlineTimer);
          }
        }
      });
      return model;
    }

    private static Optional<String> property(BaseElement element, String name) {
      ExtensionElements extensions = element.getExtensionElements();
      if (extensions == null) {
        return Optional.empty();
      }
      for (CamundaProperties properties : extensions.getChildElementsByType(CamundaProperties.class)) {
        for (CamundaProperty property : properties.getCamundaProperties()) {
          if (name.equals(property.getCamundaName()) && property.getCamundaValue() != null) {
            return Optional.of(property.getCamundaValue());
          }
        }
      }
      return Optional.empty();
    }
  }
}
