package vn.mohinh.showcase;

/** Where a proposal to publish a model stands. */
public enum ProposalStatus {
  /** The reviewing office edits the text for the public. */
  EDITING("Đang biên tập"),
  /** The edited text waits for the head of the reviewing office. */
  AWAITING_APPROVAL("Chờ duyệt đăng"),
  /** Approved and published (it may have been withdrawn later: see the publication). */
  PUBLISHED("Đã đăng"),
  /** The head decided not to publish it. */
  REJECTED("Không đăng");

  private final String label;

  ProposalStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Still being worked on: a second proposal for the same model is not started. */
  public boolean open() {
    return this == EDITING || this == AWAITING_APPROVAL;
  }
}
