package vn.mohinh.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.form.FormData;
import org.camunda.bpm.engine.form.FormField;
import org.camunda.bpm.engine.form.FormFieldValidationConstraint;
import org.camunda.bpm.engine.form.StartFormData;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinitionQuery;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a submission is checked against, read from the engine without the user's authorization
 * (the user may not read the form resource or all variables, but their submission must still be
 * checked against them): the task's (or process definition's start) Camunda Form, or the
 * generated form fields of the BPMN, and the variables the task sees now.
 */
public class SubmissionForms {

  private static final Logger LOG = LoggerFactory.getLogger(SubmissionForms.class);

  /** A task or process definition to submit to. */
  public record Target(FormSchema form, Map<String, Object> variables) {}

  /** Whether the target exists and the user may see it. */
  public enum Access { FOUND, NOT_FOUND, NOT_VISIBLE }

  public record Lookup(Access access, Target target) {}

  private final TaskService tasks;
  private final FormService forms;
  private final RepositoryService repository;
  private final EngineIdentity engineIdentity;
  private final ObjectMapper mapper;
  private final ZoneId zone;

  public SubmissionForms(
      TaskService tasks, FormService forms, RepositoryService repository, IdentityService identity, ObjectMapper mapper,
      ZoneId zone) {
    this.tasks = tasks;
    this.forms = forms;
    this.repository = repository;
    this.engineIdentity = new EngineIdentity(identity);
    this.mapper = mapper;
    this.zone = zone;
  }

  public Lookup task(String taskId, CurrentUser user) {
    Task task = asSystem(() -> tasks.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult());
    if (task == null) {
      return new Lookup(Access.NOT_FOUND, null);
    }
    long visible = asUser(user, () -> tasks.createTaskQuery().taskId(taskId).count());
    if (visible == 0) {
      return new Lookup(Access.NOT_VISIBLE, null);
    }
    return asSystem(() -> {
      FormSchema form;
      if (task.getCamundaFormRef() != null || startsWith(task.getFormKey(), "camunda-forms:")) {
        form = deployed(() -> forms.getDeployedTaskForm(taskId), "task " + taskId);
      } else {
        form = generated(forms.getTaskFormData(taskId));
      }
      VariableMap variables;
      try {
        variables = tasks.getVariablesTyped(taskId, true);
      } catch (RuntimeException e) {
        variables = tasks.getVariablesTyped(taskId, false); // a value that cannot be deserialized stays opaque
      }
      return new Lookup(Access.FOUND, new Target(form, plain(variables)));
    });
  }

  public Lookup start(String definitionId, String key, String tenantId, CurrentUser user) {
    ProcessDefinition definition = asSystem(() -> definition(definitionId, key, tenantId));
    if (definition == null) {
      return new Lookup(Access.NOT_FOUND, null);
    }
    long visible =
        asUser(user, () -> repository.createProcessDefinitionQuery().processDefinitionId(definition.getId()).count());
    if (visible == 0) {
      return new Lookup(Access.NOT_VISIBLE, null);
    }
    return asSystem(() -> {
      StartFormData data = forms.getStartFormData(definition.getId());
      FormSchema form;
      if (data != null && (data.getCamundaFormRef() != null || startsWith(data.getFormKey(), "camunda-forms:"))) {
        form = deployed(() -> forms.getDeployedStartForm(definition.getId()), "process " + definition.getKey());
      } else {
        form = generated(data);
      }
      return new Lookup(Access.FOUND, new Target(form, Map.of()));
    });
  }

  private ProcessDefinition definition(String definitionId, String key, String tenantId) {
    ProcessDefinitionQuery query = repository.createProcessDefinitionQuery();
    if (definitionId != null) {
      return query.processDefinitionId(definitionId).singleResult();
    }
    query.processDefinitionKey(key).latestVersion();
    if (tenantId != null) {
      query.tenantIdIn(tenantId);
    } else {
      query.withoutTenantId();
    }
    return query.singleResult();
  }

