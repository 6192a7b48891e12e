package vn.mohinh.inspection;

/** The team's overall rating of the model at the visit. */
public enum InspectionRating {
  GOOD("Tốt"),
  FAIR("Khá"),
  AVERAGE("Trung bình"),
  POOR("Chưa đạt");

  private final String label;

  InspectionRating(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
