package vn.mohinh.inspection;

import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Settings of surveys and inspections ({@code mohinh.inspection}).
 *
 * @param answerDays days the unit has to answer the recommendations, counted from the day the team
 *     records its findings, when the start form gives no date (15)
 * @param dueTime the time of day a due date falls at (17:00), in {@code zone}
 * @param maxTeam the largest team (15)
 */
@ConfigurationProperties("mohinh.inspection")
public record InspectionProperties(
    Integer answerDays, @DateTimeFormat(pattern = "HH:mm") LocalTime dueTime, Integer maxTeam, ZoneId zone) {

  public InspectionProperties {
    answerDays = answerDays == null || answerDays < 1 ? 15 : answerDays;
    dueTime = dueTime == null ? LocalTime.of(17, 0) : dueTime;
    maxTeam = maxTeam == null || maxTeam < 1 ? 15 : maxTeam;
    zone = zone == null ? ZoneId.of("Asia/Ho_Chi_Minh") : zone;
  }
}
