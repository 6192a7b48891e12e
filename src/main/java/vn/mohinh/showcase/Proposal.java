package vn.mohinh.showcase;

import java.time.Instant;

/** A model proposed for publication, with its editorial draft. */
public record Proposal(
    String id,
    String initiativeId,
    int year,
    String unitCode,
    ProposalSource source,
    ProposalStatus status,
    String processInstanceId,
    String title,
    String summary,
    String body,
    int returnCount,
    String lastComment,
    String proposedBy,
    Instant proposedAt,
    String editedBy,
    Instant editedAt,
    String decidedBy,
    Instant decidedAt,
    String showcaseId) {}
