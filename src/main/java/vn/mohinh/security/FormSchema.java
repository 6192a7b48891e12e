package vn.mohinh.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a Camunda Form asks for, as the shape of the data it submits: the keyed fields (by their
 * value path: {@code key}, dotted keys and group {@code path}s nest, a dynamic list is a list of
 * objects) with their type, label, validation and conditions. Parsed from the {@code .form} JSON;
 * components that hold no data (text, html, image, spacer, table, …) are left out.
 */
public final class FormSchema {

  /** Components whose value is submitted under their {@code key}. */
  static final Set<String> KEYED_TYPES =
      Set.of("textfield", "textarea", "number", "datetime", "checkbox", "checklist", "radio", "select", "taglist",
          "expression", "filepicker");

  private final String id;
  private final ObjectShape root;

  FormSchema(String id, ObjectShape root) {
    this.id = id;
    this.root = root;
  }

  public String id() {
    return id;
  }

  public ObjectShape root() {
    return root;
  }

  /** A form that asks for nothing (a task without a form): every submitted variable is refused. */
  public static FormSchema empty() {
    return new FormSchema(null, new ObjectShape(null, List.of()));
  }

  public static FormSchema parse(String json, ObjectMapper mapper) {
    try {
      return parse(mapper.readTree(json));
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("Not a Camunda Form (JSON): " + e.getMessage(), e);
    }
  }

  public static FormSchema parse(JsonNode form) {
    if (form == null || !form.isObject()) {
      throw new IllegalArgumentException("Not a Camunda Form: the root is not an object");
    }
    ObjectShape root = new ObjectShape(null, List.of());
    walk(form.path("components"), root, List.of());
    return new FormSchema(text(form, "id"), root);
  }

  private static void walk(JsonNode components, ObjectShape target, List<String> hides) {
    if (!components.isArray()) {
      return;
    }
    for (JsonNode component : components) {
      String type = text(component, "type");
      List<String> chain = withHide(hides, component);
      if ("group".equals(type)) {
        ObjectShape into = target;
        String path = text(component, "path");
        if (path != null && !path.isBlank()) {
          into = target.objectAt(segments(path), label(component, path), chain);
        }
        walk(component.path("components"), into, into == target ? chain : List.of());
      } else if ("dynamiclist".equals(type)) {
        String path = text(component, "path");
        if (path == null || path.isBlank()) {
          continue;
        }
        List<String> segments = segments(path);
        ObjectShape item = new ObjectShape(label(component, path), List.of());
        walk(component.path("components"), item, List.of());
        ObjectShape parent = target.objectAt(segments.subList(0, segments.size() - 1), null, List.of());
        parent.put(segments.get(segments.size() - 1), new ListShape(label(component, path), item, chain));
      } else if (component.hasNonNull("key") && (type == null || KEYED_TYPES.contains(type) || !isLayout(type))) {
        String key = text(component, "key");
        List<String> segments = segments(key);
        ObjectShape parent = target.objectAt(segments.subList(0, segments.size() - 1), null, List.of());
        parent.put(segments.get(segments.size() - 1), field(component, type, chain));
      }
    }
  }

  private static boolean isLayout(String type) {
    return Set.of("text", "html", "image", "button", "spacer", "separator", "iframe", "table", "documentPreview",
        "default").contains(type);
  }

  private static Field field(JsonNode c, String type, List<String> hides) {
    JsonNode validate = c.path("validate");
    List<JsonNode> options = new ArrayList<>();
    if (c.path("values").isArray()) {
      c.path("values").forEach(options::add);
    }
    JsonNode readonly = c.get("readonly");
    return new Field(
        text(c, "key"),
        label(c, text(c, "key")),
        type == null ? "textfield" : type,
        validate.path("required").asBoolean(false),
        validate.get("minLength"),
        validate.get("maxLength"),
        validate.get("min"),
        validate.get("max"),
        text(validate, "pattern"),
        text(validate, "validationType"),
        Collections.unmodifiableList(options),
        text(c, "valuesKey"),
        text(c, "valuesExpression"),
        List.copyOf(hides),
        readonly != null && (readonly.isBoolean() || readonly.isTextual()) ? readonly : null,
        c.path("disabled").asBoolean(false),
        text(c, "subtype"),
        c.get("defaultValue"),
        c.hasNonNull("decimalDigits") ? c.get("decimalDigits").asInt() : null,
        c.path("serializeToString").asBoolean(false),
        text(c, "expression"),
        c.path("disallowPassedDates").asBoolean(false));
  }

