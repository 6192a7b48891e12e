package vn.mohinh.milestone;

/** What a milestone asks of the units. */
public enum MilestoneKind {
  /** A plan for a phase (kế hoạch giai đoạn), e.g. the 2021–2025 plan due 27/01/2022. */
  PHASE_PLAN("kế hoạch giai đoạn"),
  /** A review of a period: sơ kết (midway) or tổng kết (final). */
  REVIEW("sơ kết, tổng kết");

  private final String label;

  MilestoneKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
