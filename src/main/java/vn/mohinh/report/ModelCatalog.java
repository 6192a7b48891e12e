package vn.mohinh.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The registration's models and plans, read-only, as the report phase needs them: the accepted
 * models of a year (each owes a report), a model's plan (shown beside the report form) and its
 * lineage over the years (for the commendation history).
 */
@Repository
public class ModelCatalog {

  /** The status of a model accepted by the bloc ({@code mh_initiative.status}). */
  static final String ACCEPTED = "ACCEPTED";

  private static final String SELECT =
      "select i.id, i.cycle_year, i.unit_code, i.base_unit_code, i.name, i.group_code, i.group_name, i.continuing, i.period, "
          + "i.continues_id from mh_initiative i ";

  private final JdbcClient jdbc;

  public ModelCatalog(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The models the bloc accepted for the year, in the organisation's order. */
  public List<AcceptedModel> acceptedModels(int year) {
    return jdbc.sql(
            SELECT
                + "join mh_org_unit u on u.code = i.unit_code left join mh_org_unit b on b.code = i.base_unit_code "
                + "where i.cycle_year = ? and i.status = ? order by coalesce(b.sort_order, u.sort_order), "
                + "case when u.parent_code is null then 0 else 1 end, u.sort_order, i.seq")
        .params(year, ACCEPTED)
        .query(ModelCatalog::model)
        .list();
  }

  public Optional<AcceptedModel> model(String initiativeId) {
    return jdbc.sql(SELECT + "where i.id = ?").param(initiativeId).query(ModelCatalog::model).optional();
  }

  /**
   * The earlier years' models this one continues, nearest first (last year's, the year before, …),
   * following {@code continues_id} at most {@code depth} steps.
   */
  public List<String> ancestors(String initiativeId, int depth) {
    List<String> ancestors = new ArrayList<>();
    String current = model(initiativeId).map(AcceptedModel::continuesId).orElse(null);
    while (current != null && ancestors.size() < depth && !ancestors.contains(current)) {
      ancestors.add(current);
      current = model(current).map(AcceptedModel::continuesId).orElse(null);
    }
    return ancestors;
  }

  /** A section of a plan (mẫu 01): its heading and text. */
  public record PlanSection(String heading, String text) {}

  /** The plan of a model as registered, for reading beside the report. */
  public List<PlanSection> plan(String initiativeId) {
    return jdbc.sql(
            "select i.name, i.group_name, i.continuing, i.period, p.situation, p.advantages, p.difficulties, p.purpose, "
                + "p.study_content, p.necessity, p.method, p.effectiveness, p.replicability, p.organization "
                + "from mh_initiative i left join mh_initiative_plan p on p.initiative_id = i.id where i.id = ?")
        .param(initiativeId)
        .query(
            (rs, n) -> {
              List<PlanSection> sections = new ArrayList<>();
              Object continuing = rs.getObject("continuing");
              sections.add(new PlanSection("Nhóm mô hình", rs.getString("group_name")));
              sections.add(
                  new PlanSection(
                      "Ghi chú",
                      continuing == null ? null : Boolean.TRUE.equals(continuing) ? "Mô hình đang triển khai thực hiện" : "Mô hình mới"));
              sections.add(new PlanSection("Thời gian thực hiện", rs.getString("period")));
              sections.add(new PlanSection("I. Đặc điểm tình hình", rs.getString("situation")));
              sections.add(new PlanSection("Thuận lợi", rs.getString("advantages")));
              sections.add(new PlanSection("Khó khăn", rs.getString("difficulties")));
              sections.add(new PlanSection("II. Mục đích, yêu cầu", rs.getString("purpose")));
              sections.add(new PlanSection("III.1. Nội dung học tập Bác của mô hình", rs.getString("study_content")));
              sections.add(new PlanSection("III.2. Sự cần thiết xây dựng mô hình", rs.getString("necessity")));
              sections.add(new PlanSection("III.3. Phương pháp triển khai (cách làm, thời gian thực hiện)", rs.getString("method")));
              sections.add(new PlanSection("III.4. Hiệu quả mô hình", rs.getString("effectiveness")));
              sections.add(new PlanSection("III.5. Tính khả thi nhân rộng mô hình", rs.getString("replicability")));
              sections.add(new PlanSection("IV. Tổ chức thực hiện", rs.getString("organization")));
              return sections;
            })
        .optional()
        .orElse(List.of());
  }

  private static AcceptedModel model(ResultSet rs, int row) throws SQLException {
    return new AcceptedModel(
        rs.getString("id"),
        rs.getInt("cycle_year"),
        rs.getString("unit_code"),
        rs.getString("base_unit_code"),
        rs.getString("name"),
        rs.getString("group_code"),
        rs.getString("group_name"),
        Jdbc.bool(rs, "continuing"),
        rs.getString("period"),
        rs.getString("continues_id"));
  }
}
