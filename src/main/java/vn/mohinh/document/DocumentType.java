package vn.mohinh.document;

/** The numbered document types the product issues, with their code in document numbers. */
public enum DocumentType {
  /** Kế hoạch thực hiện mô hình (mẫu 01). */
  PLAN("KH", "KẾ HOẠCH"),
  /** Báo cáo kết quả thực hiện mô hình (mẫu 03). */
  REPORT("BC", "BÁO CÁO");

  private final String code;
  private final String title;

  DocumentType(String code, String title) {
    this.code = code;
    this.title = title;
  }

  /** The type's code in the number line: "KH" in {@code Số 12-KH/CB}. */
  public String code() {
    return code;
  }

  /** The document type as printed above the summary line, in capitals. */
  public String title() {
    return title;
  }
}
