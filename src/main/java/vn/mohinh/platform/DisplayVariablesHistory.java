package vn.mohinh.platform;

import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricVariableInstanceEntity;
import org.springframework.stereotype.Component;

/**
 * Keeps the {@linkplain DisplayVariables display variables} of tasks out of the history: their
 * creation and the updates made while a listener shows a form write no {@code ACT_HI_VARINST} row,
 * no {@code ACT_HI_DETAIL} row and no history byte array; their removal ({@code removeVariableLocal};
 * the engine deletes an ended task's variables without history events) writes nothing either unless
 * the variable has a history row, i.e. unless a user submitted a value over it. Every other history event (process variables, submitted values, form properties,
 * activities, tasks, operation log) goes to the engine's handler as before, and the history level
 * stays {@code full} (its id is stored in the database).
 *
 * <p>The handler is wrapped after the engine's configuration is initialised, so it keeps whatever
 * handlers the configuration built (the default database handler and any custom one).
 */
@Component
public class DisplayVariablesHistory extends AbstractProcessEnginePlugin {

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    HistoryEventHandler handler = configuration.getHistoryEventHandler();
    if (handler != null && !(handler instanceof Filter)) {
      configuration.setHistoryEventHandler(new Filter(handler));
    }
  }

  /** The engine's history event handler without the events of display variables. */
  public static final class Filter implements HistoryEventHandler {
    private final HistoryEventHandler next;

    public Filter(HistoryEventHandler next) {
      this.next = next;
    }

    @Override
    public void handleEvent(HistoryEvent event) {
      if (!skipped(event)) {
        next.handleEvent(event);
      }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
      for (HistoryEvent event : events) {
        handleEvent(event);
      }
    }

    static boolean skipped(HistoryEvent event) {
      if (!(event instanceof HistoricVariableUpdateEventEntity variable) || variable.getTaskId() == null) {
        return false;
      }
      if (variable.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_CREATE)
          || variable.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE)) {
        return DisplayVariables.beingWritten();
      }
      if (variable.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_DELETE)) {
        // the engine's handler reads this row too (from the same cache) to mark it deleted
        return Context.getCommandContext().getDbEntityManager()
            .selectById(HistoricVariableInstanceEntity.class, variable.getVariableInstanceId()) == null;
      }
      return false;
    }
  }
}
