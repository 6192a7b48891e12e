package vn.mohinh.benchmark;

import java.util.HashMap;
import java.util.Map;
import vn.mohinh.registration.PlanField;

/** What the product's forms get: every field of the Camunda Form, as Tasklist submits it. */
final class ProductAnswers implements Driver.Answers {

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
}
