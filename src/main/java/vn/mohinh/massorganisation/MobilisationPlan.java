package vn.mohinh.massorganisation;

import java.time.Instant;

/**
 * A mass organisation's plan for the year to mobilise its members (đoàn viên, hội viên) for the
 * models: purpose, activities, timeline, coordination with the party organisations.
 */
public record MobilisationPlan(
    String id,
    int year,
    String unitCode,
    MobilisationPlanStatus status,
    String processInstanceId,
    String purpose,
    String activities,
    String timeline,
    String coordination,
    Instant dueAt,
    String submittedBy,
    Instant submittedAt,
    Boolean submittedOnTime,
    int returnCount,
    String lastComment,
    String decidedBy,
    Instant decidedAt,
    Instant createdAt) {}
