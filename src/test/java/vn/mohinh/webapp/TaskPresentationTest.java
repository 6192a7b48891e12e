package vn.mohinh.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Every user task, as the application's engine creates it: a name that fits, the unit and the year as task variables. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TaskPresentationTest {

  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;

  @Test
  void aTaskNamedAfterAVeryLongModelIsCreatedWithAShortenedName() {
    String deployment =
        repository.createDeployment()
            .addModelInstance("long-name.bpmn",
                Bpmn.createExecutableProcess("Process_LongTaskName").camundaHistoryTimeToLive(1).startEvent()
                    .userTask("Task_WriteLongReport")
                    .name("Báo cáo kết quả mô hình năm ${year} – ${model} – Chi bộ Văn phòng – Đảng bộ Sở Tài chính")
                    .camundaCandidateGroups("unit-stc-vp")
                    .endEvent().done())
            .deploy().getId();
    try {
      String instance =
          runtime.startProcessInstanceByKey("Process_LongTaskName",
              Map.of("year", 2026, "unitCode", "stc-vp", "model", "Mô hình rất dài ".repeat(31))).getId();
      Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();

      assertThat(task.getName()).hasSizeLessThanOrEqualTo(255)
          .startsWith("Báo cáo kết quả mô hình năm 2026 – Mô hình rất dài")
          .endsWith("… – Chi bộ Văn phòng – Đảng bộ Sở Tài chính");
      assertThat(history.createHistoricTaskInstanceQuery().taskId(task.getId()).singleResult().getName()).isEqualTo(task.getName());
      assertThat(tasks.getVariablesLocal(task.getId()))
          .containsEntry(TasklistFilters.VAR_YEAR, 2026)
          .containsEntry(TasklistFilters.VAR_UNIT_NAME, "Chi bộ Văn phòng – Đảng bộ Sở Tài chính");
    } finally {
      repository.deleteDeployment(deployment, true);
    }
  }

  @Test
  void fitShortensTheLongestPart() {
    assertThat(TaskPresentation.fit("ngắn", 255)).isEqualTo("ngắn");
    String fitted = TaskPresentation.fit("Đánh giá năm 2026 – " + "x".repeat(300) + " – Chi bộ A", 100);
    assertThat(fitted).hasSizeLessThanOrEqualTo(100).startsWith("Đánh giá năm 2026 – xxx").endsWith("x… – Chi bộ A");
    assertThat(TaskPresentation.fit("y".repeat(300), 100)).hasSize(100).endsWith("…");
  }
}
