package vn.mohinh.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.mohinh.organization.UnitKind;

/** Realistic inputs for the generator tests: the demo bloc of Trà Vinh. */
final class Samples {

  static final String SUPERIOR = "ĐẢNG BỘ KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH";
  static final String FORMULA = "=HYPERLINK(\"http://x\",\"y\")";

  private Samples() {}

  static Issuer cell() {
    return Issuer.ofUnit("Đảng bộ Sở Tài chính", "Chi bộ Văn phòng", UnitKind.CELL, "Nguyễn Thị Hồng Nhung", "Trà Vinh");
  }

  static Issuer committee() {
    return Issuer.ofUnit(SUPERIOR, "Đảng ủy Sở Tài chính", UnitKind.COMMITTEE, "Trần Văn Đức", "Trà Vinh");
  }

  static Issuer office() {
    return new Issuer(SUPERIOR, "Ban Tuyên giáo Đảng ủy Khối", "", "BTGĐUK", "TRƯỞNG BAN", "Lê Minh Tâm", "Trà Vinh");
  }

  static PlanDocument plan() {
    DocumentHead head = new DocumentHead(cell(), new DocumentNumber(12, DocumentType.PLAN, "CB"),
        LocalDate.of(2026, 2, 5), List.of("Đảng ủy Sở Tài chính (báo cáo)", "Các đồng chí chi ủy viên"));
    return new PlanDocument(head, 2026,
        "Giải pháp tiết kiệm, chống lãng phí trong sử dụng văn phòng phẩm",
        "Nhóm mô hình học tập và làm theo Bác về thực hành tiết kiệm",
        false,
        "Từ tháng 02/2026 đến tháng 12/2026",
        "Thực hiện Kế hoạch số 43-KH/ĐUK của Ban Thường vụ Đảng ủy Khối, Chi bộ Văn phòng xây dựng kế hoạch như sau:",
        "Đặc điểm tình hình của Chi bộ Văn phòng Sở Tài chính tỉnh Trà Vinh: 12 đảng viên.\n"
            + "Chi bộ lãnh đạo công tác hành chính, quản trị, văn thư của Sở.",
        "Chi ủy đoàn kết, đảng viên gương mẫu.",
        "Khối lượng công việc lớn;\r\nchi phí văn phòng phẩm năm 2025 còn cao.",
        "Thực hành tiết kiệm theo lời dạy của Bác: “Tiết kiệm là quốc sách”.",
        "Mỗi đảng viên đăng ký ít nhất một việc làm cụ thể.",
        "Tư tưởng Hồ Chí Minh về cần, kiệm, liêm, chính, chí công vô tư.",
        "Chi phí văn phòng phẩm năm 2025 tăng 18% so với năm 2024.",
        "Bước 1: quán triệt trong chi bộ (tháng 02/2026).\nBước 2: số hóa văn bản, dùng văn bản điện tử.\n\nBước 3: sơ kết 6 tháng.",
        "Giảm ít nhất 30% chi phí giấy in so với năm 2025.",
        "Có thể nhân rộng ra các chi bộ của Đảng bộ Sở Tài chính.",
        "Chi ủy phân công đồng chí Phó Bí thư theo dõi; văn phòng tổng hợp số liệu hằng quý.");
  }

  static ReportDocument report() {
    DocumentHead head = new DocumentHead(committee(), new DocumentNumber(7, DocumentType.REPORT, "ĐU"),
        LocalDate.of(2026, 12, 1), List.of("Đảng ủy Khối (báo cáo)", "Ban Tuyên giáo Đảng ủy Khối"));
    return new ReportDocument(head, 2026,
        "“Sửa đổi lối làm việc, cải cách hành chính”",
        null,
        "Đặc điểm tình hình của Đảng bộ Sở Tài chính tỉnh Trà Vinh trước khi xây dựng mô hình.",
        "Thủ tục thẩm tra quyết toán còn kéo dài.",
        "Kế hoạch số 43-KH/ĐUK; Chỉ thị 05-CT/TW.",
        "Cải cách thủ tục hành chính, thái độ phục vụ nhân dân.",
        "Đảng ủy ban hành nghị quyết chuyên đề;\nphân công cấp ủy viên phụ trách.",
        "Tiếp nhận hồ sơ trực tuyến 100%.",
        "Thời gian giải quyết hồ sơ giảm từ 15 ngày (năm 2025) xuống 7 ngày (năm 2026).",
        "Cấp ủy phải gương mẫu, nói đi đôi với làm.",
        "",
        "Các phòng chuyên môn của Sở.",
        "Phối hợp với Công đoàn và Đoàn Thanh niên.",
        "Tiếp tục duy trì, nâng cao chất lượng mô hình trong năm 2027.");
  }

