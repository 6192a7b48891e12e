package vn.mohinh.webapp;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.mohinh.organization.OrganizationDirectory;
import vn.mohinh.organization.Unit;

/**
 * Puts the unit and the year on every user task as task variables ({@value TasklistFilters#VAR_UNIT_NAME},
 * {@value TasklistFilters#VAR_YEAR}), which the saved filters show on each task of the list.
 *
 * <p>Tasklist shows a filter's variables from a variable-instance query, which authorization
 * limits to what the person may read: a unit's people read their tasks (the candidate group's
 * task authorization) but not the process instances, so process variables would not show for
 * them. A copy on the task itself does. The copies are made when the task is created, after the
 * task's own create listeners, from the process variables {@code year} and {@code unitCode} (or
 * {@code unitName}); a task without them gets none.
 */
@Component
public class TaskCardVariables extends AbstractProcessEnginePlugin {

  /** The process variable naming the unit a task is about. */
  public static final String UNIT_CODE = "unitCode";

  private final ObjectProvider<OrganizationDirectory> directory;

  public TaskCardVariables(ObjectProvider<OrganizationDirectory> directory) {
    this.directory = directory;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new java.util.ArrayList<>());
    }
    TaskListener listener = this::copy;
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
          behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, listener);
        }
      }
    });
  }

  void copy(DelegateTask task) {
    Object year = task.getVariable(TasklistFilters.VAR_YEAR);
    if (year != null && !task.hasVariableLocal(TasklistFilters.VAR_YEAR)) {
      task.setVariableLocal(TasklistFilters.VAR_YEAR, year);
    }
    if (!task.hasVariableLocal(TasklistFilters.VAR_UNIT_NAME)) {
      String unitName = unitName(task);
      if (unitName != null) {
        task.setVariableLocal(TasklistFilters.VAR_UNIT_NAME, unitName);
      }
    }
  }

  private String unitName(DelegateTask task) {
    if (task.getVariable(TasklistFilters.VAR_UNIT_NAME) instanceof String name && !name.isBlank()) {
      return name;
    }
    if (task.getVariable(UNIT_CODE) instanceof String code) {
      OrganizationDirectory units = directory.getIfAvailable();
      return units == null ? null : units.unit(code).map(Unit::displayName).orElse(null);
    }
    return null;
  }
}
