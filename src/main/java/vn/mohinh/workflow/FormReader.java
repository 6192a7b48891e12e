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
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import vn.mohinh.platform.InvalidInputException;
import vn.mohinh.platform.TaskForms;

/**
 * Reads what a person submitted in a Camunda Form, field by field, strictly: each value is checked
 * against what the form asks (required, length, one of the options, a whole number in a range, a
 * date, a list of names) and every problem is collected; {@link #check()} throws them together as an
 * {@link InvalidInputException} (the command rolls back, Tasklist shows the message). Task forms are
 * read with {@link TaskForms#submitted} (the values Tasklist wrote on the task, or a REST client's
 * taken off the process); start forms from the new instance's variables.
 */
public final class FormReader {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Function<String, Object> source;
  private final List<String> problems = new ArrayList<>();

  private FormReader(Function<String, Object> source) {
    this.source = source;
  }

  /** Reads a task's submission. */
  public static FormReader of(DelegateTask task) {
    return new FormReader(key -> TaskForms.submitted(task, key));
  }

  /** Reads a start form's submission (the new instance's variables). */
  public static FormReader ofStart(VariableScope execution) {
    return new FormReader(key -> {
      Object value = execution.getVariable(key);
      return value != null && value.getClass().getName().startsWith("org.camunda.spin.") ? value.toString() : value;
    });
  }

  /** Select options as form-js reads them from a variable ({@code valuesKey}): value → label. */
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

  public Object raw(String key) {
    return source.apply(key);
  }

  /** A ticked checkbox. */
  public boolean ticked(String key) {
    Object value = raw(key);
    return Boolean.TRUE.equals(value) || "true".equals(String.valueOf(value));
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
      throw new InvalidInputException(problems);
    }
  }
}
