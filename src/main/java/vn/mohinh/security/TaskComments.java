package vn.mohinh.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.rest.dto.task.CommentDto;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.Task;

/**
 * The comments of a task (Tasklist's "Thêm ý kiến" and the task's history tab) for the people who
 * may work on it.
 *
 * <p>The REST API finds a task's comments through the task's history, which needs history
 * permissions: the bloc's offices have them (READ_HISTORY on every process definition); a unit's
 * people must not (Camunda's historic task permissions would also open the history of every
 * variable of a process instance shared with a sister cell). So for a task a user may read now —
 * Camunda's per-task grant to the task's candidate groups — the {@link EngineApiGuard} lists and
 * adds its comments here, in the REST API's own format, with the user as the comment's author.
 * Everything else goes to the engine, which refuses a task the user does not see.
 */
public class TaskComments {

  /** Camunda keeps a comment's message in at most 4,000 characters (ACT_HI_COMMENT.MESSAGE_ is cut). */
  static final int MAX_MESSAGE = 4000;

  private final TaskService tasks;
  private final HistoryService history;
  private final EngineIdentity engineIdentity;
  private final ObjectMapper restJson = JacksonConfigurator.configureObjectMapper(new ObjectMapper());

  public TaskComments(TaskService tasks, HistoryService history, IdentityService identity) {
    this.tasks = tasks;
    this.history = history;
    this.engineIdentity = new EngineIdentity(identity);
  }

  /** The open task, if the user may read it (the engine's authorization decides). */
  Task visibleTask(String taskId, CurrentUser user) {
    return asUser(user, () -> tasks.createTaskQuery().taskId(taskId).singleResult());
  }

  /** Whether the user may read the task's comments and attachments: they see the task now, or its history. */
  boolean mayRead(String taskId, CurrentUser user) {
    return visibleTask(taskId, user) != null
        || asUser(user, () -> history.createHistoricTaskInstanceQuery().taskId(taskId).count()) > 0;
  }

  /** The task's comments as {@code GET /task/{id}/comment} answers them. */
  byte[] list(String taskId) throws IOException {
    List<CommentDto> comments = tasks.getTaskComments(taskId).stream().map(CommentDto::fromComment).toList();
    return restJson.writeValueAsBytes(comments);
  }

  /** The message of a {@code comment/create} body, or null if it has none. */
  String message(byte[] body) {
    try {
      JsonNode root = restJson.readTree(body);
      JsonNode message = root == null ? null : root.get("message");
      return message == null || !message.isTextual() || message.asText().isBlank() ? null : message.asText();
    } catch (IOException e) {
      return null;
    }
  }

  /** Adds the comment to the task (and its process instance), written by the user; answers as the REST API does. */
  byte[] create(Task task, String message, CurrentUser user) throws IOException {
    Comment comment = asUser(user, () -> tasks.createComment(task.getId(), task.getProcessInstanceId(), message));
    return restJson.writeValueAsBytes(CommentDto.fromComment(comment));
  }

  private <T> T asUser(CurrentUser user, Supplier<T> work) {
    return engineIdentity.asUser(user, work);
  }
}
