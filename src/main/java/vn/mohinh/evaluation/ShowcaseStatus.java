package vn.mohinh.evaluation;

/** Where a model chosen for publication stands ({@code mh_showcase_candidate.status}). */
public enum ShowcaseStatus {
  /** Approved with "nhân rộng": the showcase feature publishes it. */
  TO_PUBLISH,
  /** Published on the bloc's website. */
  PUBLISHED
}
