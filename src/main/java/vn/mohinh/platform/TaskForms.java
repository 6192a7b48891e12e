package vn.mohinh.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * How Camunda Forms in Tasklist meet the domain, for task listeners.
 *
 * <p>A task's form fields (and what its form only shows) are set as task-local variables when the
 * task is created: Tasklist's {@code submit-form} then writes the submitted values onto the task, not
 * into the process, and the complete listener hands them to the domain. Lists and maps are stored
 * as JSON variables, which Tasklist gives to form-js as arrays and objects (tables, select options).
 * A REST client that completes the task with {@code complete} (variables land in the process) is
 * handled too: its values are taken and removed from the process.
 */
public final class TaskForms {

  private static final ObjectMapper JSON = new ObjectMapper();

  private TaskForms() {}

  /**
   * Sets every entry as a task-local variable; lists and maps become JSON. They are {@linkplain
   * DisplayVariables display variables}: no history of their own (what a user submits over one is
   * recorded).
   */
  public static void show(DelegateTask task, Map<String, ?> variables) {
    DisplayVariables.write(() -> variables.forEach((name, value) -> task.setVariableLocal(name, value(value))));
  }

  /** The submitted values of the form's fields (null when not given). */
  public static Map<String, Object> submitted(DelegateTask task, Collection<String> keys) {
    Map<String, Object> values = new LinkedHashMap<>();
    DelegateExecution execution = task.getExecution();
    for (String key : keys) {
      Object value;
      if (execution != null && execution.hasVariable(key)) {
        value = execution.getVariable(key);
        execution.removeVariable(key);
      } else {
        value = task.getVariableLocal(key);
      }
      values.put(key, plain(value));
    }
    return values;
  }

  public static Object submitted(DelegateTask task, String key) {
    return submitted(task, List.of(key)).get(key);
  }

  /** A submitted list of strings (a checklist): JSON array, Java collection, or comma-separated text. */
  public static List<String> stringList(Object value) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof Collection<?> collection) {
      return collection.stream().filter(v -> v != null).map(Object::toString).toList();
    }
    String text = value.toString().trim();
    if (text.isEmpty()) {
      return List.of();
    }
    if (text.startsWith("[")) {
      try {
        return JSON.readValue(text, new TypeReference<List<Object>>() {}).stream()
            .filter(v -> v != null)
            .map(Object::toString)
            .toList();
      } catch (JsonProcessingException e) {
        throw new InvalidInputException("Danh sách chọn không hợp lệ");
      }
    }
    List<String> items = new ArrayList<>();
    for (String item : text.split(",")) {
      if (!item.isBlank()) {
        items.add(item.trim());
      }
    }
    return items;
  }

  public static String string(Object value) {
    return value == null ? null : value.toString();
  }

  private static Object value(Object value) {
    if (value instanceof Collection<?> || value instanceof Map<?, ?> || value instanceof Record) {
      try {
        return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("Cannot write a form variable as JSON", e);
      }
    }
    return value;
  }

  /** JSON variables (Spin nodes) are handed on as their JSON text. */
  private static Object plain(Object value) {
    if (value != null && value.getClass().getName().startsWith("org.camunda.spin.")) {
      return value.toString();
    }
    return value;
  }
}
