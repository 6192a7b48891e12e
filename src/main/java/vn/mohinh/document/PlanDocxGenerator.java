package vn.mohinh.document;

import java.util.List;

/** Mẫu số 01: the plan of a model as a Word document (.docx). */
public class PlanDocxGenerator {

  public static final String STUDY_SUFFIX = "trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh";

  private final DocxOptions options;

  public PlanDocxGenerator(DocxOptions options) {
    this.options = options == null ? DocxOptions.DEFAULT : options;
  }

  public byte[] generate(PlanDocument plan) {
    DocumentHead head = plan.head();
    PartyDocx docx = new PartyDocx(options.margins());
    docx.header(head.issuer(), head.number() == null ? null : head.number().line(), head.dateLine(),
        options.unitSeparator());
    docx.title(DocumentType.PLAN.title(),
        List.of("thực hiện mô hình " + Texts.quoted(plan.modelName()), STUDY_SUFFIX));

    docx.body(plan.preamble());
    if (!Texts.clean(plan.group()).isEmpty()) {
      docx.field("Nhóm mô hình", plan.group());
    }
    docx.field("Loại mô hình", plan.statusLabel());
    if (!Texts.clean(plan.implementationPeriod()).isEmpty()) {
      docx.field("Thời gian thực hiện", plan.implementationPeriod());
    }

    docx.heading("I- ĐẶC ĐIỂM TÌNH HÌNH");
    docx.body(plan.situation());
    docx.item("Thuận lợi", plan.advantages(), true);
    docx.item("Khó khăn", plan.difficulties(), true);

    docx.heading("II- MỤC ĐÍCH, YÊU CẦU");
    if (Texts.clean(plan.requirements()).isEmpty()) {
      // purpose and requirements entered as one text
      docx.body(plan.purpose());
    } else {
      docx.subheading("1. Mục đích");
      docx.body(plan.purpose());
      docx.subheading("2. Yêu cầu");
      docx.body(plan.requirements());
    }

    docx.heading("III- NỘI DUNG");
    docx.subheading("1. Nội dung học tập Bác của mô hình");
    docx.body(plan.studyContent());
    docx.subheading("2. Sự cần thiết xây dựng mô hình");
    docx.body(plan.necessity());
    docx.subheading("3. Phương pháp triển khai xây dựng và thực hiện mô hình");
    docx.body(plan.method());
    docx.subheading("4. Hiệu quả mô hình");
    docx.body(plan.effectiveness());
    docx.subheading("5. Tính khả thi nhân rộng mô hình");
    docx.body(plan.replicability());

    docx.heading("IV- TỔ CHỨC THỰC HIỆN");
    docx.body(plan.organisation());

    docx.closing(head.recipientLines(), head.issuer().signature());
    return docx.toBytes();
  }
}
