package vn.mohinh.registration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.mohinh.platform.InvalidInputException;

/**
 * The plan form's fields ↔ {@link PlanContent}: the values a write-plan task is pre-filled with, and
 * the server-side check of what comes back (Tasklist checks in the browser only).
 */
public final class PlanForm {

  private PlanForm() {}

  /** A checked submission. */
  public record Submitted(PlanContent content, boolean addAnother) {}

  /** Every field of the form, with its value (null for an empty field). */
  public static Map<String, Object> fields(PlanContent content) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put(PlanField.NAME.key(), content.name());
    fields.put(PlanField.GROUP.key(), content.groupCode());
    fields.put(
        PlanField.TYPE.key(),
        content.continuing() == null ? null : content.continuing() ? PlanField.CONTINUING : PlanField.NEW);
    fields.put(PlanField.PERIOD.key(), content.period());
    for (PlanField section : PlanField.sections()) {
      fields.put(section.key(), content.section(section));
    }
    fields.put(PlanField.ADD_ANOTHER.key(), false);
    return fields;
  }

  /** Checks every field at once; the message names each problem. */
  public static Submitted parse(Map<String, Object> values, RegistrationProperties properties) {
    List<String> problems = new ArrayList<>();
    Map<PlanField, String> texts = new LinkedHashMap<>();
    for (PlanField field : PlanField.values()) {
      if (field == PlanField.ADD_ANOTHER) {
        continue;
      }
      String text = text(values.get(field.key()));
      if (text == null && field.required()) {
        problems.add("Chưa nhập “" + field.label() + "”");
      } else if (text != null && text.length() > field.maxLength()) {
        problems.add("“" + field.label() + "” dài quá " + field.maxLength() + " ký tự");
      }
      texts.put(field, text);
    }
    String group = texts.get(PlanField.GROUP);
    if (group != null && properties.group(group).isEmpty()) {
      problems.add("Nhóm mô hình “" + group + "” không có trong danh mục");
    }
    String type = texts.get(PlanField.TYPE);
    if (type != null && !type.equals(PlanField.CONTINUING) && !type.equals(PlanField.NEW)) {
      problems.add("Chọn “mô hình đang triển khai thực hiện” hoặc “mô hình mới”");
    }
    Boolean addAnother = bool(values.get(PlanField.ADD_ANOTHER.key()), problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    PlanContent content =
        new PlanContent(
            texts.get(PlanField.NAME),
            group,
            type == null ? null : type.equals(PlanField.CONTINUING),
            texts.get(PlanField.PERIOD),
            texts.get(PlanField.SITUATION),
            texts.get(PlanField.ADVANTAGES),
            texts.get(PlanField.DIFFICULTIES),
            texts.get(PlanField.PURPOSE),
            texts.get(PlanField.STUDY_CONTENT),
            texts.get(PlanField.NECESSITY),
            texts.get(PlanField.METHOD),
            texts.get(PlanField.EFFECTIVENESS),
            texts.get(PlanField.REPLICABILITY),
            texts.get(PlanField.ORGANIZATION));
    return new Submitted(content, Boolean.TRUE.equals(addAnother));
  }

  /** Trimmed text, null when empty. Line breaks are kept (Windows ones made Unix). */
  static String text(Object value) {
    if (value == null) {
      return null;
    }
    String text = value.toString().replace("\r\n", "\n").strip();
    return text.isEmpty() ? null : text;
  }

  private static Boolean bool(Object value, List<String> problems) {
    if (value == null || value instanceof Boolean) {
      return (Boolean) value;
    }
    String text = value.toString().trim();
    if (text.isEmpty() || text.equalsIgnoreCase("false")) {
      return false;
    }
    if (text.equalsIgnoreCase("true")) {
      return true;
    }
    problems.add("“" + PlanField.ADD_ANOTHER.label() + "” không hợp lệ");
    return null;
  }
}
