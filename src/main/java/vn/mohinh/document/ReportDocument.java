package vn.mohinh.document;

/**
 * Mẫu số 03 — the result report of a model (báo cáo kết quả thực hiện mô hình), with every section
 * of the template. Multi-line entries become one paragraph per line; the optional sections
 * ("nếu có": lessons, shortcomings) are left out when empty.
 *
 * @param head issuer, number ({@code Số 07-BC/ĐU}), date and recipients
 * @param year the year reported on
 * @param modelName the model's name, printed in quotes in the summary line
 * @param preamble an optional opening paragraph
 * @param situation I. the situation before the model (đặc điểm tình hình)
 * @param necessity I. why the model was needed (sự cần thiết)
 * @param relatedDocuments II.1 the documents and movements the model answers (văn bản có liên quan)
 * @param basicContent II.1 the basic content of the model (nội dung cơ bản)
 * @param leadership II.1 the leadership of the party committee and the unit (sự lãnh đạo, chỉ đạo)
 * @param initiatives II.2 initiatives, good practices, practical solutions (sáng kiến, cách làm hay)
 * @param effectiveness II.2 the practical effect, with figures compared to before (hiệu quả thiết thực)
 * @param lessons II.2 lessons learnt, optional (kinh nghiệm)
 * @param shortcomings II.2 shortcomings to overcome, optional (hạn chế)
 * @param replicationScope II.3 the scope and the people of the replication (phạm vi, đối tượng)
 * @param replicationLeadership II.3 leadership and coordination of the replication
 * @param nextSteps III. what comes next (hướng tới)
 */
public record ReportDocument(
    DocumentHead head,
    int year,
    String modelName,
    String preamble,
    String situation,
    String necessity,
    String relatedDocuments,
    String basicContent,
    String leadership,
    String initiatives,
    String effectiveness,
    String lessons,
    String shortcomings,
    String replicationScope,
    String replicationLeadership,
    String nextSteps) {

  public ReportDocument {
    if (head == null) {
      throw new IllegalArgumentException("head is required");
    }
    modelName = Texts.require(modelName, "modelName");
  }
}