  private FormSchema deployed(Supplier<InputStream> resource, String what) {
    try (InputStream in = resource.get()) {
      return FormSchema.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), mapper);
    } catch (IOException | RuntimeException e) {
      // A form that cannot be read asks for nothing: the submission can carry no variables.
      LOG.warn("The Camunda Form of {} cannot be read: {}", what, e.getMessage());
      return FormSchema.empty();
    }
  }

  /** The generated form fields of a BPMN ({@code camunda:formField}), as a form schema. */
  FormSchema generated(FormData data) {
    if (data == null || data.getFormFields() == null || data.getFormFields().isEmpty()) {
      return FormSchema.empty();
    }
    ObjectNode form = mapper.createObjectNode();
    ArrayNode components = form.putArray("components");
    for (FormField field : data.getFormFields()) {
      ObjectNode c = components.addObject();
      c.put("key", field.getId());
      c.put("label", field.getLabel() == null || field.getLabel().isBlank() ? field.getId() : field.getLabel());
      String type = field.getTypeName() == null ? "string" : field.getTypeName();
      switch (type) {
        case "long" -> c.put("type", "number").put("decimalDigits", 0);
        case "boolean" -> c.put("type", "checkbox");
        case "enum" -> {
          c.put("type", "select");
          ArrayNode values = c.putArray("values");
          Object enumValues = field.getType().getInformation("values");
          if (enumValues instanceof Map<?, ?> m) {
            m.forEach((k, v) -> values.addObject().put("value", String.valueOf(k)).put("label", String.valueOf(v)));
          }
        }
        default -> c.put("type", "textfield");
      }
      ObjectNode validate = c.putObject("validate");
      for (FormFieldValidationConstraint constraint : field.getValidationConstraints()) {
        Object config = constraint.getConfiguration();
        switch (constraint.getName()) {
          case "required" -> validate.put("required", true);
          case "readonly" -> c.put("readonly", true);
          case "minlength" -> validate.put("minLength", Integer.parseInt(String.valueOf(config)));
          case "maxlength" -> validate.put("maxLength", Integer.parseInt(String.valueOf(config)));
          case "min" -> validate.put("min", new java.math.BigDecimal(String.valueOf(config)));
          case "max" -> validate.put("max", new java.math.BigDecimal(String.valueOf(config)));
          default -> { }
        }
      }
    }
    return FormSchema.parse(form);
  }

  /** Variables as plain Java values, as a Camunda Form sees them (JSON as maps and lists, dates as ISO text). */
  Map<String, Object> plain(VariableMap variables) {
    Map<String, Object> result = new LinkedHashMap<>();
    for (String name : variables.keySet()) {
      result.put(name, plainValue(variables.getValueTyped(name)));
    }
    return result;
  }

  private Object plainValue(TypedValue value) {
    if (value == null || value.getValue() == null) {
      return null;
    }
    Object v = value.getValue();
    try {
      if (value instanceof JsonValue) {
        return SubmissionValidator.plain(mapper.readTree(v.toString()));
      }
      if (value instanceof SerializableValue serializable) {
        if ("application/json".equals(serializable.getSerializationDataFormat())) {
          return SubmissionValidator.plain(mapper.valueToTree(v));
        }
        return null;
      }
    } catch (IOException | RuntimeException e) {
      return null;
    }
    if (v instanceof Date date) {
      return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(date.toInstant().atZone(zone));
    }
    if (v instanceof String || v instanceof Number || v instanceof Boolean) {
      return v;
    }
    return null;
  }

  private <T> T asSystem(Supplier<T> work) {
    return engineIdentity.asSystem(work);
  }

  private <T> T asUser(CurrentUser user, Supplier<T> work) {
    return engineIdentity.asUser(user, work);
  }

  private static boolean startsWith(String s, String prefix) {
    return s != null && s.startsWith(prefix);
  }
}
