package vn.mohinh.showcase;

/** Who proposed a model for publication. */
public enum ProposalSource {
  /** The evaluation of the year flagged it for replication (nhân rộng). */
  EVALUATION,
  /** The reviewing office chose it (Tasklist start form). */
  REVIEWER
}
