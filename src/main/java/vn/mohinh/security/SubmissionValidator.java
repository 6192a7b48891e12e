package vn.mohinh.security;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import vn.mohinh.security.FormSchema.Field;
import vn.mohinh.security.FormSchema.ListShape;
import vn.mohinh.security.FormSchema.Node;
import vn.mohinh.security.FormSchema.ObjectShape;

/**
 * Checks the variables of a submission (the REST API's {@code {"name": {"value", "type",
 * "valueInfo"}}} map, as Tasklist and REST clients send it to {@code submit-form}, {@code complete}
 * and {@code start}) against the Camunda Form the user was asked to fill in.
 *
 * <p>Only the form's keyed fields are accepted, each with the type its component produces
 * (textfield/textarea: text; number: a number; checkbox: true/false; select/radio: one of the
 * options; checklist/taglist: a list of options; datetime: an ISO date, time or date-time; a group
 * with a path or a dotted key: an object; a dynamic list: a list of objects), the form's
 * {@code validate} rules, a global maximum text length and no control characters. A field hidden
 * by its {@code conditional.hide} may be left empty even when required; a read-only or disabled
 * field cannot change its value. Empty fields may be sent as null (Tasklist does), or left out.
 *
 * <p>A plain class: no Spring, no engine. The caller gives the variables the task sees (for
 * options from a variable, read-only fields and conditions) and a FEEL evaluator.
 */
public final class SubmissionValidator {

