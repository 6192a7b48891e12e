package vn.mohinh.showcase;

import java.time.Instant;

/** A publication with its internal trace (who published, who withdrew it, when and why): for the reviewing office only. */
public record Publication(
    PublicShowcase content,
    String initiativeId,
    String proposalId,
    PublicationStatus status,
    String publishedBy,
    String approvedBy,
    Instant unpublishedAt,
    String unpublishedBy,
    String unpublishReason) {}
