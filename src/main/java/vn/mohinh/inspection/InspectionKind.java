package vn.mohinh.inspection;

/** A survey or an inspection (plan 43-KH/ĐUK, III.3: "khảo sát, kiểm tra đánh giá chất lượng các mô hình"). */
public enum InspectionKind {
  SURVEY("khảo sát"),
  INSPECTION("kiểm tra");

  private final String label;

  InspectionKind(String label) {
    this.label = label;
  }

  /** How people name it in a sentence ("khảo sát"). */
  public String label() {
    return label;
  }
}
