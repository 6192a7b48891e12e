package vn.mohinh.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A survey or inspection of a model with its findings and the unit's answer, as stored with the
 * model. What the evaluation and the model's history show.
 *
 * @param team usernames of the team
 * @param answeredOnTime null while not answered; false also when the deadline passed unanswered ({@code overdueAt})
 */
public record Inspection(
    String id,
    String initiativeId,
    int year,
    String unitCode,
    String initiativeName,
    InspectionKind kind,
    LocalDate plannedOn,
    List<String> team,
    InspectionStatus status,
    String processInstanceId,
    String startedBy,
    Instant startedAt,
    String modelState,
    String strengths,
    String shortcomings,
    String recommendations,
    InspectionRating rating,
    String findingsBy,
    Instant findingsAt,
    Instant answerDueAt,
    String answer,
    String answeredBy,
    Instant answeredAt,
    Boolean answeredOnTime,
    Instant overdueAt) {

  public Inspection {
    team = team == null ? List.of() : List.copyOf(team);
  }

  public boolean hasRecommendations() {
    return recommendations != null && !recommendations.isBlank();
  }
}