  private static List<String> withHide(List<String> hides, JsonNode component) {
    String hide = text(component.path("conditional"), "hide");
    if (hide == null || hide.isBlank()) {
      return hides;
    }
    List<String> chain = new ArrayList<>(hides);
    chain.add(hide);
    return List.copyOf(chain);
  }

  /** The label people see; a templated label ("=…", "{{…}}") falls back to the key. */
  private static String label(JsonNode c, String fallback) {
    String label = text(c, "label");
    if (label == null || label.isBlank() || label.startsWith("=") || label.contains("{{")) {
      return fallback;
    }
    return label.strip();
  }

  static List<String> segments(String path) {
    List<String> segments = new ArrayList<>();
    for (String s : path.split("\\.")) {
      if (!s.isBlank()) {
        segments.add(s.strip());
      }
    }
    if (segments.isEmpty()) {
      throw new IllegalArgumentException("Empty key or path in the form");
    }
    return segments;
  }

  private static String text(JsonNode node, String name) {
    JsonNode value = node == null ? null : node.get(name);
    return value == null || value.isNull() ? null : value.asText();
  }

  /** A node of the data shape. */
  public sealed interface Node permits Field, ObjectShape, ListShape {
    /** How people name it in messages. */
    String label();

    /** {@code conditional.hide} expressions of the node and its enclosing groups. */
    List<String> hides();
  }

  /**
   * A keyed form field. Validation values that may be FEEL expressions (min, max, minLength,
   * maxLength) are kept as JSON and resolved when validating.
   */
  public record Field(
      String key,
      String label,
      String type,
      boolean required,
      JsonNode minLength,
      JsonNode maxLength,
      JsonNode min,
      JsonNode max,
      String pattern,
      String validationType,
      List<JsonNode> options,
      String valuesKey,
      String valuesExpression,
      List<String> hides,
      JsonNode readonly,
      boolean disabled,
      String subtype,
      JsonNode defaultValue,
      Integer decimalDigits,
      boolean serializeToString,
      String expression,
      boolean disallowPassedDates)
      implements Node {

    public boolean hasOptions() {
      return Set.of("select", "radio", "checklist", "taglist").contains(type);
    }

    public boolean isList() {
      return "checklist".equals(type) || "taglist".equals(type);
    }
  }

  /** An object: the form's top level, a group with a path, a dotted key's prefix, an item of a dynamic list. */
  public static final class ObjectShape implements Node {
    private final String label;
    private final List<String> hides;
    private final Map<String, Node> children = new LinkedHashMap<>();

    ObjectShape(String label, List<String> hides) {
      this.label = label;
      this.hides = hides;
    }

    @Override
    public String label() {
      return label;
    }

    @Override
    public List<String> hides() {
      return hides;
    }

    public Map<String, Node> children() {
      return Collections.unmodifiableMap(children);
    }

    void put(String key, Node node) {
      Node existing = children.get(key);
      if (existing instanceof ObjectShape && node instanceof ObjectShape) {
        return;
      }
      children.put(key, node);
    }

    ObjectShape objectAt(List<String> path, String label, List<String> hides) {
      ObjectShape current = this;
      for (int i = 0; i < path.size(); i++) {
        boolean last = i == path.size() - 1;
        Node next = current.children.get(path.get(i));
        ObjectShape shape;
        if (next instanceof ObjectShape existing) {
          shape = existing;
        } else {
          shape = new ObjectShape(last && label != null ? label : path.get(i), last ? hides : List.of());
          current.children.put(path.get(i), shape);
        }
        current = shape;
      }
      return current;
    }
  }

  /** A dynamic list: a list of objects of the same shape. */
  public record ListShape(String label, ObjectShape item, List<String> hides) implements Node {}
}
