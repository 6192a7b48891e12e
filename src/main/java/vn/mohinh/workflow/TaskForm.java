package vn.mohinh.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * How a Camunda Form in Tasklist meets the domain, for task listeners and delegates.
 *
 * <p>When a task is created, every field of its form (and what the form only shows) is set as a
 * task-local variable. Tasklist's {@code submit-form} then writes the submitted values onto the task,
 * never into the process, and the complete listener reads them, checks them and hands them to the
 * domain. A REST client that uses {@code complete} instead puts its values on the process; they are
 * taken from there and removed. Form field names are never the names of the process's own variables
 * (year, unit, ids, decisions), so a submission cannot overwrite them.
 *
 * <p>Reading is tolerant of how the value arrives (text, number, JSON), and strict about what it
 * accepts: {@link Reader} collects every problem and throws them together.
 */
public final class TaskForm {

  private static final ObjectMapper JSON = new ObjectMapper();

  private TaskForm() {}

  /** Sets every entry as a task-local variable; lists and maps become JSON (select options, tables). */
  public static void show(DelegateTask task, Map<String, ?> variables) {
    variables.forEach((name, value) -> task.setVariableLocal(name, jsonIfNeeded(value)));
  }

  /** The submitted value of a field of the task's form (null when not given). */
  public static Object submitted(DelegateTask task, String key) {
    Object local = task.getVariableLocal(key);
    DelegateExecution execution = task.getExecution();
    if (execution != null && execution.hasVariable(key)) {
      Object fromProcess = execution.getVariable(key);
      execution.removeVariable(key);
      if (local == null) {
        local = fromProcess;
      }
    }
    return plain(local);
  }

  /** The submitted values of a start form (they are variables of the new process instance). */
  public static Object started(VariableScope execution, String key) {
    return plain(execution.getVariable(key));
  }

  /** Reads a task's submission field by field, collecting problems. */
  public static Reader read(DelegateTask task) {
    return new Reader(key -> submitted(task, key));
  }

  /** Reads a start form's submission (the new instance's variables). */
  public static Reader readStart(VariableScope execution) {
    return new Reader(key -> started(execution, key));
  }

  /** Collects the values of a form and every problem with them. */
  public static final class Reader {

    private final java.util.function.Function<String, Object> source;
    private final List<String> problems = new ArrayList<>();

    Reader(java.util.function.Function<String, Object> source) {
      this.source = source;
    }

    public Object raw(String key) {
      return source.apply(key);
    }

    /** A text; blank is null. Longer than {@code maxLength} is a problem. */
    public String text(String key, String label, boolean required, int maxLength) {
      Object value = raw(key);
      String text = value == null ? null : value.toString().strip();
      if (text != null && text.isEmpty()) {
        text = null;
      }
      if (text == null) {
        if (required) {
          problems.add("Chưa nhập " + label);
        }
        return null;
      }
      if (text.length() > maxLength) {
        problems.add(label + " dài quá " + maxLength + " ký tự");
        return null;
      }
      return text;
    }

    /** One of the allowed values (a select or radio). */
    public String choice(String key, String label, boolean required, Collection<String> allowed) {
      String value = text(key, label, required, 200);
      if (value != null && !allowed.contains(value)) {
        problems.add(label + ": lựa chọn '" + value + "' không hợp lệ");
        return null;
      }
      return value;
    }

    /** A whole number between min and max. */
    public Integer integer(String key, String label, boolean required, int min, int max) {
      Object value = raw(key);
      if (value == null || value.toString().isBlank()) {
        if (required) {
          problems.add("Chưa nhập " + label);
        }
        return null;
      }
      long number;
      try {
        if (value instanceof Number n) {
          if (n.doubleValue() != Math.rint(n.doubleValue())) {
            throw new NumberFormatException();
          }
          number = n.longValue();
        } else {
          number = Long.parseLong(value.toString().strip());
        }
      } catch (NumberFormatException e) {
        problems.add(label + " phải là một số nguyên");
        return null;
      }
      if (number < min || number > max) {
        problems.add(label + " phải từ " + min + " đến " + max);
        return null;
      }
      return (int) number;
    }

    /** A date as the form's date picker gives it ({@code 2026-03-15}). */
    public LocalDate date(String key, String label, boolean required) {
      String text = text(key, label, required, 40);
      if (text == null) {
        return null;
      }
      try {
        return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
      } catch (DateTimeException e) {
        problems.add(label + ": ngày không hợp lệ '" + text + "' (dạng năm-tháng-ngày, ví dụ 2026-03-15)");
        return null;
      }
    }

    /** A list of names typed in a text field (separated by commas, semicolons or spaces) or a JSON array. */
    public List<String> names(String key, String label, boolean required, int maxItems) {
      Object value = raw(key);
      List<String> items = new ArrayList<>();
      if (value instanceof Collection<?> collection) {
        collection.stream().filter(v -> v != null).map(v -> v.toString().strip()).forEach(items::add);
      } else if (value != null) {
        String text = value.toString().strip();
        if (text.startsWith("[")) {
          try {
            for (Object item : JSON.readValue(text, List.class)) {
              if (item != null) {
                items.add(item.toString().strip());
              }
            }
          } catch (JsonProcessingException e) {
            problems.add(label + ": danh sách không hợp lệ");
            return List.of();
          }
        } else {
          for (String item : text.split("[,;\\s]+")) {
            items.add(item);
          }
        }
      }
      List<String> distinct = items.stream().filter(s -> !s.isBlank()).distinct().toList();
      if (distinct.isEmpty() && required) {
        problems.add("Chưa nhập " + label);
      }
      if (distinct.size() > maxItems) {
        problems.add(label + ": nhiều nhất " + maxItems + " người");
        return List.of();
      }
      return distinct;
    }

    public void problem(String problem) {
      problems.add(problem);
    }

    public boolean hasProblems() {
      return !problems.isEmpty();
    }

    /** Throws every problem collected so far, if any. */
    public void check() {
      if (!problems.isEmpty()) {
        throw new FormInputException(problems);
      }
    }
  }

  /** Removes the given task-local variables (what the form only showed) once the task is done. */
  public static void forget(DelegateTask task, Set<String> keys) {
    keys.forEach(task::removeVariableLocal);
  }

  static Object jsonIfNeeded(Object value) {
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
  static Object plain(Object value) {
    if (value != null && value.getClass().getName().startsWith("org.camunda.spin.")) {
      return value.toString();
    }
    return value;
  }

  /** Select options as form-js reads them from a variable ({@code valuesKey}). */
  public static List<Map<String, String>> options(Map<String, String> valueToLabel) {
    List<Map<String, String>> options = new ArrayList<>();
    valueToLabel.forEach((value, label) -> {
      Map<String, String> option = new LinkedHashMap<>();
      option.put("value", value);
      option.put("label", label);
      options.add(option);
    });
    return options;
  }
}
