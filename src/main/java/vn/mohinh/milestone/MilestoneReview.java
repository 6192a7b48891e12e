package vn.mohinh.milestone;

import java.time.Instant;

/** A run of a milestone: the units' reports are collected, the bloc's report compiled and approved. */
public record MilestoneReview(
    String id,
    String milestoneKey,
    String milestoneName,
    MilestoneKind kind,
    int fromYear,
    int toYear,
    Instant dueAt,
    Instant cellDueAt,
    MilestoneStatus status,
    String processInstanceId,
    String startedBy,
    Instant startedAt,
    String blocReport,
    String commendationProposal,
    String compiledBy,
    Instant compiledAt,
    int returnCount,
    String lastComment,
    String approvedBy,
    Instant approvedAt) {

  public String period() {
    return fromYear == toYear ? String.valueOf(fromYear) : fromYear + " – " + toYear;
  }
}
