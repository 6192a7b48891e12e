package vn.mohinh.benchmark;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.spin.plugin.variable.SpinValues;
import vn.mohinh.evaluation.EvaluationForm;
import vn.mohinh.registration.PlanField;
import vn.mohinh.report.Markdown;
import vn.mohinh.report.ReportField;

/** What the product's forms get: every field of the Camunda Form, as Tasklist submits it. */
final class ProductAnswers implements Driver.Answers {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final int year;

  ProductAnswers(int year) {
    this.year = year;
  }

  /** A plan of mẫu 01, valid for forms/write-plan.form. */
  static Map<String, Object> plan(int year, String unitCode, boolean addAnother) {
    Map<String, Object> values = new HashMap<>();
    values.put(PlanField.NAME.key(), "Mô hình tiết kiệm, chống lãng phí của " + unitCode);
    values.put(PlanField.GROUP.key(), "THRIFT_SOLIDARITY");
    values.put(PlanField.TYPE.key(), PlanField.NEW);
    values.put(PlanField.PERIOD.key(), "Từ tháng 3 đến tháng 11 năm " + year);
    for (PlanField section : PlanField.sections()) {
      values.put(section.key(), section.label() + ": chi bộ thực hiện nghiêm túc, có kế hoạch cụ thể, phân công rõ người, rõ việc, "
          + "rõ thời gian, rõ kết quả; kiểm tra, đánh giá hằng quý và sơ kết cuối năm.");
    }
    values.put(PlanField.ADVANTAGES.key(), "Cấp ủy quan tâm lãnh đạo; đảng viên đồng thuận.");
    values.put(PlanField.DIFFICULTIES.key(), "Kinh phí còn hạn chế.");
    values.put(PlanField.ADD_ANOTHER.key(), addAnother);
    return values;
  }

  @Override
  public Map<String, Object> writePlan(String unitCode, boolean addAnother) {
    return plan(year, unitCode, addAnother);
  }

  @Override
  public Map<String, Object> review(boolean approve) {
    Map<String, Object> values = new HashMap<>();
    values.put("reviewDecision", approve ? "APPROVE" : "RETURN");
    values.put("reviewComment", approve ? null : "Đề nghị nêu rõ nội dung học tập Bác và cách đo hiệu quả.");
    return values;
  }

  @Override
  public Map<String, Object> compile() {
    Map<String, Object> values = new HashMap<>();
    values.put("compileAction", "SUBMIT");
    values.put("compileRevisePlans", null);
    values.put("compileReviseComment", null);
    return values;
  }

  @Override
  public Map<String, Object> accept(boolean accept) {
    Map<String, Object> values = new HashMap<>();
    values.put("acceptDecision", accept ? "ACCEPT" : "RETURN");
    values.put("acceptComment", accept ? "Đạt yêu cầu" : "Bổ sung thời gian thực hiện của từng mô hình.");
    return values;
  }

  @Override
  public Map<String, Object> summary() {
    return new HashMap<>();
  }

  // ------------------------------------------------------------------------------- report phase

  /** A result report of mẫu 03, valid for forms/write-report.form: every field, the figures compared with before. */
  static Map<String, Object> report(int year, String unitCode, int round) {
    int n = Math.floorMod(unitCode.hashCode(), 40);
    double daysBefore = 12 + n % 6;
    double daysAfter = 4 + n % 3;
    double onlineBefore = 30 + n;
    double onlineAfter = Math.min(100, onlineBefore + 35 + n % 10);
    double saved = 45 + 5 * n;
    Map<String, Object> values = new HashMap<>();
    values.put(ReportField.SITUATION.key(), "Đầu năm " + year + ", đơn vị " + unitCode + " có " + (18 + n) + " đảng viên; việc giải quyết hồ sơ "
        + "còn chậm (bình quân " + number(daysBefore) + " ngày), chi tiêu hành chính còn lãng phí.");
    values.put(ReportField.NECESSITY.key(), "Thực hiện Kế hoạch 43-KH/ĐUK, cần một mô hình cụ thể để đảng viên làm theo tư tưởng, "
        + "đạo đức, phong cách Hồ Chí Minh về tiết kiệm, chống lãng phí, gắn với nhiệm vụ chính trị của đơn vị.");
    values.put(ReportField.RELATED_DOCUMENTS.key(), "Kết luận 01-KL/TW; Kế hoạch 43-KH/ĐUK; Nghị quyết của chi bộ tháng 3/" + year + ".");
    values.put(ReportField.BASIC_CONTENT.key(), "Rà soát quy trình, số hóa hồ sơ, công khai thời hạn giải quyết; mỗi đảng viên đăng ký "
        + "ít nhất một việc làm cụ thể về tiết kiệm và được kiểm tra hằng quý.");
    values.put(ReportField.LEADERSHIP.key(), "Chi ủy ban hành kế hoạch, phân công " + (3 + n % 4) + " đồng chí chi ủy viên phụ trách, "
        + "sơ kết 6 tháng và đưa vào sinh hoạt chi bộ định kỳ.");
    values.put(ReportField.INITIATIVES.key(), "Áp dụng phiếu theo dõi điện tử; " + (2 + n % 5) + " sáng kiến được Hội đồng sáng kiến công nhận.");
    values.put(ReportField.EFFECTIVENESS.key(), "Thời gian giải quyết hồ sơ giảm từ " + number(daysBefore)
        + " xuống " + number(daysAfter) + " ngày; tiết kiệm " + number(saved)
        + " triệu đồng chi thường xuyên.");
    values.put(ReportField.LESSONS.key(), "Cấp ủy phải gương mẫu, việc làm cụ thể, đo được kết quả.");
    values.put(ReportField.SHORTCOMINGS.key(), round > 1
        ? "Đã bổ sung số liệu so sánh với năm trước theo ý kiến của đảng ủy cơ sở."
        : "Một số đảng viên lớn tuổi còn lúng túng khi dùng phần mềm.");
    values.put(ReportField.REPLICATION_SCOPE.key(), "Nhân rộng ra các chi bộ trong đảng bộ và các đơn vị cùng lĩnh vực của Khối.");
    values.put(ReportField.REPLICATION_LEADERSHIP.key(), "Phối hợp với công đoàn, đoàn thanh niên tổ chức tập huấn, chia sẻ tài liệu.");
    values.put(ReportField.NEXT_STEPS.key(), "Năm " + (year + 1) + " tiếp tục duy trì, mở rộng sang lĩnh vực cải cách hành chính.");
    String[][] rows = {
      {"Thời gian giải quyết hồ sơ", "ngày"}, {"Tỷ lệ hồ sơ trực tuyến", "%"}, {"Kinh phí tiết kiệm", "triệu đồng"}};
    double[][] figures = {{daysBefore, daysAfter}, {onlineBefore, onlineAfter}, {0, saved}};
    for (int row = 1; row <= ReportField.INDICATOR_ROWS; row++) {
      values.put(ReportField.indicatorKey(row, ReportField.NAME), rows[row - 1][0]);
      values.put(ReportField.indicatorKey(row, ReportField.UNIT), rows[row - 1][1]);
      values.put(ReportField.indicatorKey(row, ReportField.BEFORE), figures[row - 1][0]);
      values.put(ReportField.indicatorKey(row, ReportField.AFTER), figures[row - 1][1]);
    }
    return values;
  }

