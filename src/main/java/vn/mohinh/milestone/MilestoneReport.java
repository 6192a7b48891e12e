package vn.mohinh.milestone;

import java.time.Instant;

/** A unit's report on the milestone's period. */
public record MilestoneReport(
    String id,
    String reviewId,
    String unitCode,
    String parentCode,
    Integer modelCount,
    String modelsOverview,
    String situation,
    String results,
    String lessons,
    String shortcomings,
    String nextSteps,
    String commendationProposal,
    Instant dueAt,
    String submittedBy,
    Instant submittedAt,
    boolean onTime) {}
