package vn.mohinh.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What Tasklist shows of every user task of {@code processes/}: its name says the year (and the
 * unit, where the task is a unit's), and its BPMN documentation, which Camunda makes the task's
 * description ("Mô tả" in Tasklist), tells the person in Vietnamese what to do. Technical notes
 * belong to the process's documentation or the listener's Javadoc, not to a user task's. Plain
 * JUnit on the BPMN files.
 */
class TaskTextsTest {

  private static final Pattern VIETNAMESE = Pattern.compile("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern TECHNICAL =
      Pattern.compile("(?i)\\b(the|and|of|is|are|with|on create|on complete)\\b|\\.form\\b|\\bmh_|\\$\\{|#\\{|Task_|Process_");

  private static final Pattern COMPUTED_NAME = Pattern.compile("\\$\\{\\w+\\.\\w*[Nn]ame\\([^}]*\\)\\}");

  record Task(String file, String id, String name, String documentation, String candidateGroups) {
    @Override
    public String toString() {
      return file + "#" + id;
    }
  }

  static List<Task> userTasks() throws IOException {
    List<Task> tasks = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
          String documentation =
              task.getDocumentations().stream().map(Documentation::getTextContent).reduce("", (a, b) -> a + b).strip();
          tasks.add(new Task(file.getFileName().toString(), task.getId(), task.getName(), documentation,
              task.getCamundaCandidateGroups()));
        }
      }
    }
    return tasks;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("userTasks")
  void theNameSaysTheYearAndTheUnit(Task task) {
    if (COMPUTED_NAME.matcher(task.name()).matches()) {
      return; // named by code (e.g. evaluationFlow.evaluationTaskName), which the feature's tests check
    }
    assertThat(task.name()).as(task + " name").contains("${year}");
    if (task.candidateGroups() != null && task.candidateGroups().contains("unitCode")) {
      assertThat(task.name()).as(task + " name of a unit's task").contains("unitCode");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("userTasks")
  void theDescriptionTellsWhatToDoInVietnamese(Task task) {
    assertThat(task.documentation()).as(task + " documentation (the Tasklist description)").isNotBlank().hasSizeLessThan(1000);
    assertThat(VIETNAMESE.matcher(task.documentation()).find()).as(task + ": Vietnamese").isTrue();
    assertThat(TECHNICAL.matcher(task.documentation()).find())
        .as(task + ": no English or technical notes in '" + task.documentation() + "'").isFalse();
  }
}
