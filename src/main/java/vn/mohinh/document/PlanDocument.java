package vn.mohinh.document;

/**
 * Mẫu số 01 — the plan of a model (kế hoạch thực hiện mô hình), with every section of the
 * template as the unit entered it. Multi-line entries become one paragraph per line.
 *
 * @param head issuer, number ({@code Số 12-KH/CB}), date and recipients
 * @param year the year of the plan
 * @param modelName the model's name (tên mô hình), printed in quotes in the summary line
 * @param group the model group (nhóm mô hình) as the bloc names it
 * @param continuing true for a model already being implemented (đang triển khai), false for a new one
 * @param implementationPeriod the time of implementation (thời gian thực hiện)
 * @param preamble an optional opening paragraph (the basis of the plan: "Thực hiện Kế hoạch số …")
 * @param situation I. the situation of the unit (đặc điểm tình hình)
 * @param advantages I. the advantages (thuận lợi)
 * @param difficulties I. the difficulties (khó khăn)
 * @param purpose II. the purpose (mục đích)
 * @param requirements II. the requirements (yêu cầu); empty when the purpose holds both
 * @param studyContent III.1 what of Hồ Chí Minh's thought the model studies and follows
 * @param necessity III.2 why the model is needed (sự cần thiết)
 * @param method III.3 how it is built and carried out (phương pháp, cách làm)
 * @param effectiveness III.4 the expected effect (hiệu quả)
 * @param replicability III.5 how it can be replicated (tính khả thi nhân rộng)
 * @param organisation IV. organisation of the implementation (tổ chức thực hiện)
 */
public record PlanDocument(
    DocumentHead head,
    int year,
    String modelName,
    String group,
    boolean continuing,
    String implementationPeriod,
    String preamble,
    String situation,
    String advantages,
    String difficulties,
    String purpose,
    String requirements,
    String studyContent,
    String necessity,
    String method,
    String effectiveness,
    String replicability,
    String organisation) {

  public PlanDocument {
    if (head == null) {
      throw new IllegalArgumentException("head is required");
    }
    modelName = Texts.require(modelName, "modelName");
  }

  /** "Mô hình đang triển khai thực hiện" or "Mô hình mới", as the columns of mẫu 02. */
  public String statusLabel() {
    return continuing ? SummaryTable.CONTINUING : SummaryTable.NEW;
  }
}