  static SummaryTable summary() {
    return new SummaryTable(committee(), 2026, LocalDate.of(2026, 2, 20), List.of(
        new SummaryTable.Row("Chi bộ Văn phòng", "Giải pháp tiết kiệm, chống lãng phí trong sử dụng văn phòng phẩm", "Tháng 02 - 12/2026", false),
        new SummaryTable.Row("Chi bộ Phòng Quản lý ngân sách", "Nâng cao tinh thần trách nhiệm, phấn đấu hoàn thành tốt nhiệm vụ được giao", "Năm 2026", true),
        new SummaryTable.Row("Chi bộ Phòng Tài chính doanh nghiệp", FORMULA, "Năm 2026", false),
        new SummaryTable.Row("+1", "-2", "@SUM(A1)", true)),
        List.of("Đảng ủy Khối (báo cáo)"));
  }

  static BlocSummary blocSummary() {
    return new BlocSummary(office(), 2026, LocalDate.of(2026, 2, 26), List.of(
        new BlocSummary.Row("Đảng bộ Sở Tài chính", "Chi bộ Văn phòng", "Giải pháp tiết kiệm, chống lãng phí",
            "Thực hành tiết kiệm", "Năm 2026", false, "Đã duyệt"),
        new BlocSummary.Row("Đảng bộ Sở Tài chính", "Chi bộ Phòng Quản lý ngân sách", FORMULA,
            "Cải cách thủ tục hành chính", "Năm 2026", true, "Chờ duyệt"),
        new BlocSummary.Row("Chi bộ Ban Tuyên giáo", "Chi bộ Ban Tuyên giáo", "Học tập và làm theo Bác về nêu gương",
            "Nâng cao ý thức trách nhiệm", "Năm 2026", true, "Đã duyệt")),
        List.of(new BlocSummary.UnitWithoutModel("Đảng bộ Bệnh viện Đa khoa tỉnh", "Chi bộ Khoa Nhi", "Chi bộ trực thuộc", "Quá hạn"),
            new BlocSummary.UnitWithoutModel("Đảng bộ Sở Y tế", "Đảng bộ Sở Y tế", "Đảng bộ cơ sở", "@chưa nộp")),
        null, List.of());
  }

  static CommendationList commendations() {
    List<CommendationList.Criterion> criteria = List.of(
        new CommendationList.Criterion("Thiết thực", new BigDecimal("20")),
        new CommendationList.Criterion("Hiệu quả", new BigDecimal("20")),
        new CommendationList.Criterion("Sáng tạo", new BigDecimal("20")),
        new CommendationList.Criterion("Lan tỏa", new BigDecimal("20")),
        new CommendationList.Criterion("Nhân rộng", new BigDecimal("20")));
    return new CommendationList(office(), 2026, LocalDate.of(2026, 12, 28), criteria, List.of(
        new CommendationList.Row("Chi bộ Văn phòng – Đảng bộ Sở Tài chính", "Giải pháp tiết kiệm, chống lãng phí",
            List.of(bd("18"), bd("17.5"), bd("16"), bd("18"), bd("19")), bd("88.5"), "Giấy khen của Ban Thường vụ Đảng ủy Khối", "Giấy khen", ""),
        new CommendationList.Row("Đảng bộ Sở Y tế", FORMULA,
            List.of(bd("15"), bd("14"), bd("12"), bd("13"), bd("14")), bd("68"), "Biểu dương", "", "-ghi chú")),
        new Signature("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Phạm Phước Trãi"),
        List.of("Các đơn vị có mô hình được khen thưởng"));
  }

  private static BigDecimal bd(String s) {
    return new BigDecimal(s);
  }
}
