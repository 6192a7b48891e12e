package vn.mohinh.registration;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The registration's data as the Camunda Forms read it: rows of form-js tables (keys = column keys
 * of the .form files) and texts shown with {@code {{ }}}. Plain maps and strings; form-js escapes
 * what it shows, so nothing here builds HTML.
 */
public final class RegistrationViews {

  private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

  private RegistrationViews() {}

  /** mẫu 02: TT, tên chi bộ (on the unit's first row, as in the template), tên mô hình, thời gian, đang triển khai / mới. */
  public static List<Map<String, Object>> mau02(List<RegistrationQueries.Mau02Row> rows) {
    List<Map<String, Object>> table = new ArrayList<>();
    for (RegistrationQueries.Mau02Row row : rows) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("tt", row.tt());
      r.put("unitName", row.firstOfUnit() ? row.unitName() : "");
      r.put("name", row.name());
      r.put("period", row.period());
      r.put("continuing", row.continuing() ? "x" : "");
      r.put("isNew", row.continuing() ? "" : "x");
      table.add(r);
    }
    return table;
  }

  public static List<Map<String, Object>> planDetails(List<RegistrationQueries.PlanDetail> details) {
    List<Map<String, Object>> table = new ArrayList<>();
    for (RegistrationQueries.PlanDetail d : details) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("unitName", d.unitName());
      r.put("initiativeName", d.initiativeName());
      r.put("section", d.section());
      r.put("text", d.text());
      table.add(r);
    }
    return table;
  }

  public static List<Map<String, Object>> missingUnits(RegistrationQueries.MissingUnits missing) {
    List<Map<String, Object>> table = new ArrayList<>();
    for (RegistrationQueries.UnitWithoutModel u : missing.units()) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("tt", table.size() + 1);
      r.put("unitName", u.unitName());
      r.put("baseUnitName", u.baseUnitName());
      r.put("state", u.state());
      table.add(r);
    }
    return table;
  }

  /** "Còn 12/58 đơn vị chưa có mô hình được Khối tiếp nhận (cập nhật 08:15 ngày 21/02/2026)." */
  public static String missingText(RegistrationQueries.MissingUnits missing, ZoneId zone) {
    String at = AT.format(missing.at().atZone(zone));
    if (missing.total() == 0) {
      return "Tất cả " + missing.registeringUnits() + " đơn vị đã có mô hình được Khối tiếp nhận (cập nhật " + at + ").";
    }
    String shown =
        missing.units().size() < missing.total() ? " Bảng dưới liệt kê " + missing.units().size() + " đơn vị đầu tiên." : "";
    return "Còn " + missing.total() + "/" + missing.registeringUnits()
        + " đơn vị chưa có mô hình được Khối tiếp nhận (cập nhật " + at + ")." + shown;
  }

  public static List<Map<String, Object>> blocRows(List<RegistrationQueries.BlocRow> rows) {
    List<Map<String, Object>> table = new ArrayList<>();
    for (RegistrationQueries.BlocRow row : rows) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("tt", row.tt());
      r.put("baseUnitName", row.baseUnitName());
      r.put("unitName", row.unitName());
      r.put("name", row.name());
      r.put("groupName", row.groupName());
      r.put("period", row.period());
      r.put("type", row.continuing() == null ? "" : row.continuing() ? "Đang triển khai" : "Mới");
      r.put("status", row.status().label());
      table.add(r);
    }
    return table;
  }

  /** Keeps the writer's line breaks when form-js renders the text as Markdown; "—" for an empty section. */
  public static String text(String text) {
    if (text == null || text.isBlank()) {
      return "—";
    }
    return text.replace("\r\n", "\n").replace("\n", "  \n");
  }

  public static String at(java.time.Instant instant, ZoneId zone) {
    return instant == null ? "" : AT.format(instant.atZone(zone));
  }

  /** Longest model name quoted in a task name: Tasklist shows the name in one or two lines. */
  static final int TASK_NAME_MODEL_LENGTH = 80;

  /**
   * A task name that says the model, the year and the unit, as Tasklist lists it:
   * "Duyệt kế hoạch mô hình “Văn phòng không giấy” năm 2026 – Chi bộ Văn phòng – Đảng bộ Sở Tài chính".
   * The model's name is shortened with "…" and the whole fits the engine's 255 characters.
   */
  public static String taskName(String what, String modelName, int year, String unitName) {
    String model = modelName == null ? "" : modelName.strip().replaceAll("\\s+", " ");
    if (model.length() > TASK_NAME_MODEL_LENGTH) {
      model = model.substring(0, TASK_NAME_MODEL_LENGTH - 1).strip() + "…";
    }
    String name = what + (model.isEmpty() ? "" : " “" + model + "”") + " năm " + year + " – " + unitName;
    return name.length() <= 255 ? name : name.substring(0, 254) + "…";
  }
}
