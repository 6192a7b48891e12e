package vn.mohinh.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.mohinh.registration.InitiativeStatus;

/** {@link InitiativeCatalog} over the registration's tables (mh_initiative, mh_initiative_plan), read only. */
@Repository
public class JdbcInitiativeCatalog implements InitiativeCatalog {

  static final String ACCEPTED = InitiativeStatus.ACCEPTED.name();
  static final String DRAFT = InitiativeStatus.DRAFT.name();

  private static final String SELECT =
      "select i.id, i.cycle_year, i.unit_code, u.name as unit_name, p.name as parent_name, i.base_unit_code, i.name, "
          + "i.group_code, i.group_name, i.status, i.continuing "
          + "from mh_initiative i join mh_org_unit u on u.code = i.unit_code "
          + "left join mh_org_unit p on p.code = u.parent_code ";

  /** The plan's sections (mẫu 01) worth telling the public, in the order of the template. */
  private static final Map<String, String> PLAN_SECTIONS = new java.util.LinkedHashMap<>();

  static {
    PLAN_SECTIONS.put("purpose", "Mục đích, yêu cầu");
    PLAN_SECTIONS.put("study_content", "Nội dung học tập và làm theo Bác");
    PLAN_SECTIONS.put("method", "Phương pháp, cách làm");
    PLAN_SECTIONS.put("effectiveness", "Hiệu quả");
    PLAN_SECTIONS.put("replicability", "Khả năng nhân rộng");
  }

  /** The result report's sections (mẫu 03) worth telling the public, before the plan's. */
  private static final Map<String, String> REPORT_SECTIONS = new java.util.LinkedHashMap<>();

  static {
    REPORT_SECTIONS.put("initiatives", "Sáng kiến, cách làm hay");
    REPORT_SECTIONS.put("effectiveness", "Hiệu quả thiết thực");
    REPORT_SECTIONS.put("lessons", "Kinh nghiệm rút ra");
    REPORT_SECTIONS.put("replication_scope", "Phạm vi, đối tượng nhân rộng");
  }

  /** The directory's order (the units' position in the organisation file), then the unit's models in order. */
  private static final String UNIT_ORDER = "u.sort_order, i.unit_code, i.seq";

  private final JdbcClient jdbc;

  public JdbcInitiativeCatalog(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<ModelRef> acceptedModels(int year) {
    return jdbc.sql(SELECT + "where i.cycle_year = ? and i.status = ? order by " + UNIT_ORDER)
        .params(year, ACCEPTED)
        .query(JdbcInitiativeCatalog::model)
        .list();
  }

  @Override
  public Optional<ModelRef> find(String initiativeId) {
    if (initiativeId == null || initiativeId.isBlank() || initiativeId.length() > 64) {
      return Optional.empty();
    }
    return jdbc.sql(SELECT + "where i.id = ?").param(initiativeId).query(JdbcInitiativeCatalog::model).optional();
  }

  @Override
  public List<ModelRef> modelsOf(Collection<String> unitCodes, int fromYear, int toYear) {
    if (unitCodes.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(SELECT + "where i.unit_code in (:units) and i.cycle_year between :from and :to and i.status <> :draft "
                + "order by i.cycle_year, " + UNIT_ORDER)
        .param("units", List.copyOf(unitCodes))
        .param("from", fromYear)
        .param("to", toYear)
        .param("draft", DRAFT)
        .query(JdbcInitiativeCatalog::model)
        .list();
  }

  @Override
  public List<ModelSection> unitText(String initiativeId) {
    List<ModelSection> sections = new ArrayList<>();
    // The result report (mẫu 03), when the unit wrote one: what was achieved, with its figures.
    jdbc.sql("select c." + String.join(", c.", REPORT_SECTIONS.keySet()) + " from mh_report r "
            + "join mh_report_content c on c.report_id = r.id where r.initiative_id = ?")
        .param(initiativeId)
        .query(rs -> {
          addSections(rs, REPORT_SECTIONS, sections);
        });
    StringBuilder figures = new StringBuilder();
    jdbc.sql("select i.name, i.unit, i.before_value, i.after_value from mh_report r join mh_report_indicator i on i.report_id = r.id "
            + "where r.initiative_id = ? order by i.seq")
        .param(initiativeId)
        .query(rs -> {
          String unit = rs.getString("unit") == null ? "" : " " + rs.getString("unit");
          figures.append("- ").append(rs.getString("name")).append(": trước ")
              .append(rs.getBigDecimal("before_value").stripTrailingZeros().toPlainString()).append(unit).append(", sau ")
              .append(rs.getBigDecimal("after_value").stripTrailingZeros().toPlainString()).append(unit).append("\n");
        });
    if (figures.length() > 0) {
      sections.add(new ModelSection("Số liệu so sánh trước và sau khi thực hiện", figures.toString().strip()));
    }
    // The plan (mẫu 01).
    jdbc.sql("select " + String.join(", ", PLAN_SECTIONS.keySet()) + " from mh_initiative_plan where initiative_id = ?")
        .param(initiativeId)
        .query(rs -> {
          addSections(rs, PLAN_SECTIONS, sections);
        });
    return sections;
  }

  private static void addSections(ResultSet rs, Map<String, String> titles, List<ModelSection> sections) throws SQLException {
    for (Map.Entry<String, String> section : titles.entrySet()) {
      String text = rs.getString(section.getKey());
      if (text != null && !text.isBlank()) {
        sections.add(new ModelSection(section.getValue(), text.strip()));
      }
    }
  }

  private static ModelRef model(ResultSet rs, int row) throws SQLException {
    String parent = rs.getString("parent_name");
    String unitName = parent == null ? rs.getString("unit_name") : rs.getString("unit_name") + " – " + parent;
    Object continuing = rs.getObject("continuing");
    return new ModelRef(
        rs.getString("id"),
        rs.getInt("cycle_year"),
        rs.getString("unit_code"),
        unitName,
        rs.getString("base_unit_code"),
        rs.getString("name"),
        rs.getString("group_code"),
        rs.getString("group_name"),
        rs.getString("status"),
        continuing == null ? null : rs.getBoolean("continuing"));
  }
}
