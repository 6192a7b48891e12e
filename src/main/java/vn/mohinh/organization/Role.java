package vn.mohinh.organization;

/** Bloc-wide roles, each mirrored to a Camunda group. */
public enum Role {
  /** Ban Tuyên giáo: opens the year, accepts submissions, evaluates. */
  REVIEWER("reviewers"),
  /** Ban Thường vụ: approves commendations and summaries. */
  APPROVER("approvers"),
  /** Administrator: everything, including Camunda Admin. */
  ADMIN("camunda-admin");

  private final String groupId;

  Role(String groupId) {
    this.groupId = groupId;
  }

  /** The Camunda group holding the role. */
  public String groupId() {
    return groupId;
  }
}
