package vn.mohinh.document;

import java.util.List;

/** Mẫu số 03: the result report of a model as a Word document (.docx). */
public class ReportDocxGenerator {

  private final DocxOptions options;

  public ReportDocxGenerator(DocxOptions options) {
    this.options = options == null ? DocxOptions.DEFAULT : options;
  }

  public byte[] generate(ReportDocument report) {
    DocumentHead head = report.head();
    PartyDocx docx = new PartyDocx(options.margins());
    docx.header(head.issuer(), head.number() == null ? null : head.number().line(), head.dateLine(),
        options.unitSeparator());
    docx.title(DocumentType.REPORT.title(),
        List.of("kết quả thực hiện mô hình " + Texts.quoted(report.modelName()), PlanDocxGenerator.STUDY_SUFFIX));

    docx.body(report.preamble());

    docx.heading("I- ĐẶC ĐIỂM TÌNH HÌNH");
    docx.body(report.situation());
    docx.item("Sự cần thiết phải xây dựng mô hình", report.necessity(), true);

    docx.heading("II- KẾT QUẢ ĐẠT ĐƯỢC");
    docx.subheading("1. Công tác lãnh đạo, chỉ đạo xây dựng và triển khai thực hiện mô hình");
    docx.item("Văn bản có liên quan", report.relatedDocuments(), false);
    docx.item("Nội dung cơ bản của mô hình", report.basicContent(), false);
    docx.item("Sự lãnh đạo, chỉ đạo của cấp ủy, lãnh đạo cơ quan, đơn vị", report.leadership(), false);
    docx.subheading("2. Kết quả thực hiện mô hình");
    docx.item("Sáng kiến, cách làm hay, giải pháp thiết thực", report.initiatives(), false);
    docx.item("Hiệu quả thiết thực", report.effectiveness(), false);
    docx.item("Kinh nghiệm rút ra", report.lessons(), true);
    docx.item("Những hạn chế cần khắc phục", report.shortcomings(), true);
    docx.subheading("3. Tính khả thi nhân rộng mô hình trong thời gian tới");
    docx.item("Phạm vi, đối tượng nhân rộng", report.replicationScope(), false);
    docx.item("Sự lãnh đạo, chỉ đạo, phối hợp trong việc nhân rộng", report.replicationLeadership(), false);

    docx.heading("III- HƯỚNG TỚI");
    docx.body(report.nextSteps());

    docx.closing(head.recipientLines(), head.issuer().signature());
    return docx.toBytes();
  }
}
