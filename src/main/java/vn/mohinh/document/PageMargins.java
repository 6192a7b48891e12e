package vn.mohinh.document;

/**
 * Page margins of the Word documents, in millimetres. Hướng dẫn 36-HD/VPTW: top and bottom
 * 20–25 mm, left 30–35 mm, right 15–20 mm.
 */
public record PageMargins(double topMm, double bottomMm, double leftMm, double rightMm) {

  /** Top 20, bottom 20, left 30, right 15 mm. */
  public static final PageMargins DEFAULT = new PageMargins(20, 20, 30, 15);

  public PageMargins {
    for (double mm : new double[] {topMm, bottomMm, leftMm, rightMm}) {
      if (mm < 0 || mm > 80) {
        throw new IllegalArgumentException("A margin must be between 0 and 80 mm, got " + mm);
      }
    }
  }

  static int twips(double mm) {
    return (int) Math.round(mm * 1440 / 25.4);
  }
}
