package vn.mohinh.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a form shows is not history, what a user submits is: the display variables a create
 * listener sets through {@link TaskForms#show} leave no row in the history tables, while the
 * values submitted over them, the process variables and task variables set in any other way are
 * recorded as before.
 */
class DisplayVariablesHistoryTest {

  @RegisterExtension
  ProcessEngineExtension extension = ProcessEngineExtension.builder().build();

  ProcessEngine engine;
  Deployment deployment;

  @BeforeEach
  void deploy() {
    engine = extension.getProcessEngine();
    TaskListener show = task -> {
      Map<String, Object> shown = new LinkedHashMap<>();
      shown.put("shownUnitName", "Chi bộ Văn phòng");
      shown.put("shownRows", List.of(Map.of("tt", 1, "model", "Dân vận khéo")));
      shown.put("decision", null);
      shown.put("comment", "Góp ý lần trước");
      TaskForms.show(task, shown);
    };
    Mocks.register("showForm", show);
    BpmnModelInstance model = Bpmn.createExecutableProcess("Process_DisplayHistory")
        .startEvent()
        .userTask("Task_Decide").camundaTaskListenerExpression(TaskListener.EVENTNAME_CREATE, "${showForm.notify(task)}")
        .endEvent()
        .done();
    deployment = engine.getRepositoryService().createDeployment().addModelInstance("display-history.bpmn", model).deploy();
  }

  @AfterEach
  void undeploy() {
    engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
    Mocks.reset();
  }

  @Test
  void theFormShowsItsValuesButTheHistoryKeepsOnlyWhatWasSubmitted() {
    ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("Process_DisplayHistory", Map.of("year", 2027));
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(engine.getTaskService().getVariablesLocal(task.getId()))
        .containsEntry("shownUnitName", "Chi bộ Văn phòng")
        .containsEntry("comment", "Góp ý lần trước")
        .containsKeys("shownRows", "decision");
    assertThat(historicNames(instance)).containsExactly("year");
    engine.getTaskService().setVariableLocal(task.getId(), "note", "ghi chú");

    engine.getFormService().submitTaskForm(task.getId(), Map.of("decision", "APPROVE", "comment", "Đồng ý", "extra", "x"));

    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isZero();
    assertThat(historicNames(instance)).containsExactlyInAnyOrder("year", "note", "decision", "comment", "extra");
    assertThat(historic(instance, "decision").getValue()).isEqualTo("APPROVE");
    assertThat(historic(instance, "decision").getTaskId()).isEqualTo(task.getId());
    assertThat(historic(instance, "comment").getValue()).isEqualTo("Đồng ý");
    assertThat(historic(instance, "note").getValue()).isEqualTo("ghi chú");
    assertThat(historic(instance, "extra").getValue()).isEqualTo("x");
    assertThat(engine.getHistoryService().createHistoricDetailQuery().processInstanceId(instance.getId()).variableUpdates().list())
        .extracting(d -> ((HistoricVariableUpdate) d).getVariableName())
        .doesNotContain("shownUnitName", "shownRows")
        .contains("decision", "comment", "note", "year", "extra");
    // the submitted form itself (history level full: a form property per submitted field)
    assertThat(engine.getHistoryService().createHistoricDetailQuery().processInstanceId(instance.getId()).formFields().count())
        .isEqualTo(3);
  }

  @Test
  void aDisplayVariableRemovedLaterLeavesNoHistoryAndARecordedOneIsMarkedDeleted() {
    ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("Process_DisplayHistory", Map.of("year", 2027));
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    engine.getTaskService().setVariableLocal(task.getId(), "comment", "sửa");

    engine.getTaskService().removeVariablesLocal(task.getId(), List.of("shownUnitName", "comment"));

    assertThat(historicNames(instance)).containsExactlyInAnyOrder("year", "comment");
    assertThat(historic(instance, "comment").getState()).isEqualTo(HistoricVariableInstance.STATE_DELETED);
    assertThat(engine.getHistoryService().createHistoricDetailQuery().processInstanceId(instance.getId()).variableUpdates().list())
        .extracting(d -> ((HistoricVariableUpdate) d).getVariableName())
        .containsExactlyInAnyOrder("year", "comment", "comment");
  }

  @Test
  void aTaskThatEndsUnsubmittedLeavesNoHistoryOfWhatItShowed() {
    ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("Process_DisplayHistory", Map.of("year", 2027));
    engine.getRuntimeService().deleteProcessInstance(instance.getId(), "test");
    assertThat(historicNames(instance)).containsExactly("year");
    assertThat(engine.getHistoryService().createHistoricDetailQuery().processInstanceId(instance.getId()).count()).isEqualTo(1);
  }

  private List<String> historicNames(ProcessInstance instance) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery().includeDeleted().processInstanceId(instance.getId()).list().stream()
        .map(HistoricVariableInstance::getName)
        .toList();
  }

  private HistoricVariableInstance historic(ProcessInstance instance, String name) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery().includeDeleted().processInstanceId(instance.getId()).variableName(name).singleResult();
  }
}
