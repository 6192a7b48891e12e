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
import vn.mohinh.platform.DisplayVariables;

/**
 * What every user task looks like in Tasklist, applied when the task is created, after the task's
 * own create listeners (a parse listener adds one create listener to every user task):
 *
 * <ul>
 *   <li>its name and description fit the engine's columns (255 and 4000 characters): a name that
 *       quotes a long model name ("… năm 2026 – &lt;model&gt; – &lt;unit&gt;") is shortened in its
 *       longest part, never failing the task's creation;
 *   <li>the unit and the year are task variables ({@value TasklistFilters#VAR_UNIT_NAME},
 *       {@value TasklistFilters#VAR_YEAR}), which the saved filters show on each task of the list.
 * </ul>
 *
 * <p>Tasklist shows a filter's variables from a variable-instance query, which authorization
 * limits to what the person may read: a unit's people read their tasks (the candidate group's
 * task authorization) but not the process instances, so process variables would not show for
 * them. A copy on the task itself does. The copies are made when the task is created, after the
 * task's own create listeners, from the process variables {@code year} and {@code unitCode} (or
 * {@code unitName}); a task without them gets none. The copies have names of their own, so they never
 * shadow a process variable for the task's listeners or forms. They are display variables (no
 * history of their own, see {@link DisplayVariables}).
 */
@Component
public class TaskPresentation extends AbstractProcessEnginePlugin {

  /** The process variables a task's year and unit come from. */
  public static final String YEAR = "year";

  public static final String UNIT_CODE = "unitCode";

  public static final String UNIT_NAME = "unitName";

  private final ObjectProvider<OrganizationDirectory> directory;

  public TaskPresentation(ObjectProvider<OrganizationDirectory> directory) {
    this.directory = directory;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new java.util.ArrayList<>());
    }
    TaskListener listener = this::present;
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
          behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, listener);
        }
      }
    });
  }

  /** ACT_RU_TASK.NAME_ and ACT_HI_TASKINST.NAME_ */
  static final int NAME_LENGTH = 255;

  /** ACT_RU_TASK.DESCRIPTION_ */
  static final int DESCRIPTION_LENGTH = 4000;

  static final String SEPARATOR = " – ";

  void present(DelegateTask task) {
    if (task.getName() != null && task.getName().length() > NAME_LENGTH) {
      task.setName(fit(task.getName(), NAME_LENGTH));
    }
    if (task.getDescription() != null && task.getDescription().length() > DESCRIPTION_LENGTH) {
      task.setDescription(task.getDescription().substring(0, DESCRIPTION_LENGTH - 1) + "…");
    }
    DisplayVariables.write(() -> copyUnitAndYear(task));
  }

  /**
   * The text within the limit: the longest of its parts separated by " – " (the model's name,
   * typically) is shortened with "…", so that the year and the unit stay readable.
   */
  static String fit(String text, int limit) {
    if (text.length() <= limit) {
      return text;
    }
    String[] parts = text.split(SEPARATOR, -1);
    int longest = 0;
    for (int i = 1; i < parts.length; i++) {
      if (parts[i].length() > parts[longest].length()) {
        longest = i;
      }
    }
    int excess = text.length() - limit;
    String part = parts[longest];
    if (part.length() - excess - 1 >= 20) {
      parts[longest] = part.substring(0, part.length() - excess - 1).strip() + "…";
      String fitted = String.join(SEPARATOR, parts);
      if (fitted.length() <= limit) {
        return fitted;
      }
    }
    return text.substring(0, limit - 1) + "…";
  }

  void copyUnitAndYear(DelegateTask task) {
    Object year = task.getVariable(YEAR);
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
    if (task.getVariable(UNIT_NAME) instanceof String name && !name.isBlank()) {
      return name;
    }
    if (task.getVariable(UNIT_CODE) instanceof String code) {
      OrganizationDirectory units = directory.getIfAvailable();
      return units == null ? null : units.unit(code).map(Unit::displayName).orElse(null);
    }
    return null;
  }
}
