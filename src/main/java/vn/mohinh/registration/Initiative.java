package vn.mohinh.registration;

import java.time.Instant;

/**
 * A model (mô hình) a unit registers for a year, as stored; its plan text is in {@link PlanContent}.
 *
 * @param baseUnitCode the committee or base cell that submits it to the bloc
 * @param seq 1 for the unit's first model of the year, 2 for the second, …
 * @param continuesId last year's model this one continues (đang triển khai), if known
 * @param prefilledFromId last year's model the form was pre-filled from
 * @param returnCount how many times it has been returned for revision
 * @param lastComment the comment of the last return; {@code lastReturnedBy} the body that returned it
 */
public record Initiative(
    String id,
    int year,
    String unitCode,
    String baseUnitCode,
    int seq,
    InitiativeStatus status,
    String name,
    String groupCode,
    String groupName,
    Boolean continuing,
    String period,
    String continuesId,
    String prefilledFromId,
    int returnCount,
    String lastComment,
    String lastReturnedBy,
    Instant createdAt,
    Instant submittedAt,
    String submittedBy,
    Instant decidedAt,
    String decidedBy) {

  public boolean everSubmitted() {
    return submittedAt != null;
  }
}
