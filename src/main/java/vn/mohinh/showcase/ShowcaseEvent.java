package vn.mohinh.showcase;

import java.time.Instant;

/** One step of a proposal's or publication's history (action keys: PROPOSED, EDITED, RETURNED, REJECTED, PUBLISHED, UNPUBLISHED). */
public record ShowcaseEvent(
    String proposalId, String showcaseId, String initiativeId, String action, String actor, String comment, Instant occurredAt) {}
