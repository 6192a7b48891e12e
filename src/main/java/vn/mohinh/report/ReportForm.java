package vn.mohinh.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.mohinh.platform.InvalidInputException;

/**
 * The report form's fields ↔ {@link ReportContent}: the values a write-report task is pre-filled
 * with, and the server-side check of what comes back (Tasklist checks in the browser only).
 */
public final class ReportForm {

  /** Largest figure accepted (in absolute value). */
  static final BigDecimal FIGURE_LIMIT = new BigDecimal("1e15");

  static final int NAME_LIMIT = 500;
  static final int UNIT_LIMIT = 100;

  private ReportForm() {}

  /** Every field of the form, with its value (null for an empty field). */
  public static Map<String, Object> fields(ReportContent content) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (ReportField field : ReportField.values()) {
      fields.put(field.key(), content.section(field));
    }
    for (int row = 1; row <= ReportField.INDICATOR_ROWS; row++) {
      Indicator indicator = row <= content.indicators().size() ? content.indicators().get(row - 1) : null;
      fields.put(ReportField.indicatorKey(row, ReportField.NAME), indicator == null ? null : indicator.name());
      fields.put(ReportField.indicatorKey(row, ReportField.UNIT), indicator == null ? null : indicator.unit());
      fields.put(ReportField.indicatorKey(row, ReportField.BEFORE), indicator == null ? null : indicator.before().doubleValue());
      fields.put(ReportField.indicatorKey(row, ReportField.AFTER), indicator == null ? null : indicator.after().doubleValue());
    }
    return fields;
  }

  /** Checks every field at once; the message names each problem. Nothing is stored here. */
  public static ReportContent parse(Map<String, Object> values) {
    List<String> problems = new ArrayList<>();
    Map<ReportField, String> texts = new LinkedHashMap<>();
    for (ReportField field : ReportField.values()) {
      String text = text(values.get(field.key()));
      if (text == null && field.required()) {
        problems.add("Chưa nhập “" + field.label() + "”");
      } else if (text != null && text.length() > ReportField.TEXT_LIMIT) {
        problems.add("“" + field.label() + "” dài quá " + ReportField.TEXT_LIMIT + " ký tự");
      }
      texts.put(field, text);
    }
    List<Indicator> indicators = new ArrayList<>();
    for (int row = 1; row <= ReportField.INDICATOR_ROWS; row++) {
      String name = text(values.get(ReportField.indicatorKey(row, ReportField.NAME)));
      String unit = text(values.get(ReportField.indicatorKey(row, ReportField.UNIT)));
      String where = "Số liệu so sánh dòng " + row;
      BigDecimal before = number(values.get(ReportField.indicatorKey(row, ReportField.BEFORE)), where + " (trước khi thực hiện)", problems);
      BigDecimal after = number(values.get(ReportField.indicatorKey(row, ReportField.AFTER)), where + " (sau khi thực hiện)", problems);
      boolean any = name != null || unit != null || before != null || after != null;
      if (!any) {
        continue;
      }
      if (name == null) {
        problems.add(where + ": chưa nhập tên chỉ tiêu");
      } else if (name.length() > NAME_LIMIT) {
        problems.add(where + ": tên chỉ tiêu dài quá " + NAME_LIMIT + " ký tự");
      }
      if (unit != null && unit.length() > UNIT_LIMIT) {
        problems.add(where + ": đơn vị tính dài quá " + UNIT_LIMIT + " ký tự");
      }
      if (before == null && !hasProblem(problems, where + " (trước")) {
        problems.add(where + ": chưa nhập số liệu trước khi thực hiện mô hình");
      }
      if (after == null && !hasProblem(problems, where + " (sau")) {
        problems.add(where + ": chưa nhập số liệu sau khi thực hiện mô hình");
      }
      if (name != null && before != null && after != null) {
        indicators.add(new Indicator(indicators.size() + 1, name, unit, before, after));
      }
    }
    if (indicators.isEmpty() && problems.stream().noneMatch(p -> p.startsWith("Số liệu so sánh"))) {
      problems.add("Cần ít nhất một chỉ tiêu có số liệu so sánh trước và sau khi thực hiện mô hình");
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new ReportContent(
        texts.get(ReportField.SITUATION),
        texts.get(ReportField.NECESSITY),
        texts.get(ReportField.RELATED_DOCUMENTS),
        texts.get(ReportField.BASIC_CONTENT),
        texts.get(ReportField.LEADERSHIP),
        texts.get(ReportField.INITIATIVES),
        texts.get(ReportField.EFFECTIVENESS),
        texts.get(ReportField.LESSONS),
        texts.get(ReportField.SHORTCOMINGS),
        texts.get(ReportField.REPLICATION_SCOPE),
        texts.get(ReportField.REPLICATION_LEADERSHIP),
        texts.get(ReportField.NEXT_STEPS),
        indicators);
  }

  /** Trimmed text, null when empty. Line breaks are kept (Windows ones made Unix). */
  public static String text(Object value) {
    if (value == null) {
      return null;
    }
    String text = value.toString().replace("\r\n", "\n").strip();
    return text.isEmpty() ? null : text;
  }

  /**
   * A number as Tasklist (Double), a REST client (Integer, Long, String) or a test sends it; null
   * when empty. A bad value is reported under {@code label}.
   */
  public static BigDecimal number(Object value, String label, List<String> problems) {
    if (value == null || (value instanceof String s && s.isBlank())) {
      return null;
    }
    BigDecimal number;
    try {
      if (value instanceof BigDecimal big) {
        number = big;
      } else if (value instanceof Double || value instanceof Float) {
        double d = ((Number) value).doubleValue();
        if (Double.isNaN(d) || Double.isInfinite(d)) {
          throw new NumberFormatException();
        }
        number = BigDecimal.valueOf(d);
      } else if (value instanceof Number n) {
        number = BigDecimal.valueOf(n.longValue());
      } else if (value instanceof Boolean) {
        throw new NumberFormatException();
      } else {
        number = new BigDecimal(value.toString().trim().replace(',', '.'));
      }
    } catch (NumberFormatException e) {
      problems.add(label + ": “" + value + "” không phải là số");
      return null;
    }
    if (number.abs().compareTo(FIGURE_LIMIT) >= 0) {
      problems.add(label + ": số quá lớn");
      return null;
    }
    return number.stripTrailingZeros().scale() < 0 ? number.setScale(0) : number.stripTrailingZeros();
  }

  private static boolean hasProblem(List<String> problems, String prefix) {
    return problems.stream().anyMatch(p -> p.startsWith(prefix));
  }
}
