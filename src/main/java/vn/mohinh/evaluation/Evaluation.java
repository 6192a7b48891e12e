package vn.mohinh.evaluation;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The current evaluation of a report, as stored: the weighted total of the scores, the decision
 * table's inputs (history and timeliness) and its proposal.
 *
 * @param proposedLevel null until the decision table has run
 * @param round 1 for the first evaluation, 2 after the approver's return made the reviewer re-evaluate, …
 * @param reevaluate the reviewer chose to re-evaluate it after a return by the approver
 */
public record Evaluation(
    String reportId,
    int year,
    String initiativeId,
    String unitCode,
    BigDecimal totalScore,
    String comment,
    boolean onTime,
    CommendationLevel previousLevel,
    int commendedYears,
    CommendationLevel proposedLevel,
    String proposedLabel,
    Boolean showcase,
    String proposalNote,
    Instant evaluatedAt,
    String evaluatedBy,
    int round,
    boolean reevaluate) {

  public boolean proposed() {
    return proposedLevel != null;
  }
}