  /** "12" or "35,5", as the unit would type it. */
  private static String number(double value) {
    return Markdown.number(BigDecimal.valueOf(value));
  }

  @Override
  public Map<String, Object> writeReport(String unitCode, int round, VariableMap form) {
    return report(year, unitCode, round);
  }

  @Override
  public Map<String, Object> reviewReport(boolean approve) {
    Map<String, Object> values = new HashMap<>();
    values.put("reviewDecision", approve ? "APPROVE" : "RETURN");
    values.put("reviewComment", approve ? null : "Đề nghị bổ sung số liệu so sánh với năm trước và nêu rõ kinh phí tiết kiệm được.");
    return values;
  }

  /** A score per criterion the form shows (its bound from {@code evaluationScore<n>Max}), between 65 % and 95 % of it. */
  @Override
  public Map<String, Object> evaluate(String reportId, int round, VariableMap form) {
    Map<String, Object> values = new HashMap<>();
    int n = Math.floorMod(reportId.hashCode(), 7);
    for (int slot = 1; slot <= 8; slot++) {
      Object max = form.get(EvaluationForm.scoreKey(slot) + "Max");
      Double score = null;
      if (max instanceof Number bound) {
        double share = Math.min(0.95, 0.65 + 0.05 * ((n + slot) % 7) + (round > 1 ? 0.05 : 0));
        score = Math.round(bound.doubleValue() * share * 2) / 2.0;
      }
      values.put(EvaluationForm.scoreKey(slot), score);
    }
    values.put(EvaluationForm.COMMENT, round > 1
        ? "Đánh giá lại theo ý kiến Ban Thường vụ: hiệu quả được chứng minh bằng số liệu, có khả năng nhân rộng."
        : "Mô hình thiết thực, có số liệu so sánh trước và sau khi thực hiện.");
    return values;
  }

  @Override
  public Map<String, Object> closeCollection() {
    Map<String, Object> values = new HashMap<>();
    values.put("closeConfirmed", true);
    return values;
  }

  @Override
  public Map<String, Object> approveCommendations(boolean approve) {
    Map<String, Object> values = new HashMap<>();
    values.put("approvalDecision", approve ? "APPROVE" : "RETURN");
    values.put("approvalComment", approve ? "Đồng ý danh sách đề nghị khen thưởng."
        : "Đề nghị Ban Tuyên giáo xem xét lại điểm của hai mô hình đầu danh sách.");
    return values;
  }

  /** The first two reports the form offers are evaluated again (Tasklist submits a checklist as a JSON array). */
  @Override
  public Map<String, Object> reconsider(VariableMap form) {
    List<String> chosen = new ArrayList<>();
    Object options = form.get("reconsiderOptions");
    if (options != null) {
      try {
        for (Map<String, Object> option : JSON.readValue(options.toString(), new TypeReference<List<Map<String, Object>>>() {})) {
          if (chosen.size() < 2) {
            chosen.add(String.valueOf(option.get("value")));
          }
        }
      } catch (java.io.IOException e) {
        throw new IllegalStateException("reconsiderOptions is not a JSON list: " + options, e);
      }
    }
    Map<String, Object> values = new HashMap<>();
    try {
      values.put("reconsiderReports", SpinValues.jsonValue(JSON.writeValueAsString(chosen)).create());
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
    values.put("reconsiderComment", chosen.isEmpty() ? "Giữ nguyên danh sách: các mô hình đã được chấm điểm đúng tiêu chí." : null);
    return values;
  }
}