  /** Types a REST client may name; everything else (Date, Bytes, File, Xml, …) is refused. */
  private static final Set<String> NUMBER_TYPES = Set.of("integer", "long", "short", "double");
  private static final Set<String> SAFE_OBJECT_TYPES =
      Set.of("java.util.ArrayList", "java.util.LinkedList", "java.util.HashMap", "java.util.LinkedHashMap");
  private static final Set<String> DTO_KEYS = Set.of("value", "type", "valueInfo");
  private static final Pattern EMAIL = Pattern.compile("^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$");
  private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ().-]{6,20}$");
  private static final int MAX_LIST_SIZE = 1000;

  private final int maxTextLength;
  private final FeelEvaluator feel;
  private final ZoneId zone;
  private final ObjectMapper json =
      JsonMapper.builder()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  public SubmissionValidator(int maxTextLength, FeelEvaluator feel, ZoneId zone) {
    this.maxTextLength = maxTextLength;
    this.feel = feel == null ? FeelEvaluator.NONE : feel;
    this.zone = zone;
    json.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32).build());
  }

  /**
   * @param form what the form asks for
   * @param variables the submitted {@code variables} object (null: none)
   * @param current the variables the task (or the new instance) sees now, by name
   * @return the first problem found, or empty if the submission is acceptable
   */
  public Optional<InvalidSubmission> validate(FormSchema form, JsonNode variables, Map<String, Object> current) {
    try {
      check(form, variables, current == null ? Map.of() : current);
      return Optional.empty();
    } catch (Refusal refusal) {
      return Optional.of(new InvalidSubmission(refusal.field, refusal.getMessage()));
    }
  }

  private void check(FormSchema form, JsonNode variables, Map<String, Object> current) {
    if (variables == null || variables.isNull()) {
      variables = json.createObjectNode();
    }
    if (!variables.isObject()) {
      throw new Refusal(null, "Dữ liệu gửi lên không đúng định dạng: “variables” phải là một đối tượng JSON.");
    }
    ObjectShape root = form.root();
    Map<String, Object> submitted = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = variables.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String name = entry.getKey();
      Node node = root.children().get(name);
      if (node == null) {
        if (current.containsKey(name)) {
          throw new Refusal(name, "Không được thay đổi dữ liệu “" + name + "” của quy trình: biểu mẫu không có trường này.");
        }
        throw new Refusal(name, "Biểu mẫu của công việc này không có trường “" + name + "”.");
      }
      submitted.put(name, decode(name, node, entry.getValue()));
    }
    Map<String, Object> context = new HashMap<>(current);
    context.putAll(submitted);
    Scope scope = new Scope(context, current);
    for (Map.Entry<String, Node> child : root.children().entrySet()) {
      String name = child.getKey();
      checkNode(child.getValue(), name, submitted.containsKey(name), submitted.get(name), current.get(name),
          current.containsKey(name), Visibility.VISIBLE, scope);
    }
  }

  // ---------------------------------------------------------------- decoding the REST value DTOs

  /** The plain Java value of a submitted variable: String, BigDecimal, Boolean, List, Map or null. */
  private Object decode(String name, Node node, JsonNode dto) {
    String label = node.label() == null ? name : node.label();
    if (dto == null || dto.isNull()) {
      return null;
    }
    if (!dto.isObject()) {
      throw new Refusal(name, "Dữ liệu của trường “" + label + "” không đúng định dạng.");
    }
    for (Iterator<String> it = dto.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!DTO_KEYS.contains(key)) {
        throw new Refusal(name, "Dữ liệu của trường “" + label + "” có thuộc tính không được phép: “" + key + "”.");
      }
    }
    JsonNode value = dto.get("value");
    String type = restType(dto.get("type"));
    checkValueInfo(name, label, type, dto.get("valueInfo"));
    if (type == null) {
      if (value == null || value.isNull()) {
        return null;
      }
      if (value.isTextual() || value.isBoolean()) {
        return value.isTextual() ? value.asText() : value.asBoolean();
      }
      if (value.isNumber()) {
        return value.decimalValue();
      }
      throw new Refusal(name, "Trường “" + label + "” có dữ liệu phức hợp nhưng không ghi kiểu (Json).");
    }
    if (value != null && !value.isNull() && "null".equals(type)) {
      throw new Refusal(name, "Trường “" + label + "” có kiểu Null nhưng lại có giá trị.");
    }
    if (value == null || value.isNull()) {
      return null;
    }
    switch (type) {
      case "string":
        if (!value.isTextual()) {
          throw new Refusal(name, "Trường “" + label + "” phải là văn bản.");
        }
        return value.asText();
      case "boolean":
        if (!value.isBoolean()) {
          throw new Refusal(name, "Trường “" + label + "” phải là Có hoặc Không (true/false).");
        }
        return value.asBoolean();
      case "integer", "long", "short", "double":
        if (!value.isNumber()) {
          throw new Refusal(name, "Trường “" + label + "” phải là một số.");
        }
        BigDecimal number = value.decimalValue();
        if (!fits(type, number)) {
          throw new Refusal(name, "Giá trị của trường “" + label + "” vượt quá giới hạn của kiểu " + type + ".");
        }
        return number;
      case "json", "object":
        if (!value.isTextual()) {
          throw new Refusal(name, "Dữ liệu của trường “" + label + "” phải là chuỗi JSON.");
        }
        checkText(name, label, value.asText(), maxTextLength * 4);
        try {
          return plain(json.readTree(value.asText()));
        } catch (java.io.IOException e) {
          throw new Refusal(name, "Dữ liệu của trường “" + label + "” không phải JSON hợp lệ.");
        }
      default:
        throw new Refusal(name, "Trường “" + label + "” không nhận dữ liệu kiểu “" + dto.get("type").asText() + "”.");
    }
  }

  /** The REST API's type name as the engine reads it (first letter lower case), or null if absent. */
  private static String restType(JsonNode type) {
    if (type == null || type.isNull()) {
      return null;
    }
    String t = type.asText();
    if (t.isEmpty()) {
      return null;
    }
    String name = Character.toLowerCase(t.charAt(0)) + t.substring(1);
    return switch (name) {
      case "string", "boolean", "integer", "long", "short", "double", "null", "json", "object" -> name;
      default -> "unsupported:" + name;
    };
  }

  private static void checkValueInfo(String name, String label, String type, JsonNode info) {
    if (info == null || info.isNull()) {
      if ("object".equals(type)) {
        throw new Refusal(name, "Dữ liệu của trường “" + label + "” thiếu định dạng (valueInfo).");
      }
      return;
    }
    if (!info.isObject()) {
      throw new Refusal(name, "Dữ liệu của trường “" + label + "” không đúng định dạng (valueInfo).");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = info.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      boolean ok =
          switch (e.getKey()) {
            case "transient" -> e.getValue().isBoolean();
            case "serializationDataFormat" -> "object".equals(type) && "application/json".equals(e.getValue().asText());
            case "objectTypeName" -> "object".equals(type) && safeObjectType(e.getValue().asText());
            default -> false;
          };
      if (!ok) {
        throw new Refusal(name, "Dữ liệu của trường “" + label + "” có thông tin kiểu không được phép: “" + e.getKey() + "”.");
      }
    }
    if ("object".equals(type) && (!info.hasNonNull("serializationDataFormat") || !info.hasNonNull("objectTypeName"))) {
      throw new Refusal(name, "Dữ liệu của trường “" + label + "” thiếu định dạng (valueInfo).");
    }
  }

  private static boolean safeObjectType(String typeName) {
    String raw = typeName.contains("<") ? typeName.substring(0, typeName.indexOf('<')) : typeName;
    String params = typeName.contains("<") ? typeName.substring(typeName.indexOf('<')) : "";
    return SAFE_OBJECT_TYPES.contains(raw)
        && params.matches("(<java\\.lang\\.(String|Object)(, ?java\\.lang\\.(String|Object))?>)?");
  }

  private static boolean fits(String type, BigDecimal number) {
    try {
      return switch (type) {
        case "integer" -> {
          number.intValueExact();
          yield true;
        }
        case "short" -> {
          number.shortValueExact();
          yield true;
        }
        case "long" -> {
          number.longValueExact();
          yield true;
        }
        default -> Double.isFinite(number.doubleValue());
      };
    } catch (ArithmeticException e) {
      return false;
    }
  }

  // ---------------------------------------------------------------- checking against the form

  private enum Visibility {
    VISIBLE,
    HIDDEN,
    UNKNOWN;

    Visibility and(Visibility other) {
      if (this == HIDDEN || other == HIDDEN) return HIDDEN;
      if (this == UNKNOWN || other == UNKNOWN) return UNKNOWN;
      return VISIBLE;
    }
  }

  private record Scope(Map<String, Object> data, Map<String, Object> current) {}

  private void checkNode(Node node, String path, boolean present, Object value, Object currentValue,
      boolean currentKnown, Visibility outer, Scope scope) {
    Visibility visibility = outer.and(visibility(node.hides(), scope));
    if (node instanceof Field field) {
      checkField(field, path, value, currentValue, currentKnown, visibility, scope);
    } else if (node instanceof ObjectShape shape) {
      Map<String, Object> map = asMap(path, shape, value);
      Map<String, Object> currentMap = currentValue instanceof Map<?, ?> m ? castMap(m) : Map.of();
      for (String key : map.keySet()) {
        if (!shape.children().containsKey(key)) {
          throw new Refusal(path + "." + key, "Biểu mẫu không có trường “" + key + "” trong “" + labelOf(shape, path) + "”.");
        }
      }
      for (Map.Entry<String, Node> child : shape.children().entrySet()) {
        String key = child.getKey();
        checkNode(child.getValue(), path + "." + key, map.containsKey(key), map.get(key), currentMap.get(key),
            currentMap.containsKey(key), visibility, scope);
      }
    } else if (node instanceof ListShape list) {
      if (value == null) {
        return;
      }
      if (!(value instanceof List<?> items)) {
        throw new Refusal(path, "Trường “" + list.label() + "” phải là một danh sách.");
      }
      if (items.size() > MAX_LIST_SIZE) {
        throw new Refusal(path, "Danh sách “" + list.label() + "” có quá nhiều dòng (tối đa " + MAX_LIST_SIZE + ").");
      }
      for (int i = 0; i < items.size(); i++) {
        checkNode(list.item(), path + "[" + i + "]", true, items.get(i), null, false, visibility, scope);
      }
    }
  }

  private Map<String, Object> asMap(String path, ObjectShape shape, Object value) {
    if (value == null) {
      return Map.of();
    }
    if (!(value instanceof Map<?, ?> m)) {
      throw new Refusal(path, "Trường “" + labelOf(shape, path) + "” phải là một nhóm dữ liệu (đối tượng JSON).");
    }
    return castMap(m);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> castMap(Map<?, ?> m) {
    return (Map<String, Object>) m;
  }

  private static String labelOf(Node node, String path) {
    return node.label() == null ? path : node.label();
  }

  private Visibility visibility(List<String> hides, Scope scope) {
    Visibility result = Visibility.VISIBLE;
    for (String hide : hides) {
      result = result.and(condition(hide, scope));
    }
    return result;
  }

  private Visibility condition(String hide, Scope scope) {
    if (hide == null || hide.isBlank()) {
      return Visibility.VISIBLE;
    }
    try {
      Object hidden = feel.evaluate(hide, scope.data());
      return Boolean.TRUE.equals(hidden) ? Visibility.HIDDEN : Visibility.VISIBLE;
    } catch (RuntimeException e) {
      return Visibility.UNKNOWN;
    }
  }

  private void checkField(Field field, String path, Object value, Object currentValue, boolean currentKnown,
      Visibility visibility, Scope scope) {
    String label = field.label();
    if (isEmpty(value)) {
      if (field.required() && visibility == Visibility.VISIBLE && !field.disabled() && !readonly(field, scope)) {
        throw new Refusal(path, "Trường “" + label + "” là bắt buộc.");
      }
      return;
    }
    if (field.disabled() || readonly(field, scope)) {
      Object expected = currentKnown ? currentValue : plain(field.defaultValue());
      if (!same(value, expected)) {
        throw new Refusal(path, "Trường “" + label + "” chỉ để xem, không được thay đổi.");
      }
      return;
    }
    switch (field.type()) {
      case "textfield", "textarea" -> checkString(field, path, value, scope);
      case "number" -> checkNumber(field, path, value, scope);
      case "checkbox" -> {
        if (!(value instanceof Boolean)) {
          throw new Refusal(path, "Trường “" + label + "” phải là Có hoặc Không (true/false).");
        }
      }
      case "select", "radio" -> {
        if (value instanceof Map || value instanceof List) {
          throw new Refusal(path, "Trường “" + label + "” chỉ nhận một giá trị trong danh sách lựa chọn.");
        }
        requireOption(field, path, value, options(field, path, scope));
      }
      case "checklist", "taglist" -> {
        if (!(value instanceof List<?> items)) {
          throw new Refusal(path, "Trường “" + label + "” phải là một danh sách các lựa chọn.");
        }
        Set<String> allowed = options(field, path, scope);
        Set<String> seen = new HashSet<>();
        for (Object item : items) {
          if (item == null || item instanceof Map || item instanceof List) {
            throw new Refusal(path, "Trường “" + label + "” chỉ nhận các giá trị trong danh sách lựa chọn.");
          }
          requireOption(field, path, item, allowed);
          if (!seen.add(scalarText(item))) {
            throw new Refusal(path, "Trường “" + label + "” có lựa chọn bị lặp lại.");
          }
        }
      }
      case "datetime" -> checkDatetime(field, path, value);
      case "expression" -> {
        Object computed;
        try {
          computed = plain(json.valueToTree(feel.evaluate(field.expression(), scope.data())));
        } catch (RuntimeException e) {
          throw new Refusal(path, "Trường “" + label + "” được tính tự động, không nhận giá trị gửi lên.");
        }
        if (!same(value, computed)) {
          throw new Refusal(path, "Trường “" + label + "” được tính tự động, không nhận giá trị gửi lên.");
        }
      }
      default -> throw new Refusal(path, "Trường “" + label + "” không nhận dữ liệu gửi lên.");
    }
  }

  private boolean readonly(Field field, Scope scope) {
    JsonNode readonly = field.readonly();
    if (readonly == null) {
      return false;
    }
    if (readonly.isBoolean()) {
      return readonly.asBoolean();
    }
    String expression = readonly.asText();
    if (!expression.startsWith("=")) {
      return Boolean.parseBoolean(expression);
    }
    try {
      return Boolean.TRUE.equals(feel.evaluate(expression, scope.data()));
    } catch (RuntimeException e) {
      return false;
    }
  }

  private void checkString(Field field, String path, Object value, Scope scope) {
    String label = field.label();
    if (!(value instanceof String text)) {
      throw new Refusal(path, "Trường “" + label + "” phải là văn bản.");
    }
    checkText(path, label, text, maxTextLength);
    Integer max = integer(field.maxLength(), scope);
    if (max != null && text.length() > max) {
      throw new Refusal(path, "Trường “" + label + "” dài quá mức cho phép (tối đa " + max + " ký tự).");
    }
    Integer min = integer(field.minLength(), scope);
    if (min != null && text.length() < min) {
      throw new Refusal(path, "Trường “" + label + "” phải có ít nhất " + min + " ký tự.");
    }
    if (field.pattern() != null && !field.pattern().isEmpty()) {
      try {
        if (!Pattern.compile(field.pattern()).matcher(text).find()) {
          throw new Refusal(path, "Trường “" + label + "” không đúng định dạng yêu cầu.");
        }
      } catch (PatternSyntaxException e) {
        // A pattern Java cannot read is the form's fault, not the user's: the browser checked it.
      }
    }
    if ("email".equals(field.validationType()) && !EMAIL.matcher(text).matches()) {
      throw new Refusal(path, "Trường “" + label + "” phải là một địa chỉ email.");
    }
    if ("phone".equals(field.validationType()) && !PHONE.matcher(text).matches()) {
      throw new Refusal(path, "Trường “" + label + "” phải là một số điện thoại.");
    }
  }

  /** The global text rules: not longer than the limit, no control characters (they break documents and databases). */
  private static void checkText(String path, String label, String text, int limit) {
    if (text.length() > limit) {
      throw new Refusal(path, "Trường “" + label + "” dài quá mức cho phép (tối đa " + limit + " ký tự).");
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f || c == 0xfffe || c == 0xffff;
      boolean loneSurrogate =
          Character.isHighSurrogate(c) ? i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(++i))
              : Character.isLowSurrogate(c);
      if (control || loneSurrogate) {
        throw new Refusal(path, "Trường “" + label + "” chứa ký tự không hợp lệ.");
      }
    }
  }

  private void checkNumber(Field field, String path, Object value, Scope scope) {
    String label = field.label();
    BigDecimal number;
    if (value instanceof BigDecimal n) {
      number = n;
    } else if (value instanceof String s && field.serializeToString() && s.length() < 64) {
      try {
        number = new BigDecimal(s.strip());
      } catch (NumberFormatException e) {
        throw new Refusal(path, "Trường “" + label + "” phải là một số.");
      }
    } else {
      throw new Refusal(path, "Trường “" + label + "” phải là một số.");
    }
    if (field.decimalDigits() != null && Math.max(number.stripTrailingZeros().scale(), 0) > field.decimalDigits()) {
      throw new Refusal(path, field.decimalDigits() == 0
          ? "Trường “" + label + "” phải là số nguyên."
          : "Trường “" + label + "” chỉ được có tối đa " + field.decimalDigits() + " chữ số thập phân.");
    }
    BigDecimal min = decimal(field.min(), scope);
    if (min != null && number.compareTo(min) < 0) {
      throw new Refusal(path, "Trường “" + label + "” phải lớn hơn hoặc bằng " + min.toPlainString() + ".");
    }
    BigDecimal max = decimal(field.max(), scope);
    if (max != null && number.compareTo(max) > 0) {
      throw new Refusal(path, "Trường “" + label + "” phải nhỏ hơn hoặc bằng " + max.toPlainString() + ".");
    }
  }

  private void checkDatetime(Field field, String path, Object value) {
    String label = field.label();
    String subtype = field.subtype() == null ? "date" : field.subtype();
    String what = switch (subtype) {
      case "time" -> "giờ hợp lệ (HH:mm)";
      case "datetime" -> "ngày giờ hợp lệ (YYYY-MM-DDTHH:mm)";
      default -> "ngày hợp lệ (YYYY-MM-DD)";
    };
    if (!(value instanceof String text) || text.length() > 40) {
      throw new Refusal(path, "Trường “" + label + "” phải là " + what + ".");
    }
    try {
      switch (subtype) {
        case "time" -> {
          if (text.length() > 8) OffsetTime.parse(text); else LocalTime.parse(text);
        }
        case "datetime" -> {
          if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:\\d\\d$")) OffsetDateTime.parse(text); else LocalDateTime.parse(text);
        }
        default -> {
          LocalDate date = LocalDate.parse(text);
          if (field.disallowPassedDates() && date.isBefore(LocalDate.now(zone))) {
            throw new Refusal(path, "Trường “" + label + "” không được là ngày đã qua.");
          }
        }
      }
    } catch (DateTimeParseException e) {
      throw new Refusal(path, "Trường “" + label + "” phải là " + what + ".");
    }
  }

  private Set<String> options(Field field, String path, Scope scope) {
    Object source;
    if (field.valuesKey() != null && !field.valuesKey().isBlank()) {
      source = scope.current().get(field.valuesKey());
    } else if (field.valuesExpression() != null && !field.valuesExpression().isBlank()) {
      try {
        source = plain(json.valueToTree(feel.evaluate(field.valuesExpression(), scope.data())));
      } catch (RuntimeException e) {
        source = null;
      }
    } else {
      List<Object> values = new ArrayList<>();
      field.options().forEach(o -> values.add(plain(o)));
      source = values;
    }
    Set<String> allowed = new HashSet<>();
    if (source instanceof Collection<?> values) {
      for (Object option : values) {
        Object v = option instanceof Map<?, ?> m ? m.get("value") : option;
        if (v != null && !(v instanceof Map) && !(v instanceof List)) {
          allowed.add(scalarText(v));
        }
      }
    }
    return allowed;
  }

  private static void requireOption(Field field, String path, Object value, Set<String> allowed) {
    if (!allowed.contains(scalarText(value))) {
      throw new Refusal(path, "Giá trị của trường “" + field.label() + "” không nằm trong danh sách lựa chọn cho phép.");
    }
  }

  private static String scalarText(Object value) {
    return value instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : String.valueOf(value);
  }

  private Integer integer(JsonNode node, Scope scope) {
    BigDecimal d = decimal(node, scope);
    return d == null ? null : d.intValue();
  }

  /** A validation bound: a number, a numeric text, or a FEEL expression ("=…"); null if none or not evaluable. */
  private BigDecimal decimal(JsonNode node, Scope scope) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isNumber()) {
      return node.decimalValue();
    }
    String text = node.asText().strip();
    try {
      if (text.startsWith("=")) {
        Object result = feel.evaluate(text, scope.data());
        return result instanceof Number n ? new BigDecimal(n.toString()) : null;
      }
      return text.isEmpty() ? null : new BigDecimal(text);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static boolean isEmpty(Object value) {
    return value == null || (value instanceof String s && s.isEmpty()) || (value instanceof List<?> l && l.isEmpty());
  }

  /** Equality of plain values, numbers by value. */
  static boolean same(Object a, Object b) {
    if (a instanceof BigDecimal || b instanceof BigDecimal || a instanceof Number || b instanceof Number) {
      if (!(a instanceof Number) || !(b instanceof Number)) {
        return false;
      }
      return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString())) == 0;
    }
    if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
      if (!ma.keySet().equals(mb.keySet())) return false;
      for (Object key : ma.keySet()) {
        if (!same(ma.get(key), mb.get(key))) return false;
      }
      return true;
    }
    if (a instanceof List<?> la && b instanceof List<?> lb) {
      if (la.size() != lb.size()) return false;
      for (int i = 0; i < la.size(); i++) {
        if (!same(la.get(i), lb.get(i))) return false;
      }
      return true;
    }
    if (isEmpty(a) && isEmpty(b)) {
      return true;
    }
    return Objects.equals(a, b);
  }

  /** JSON as plain Java: Map, List, String, BigDecimal, Boolean, null. */
  static Object plain(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (node.isObject()) {
      Map<String, Object> map = new LinkedHashMap<>();
      node.fields().forEachRemaining(e -> map.put(e.getKey(), plain(e.getValue())));
      return map;
    }
    if (node.isArray()) {
      List<Object> list = new ArrayList<>();
      node.forEach(n -> list.add(plain(n)));
      return list;
    }
    if (node.isNumber()) {
      return node.decimalValue();
    }
    if (node.isBoolean()) {
      return node.asBoolean();
    }
    return node.asText();
  }

  /** A refusal while walking the submission. */
  private static final class Refusal extends RuntimeException {
    final String field;

    Refusal(String field, String message) {
      super(message, null, false, false);
      this.field = field;
    }
  }
}
