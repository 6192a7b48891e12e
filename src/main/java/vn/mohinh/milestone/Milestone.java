package vn.mohinh.milestone;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * A configured milestone ({@code mohinh.milestones.items[]}).
 *
 * @param key stable key (lower-case letters, digits, '-'), typed in the start form: "so-ket-2023"
 * @param name what people read: "Sơ kết 03 năm thực hiện Kết luận số 01-KL/TW"
 * @param fromYear first year of the period the units report on
 * @param toYear last year of the period
 * @param dueDate the base units' reports are due this day (at the configured time of day)
 * @param opensOn the day the scheduled start opens it (default: {@code opens-days-before} before the due date)
 */
public record Milestone(
    String key,
    String name,
    MilestoneKind kind,
    Integer fromYear,
    Integer toYear,
    @DateTimeFormat(iso = ISO.DATE) LocalDate dueDate,
    @DateTimeFormat(iso = ISO.DATE) LocalDate opensOn) {

  /** "2021 – 2022", or "2021" for one year. */
  public String period() {
    return fromYear.equals(toYear) ? String.valueOf(fromYear) : fromYear + " – " + toYear;
  }
}
