package vn.mohinh.milestone;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Milestone reviews and phase plans ({@code mohinh.milestones}). The defaults are those of plan
 * 43-KH/ĐUK; a bloc adds its own (e.g. for 2026–2030) in its configuration.
 *
 * @param timerEnabled whether Process_MilestoneReview starts by itself each morning a milestone is
 *     open ({@code opensOn} ≤ today ≤ due date) and not yet run; off by default: the reviewing office
 *     starts it from Tasklist
 * @param cellLeadDays a committee's cells report this many days before the committee's due date
 * @param opensDaysBefore default of a milestone's {@code opensOn}: days before its due date
 * @param compileDays the reviewing office's compilation is due this many days after the units' due date
 * @param dueTime the time of day a due date falls at, in {@code zone}
 */
@ConfigurationProperties("mohinh.milestones")
public record MilestoneProperties(
    boolean timerEnabled,
    Integer cellLeadDays,
    Integer opensDaysBefore,
    Integer compileDays,
    @DateTimeFormat(pattern = "HH:mm") LocalTime dueTime,
    ZoneId zone,
    List<Milestone> items) {

  public MilestoneProperties {
    cellLeadDays = cellLeadDays == null || cellLeadDays < 0 ? 7 : cellLeadDays;
    opensDaysBefore = opensDaysBefore == null || opensDaysBefore < 0 ? 30 : opensDaysBefore;
    compileDays = compileDays == null || compileDays < 0 ? 10 : compileDays;
    dueTime = dueTime == null ? LocalTime.of(17, 0) : dueTime;
    zone = zone == null ? ZoneId.of("Asia/Ho_Chi_Minh") : zone;
    List<Milestone> checked = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    for (Milestone m : items == null ? List.<Milestone>of() : items) {
      if (m.key() == null || !m.key().matches("[a-z0-9][a-z0-9-]{0,63}")) {
        throw new IllegalArgumentException("mohinh.milestones.items: key '" + m.key() + "' must be lower-case letters, digits and '-'");
      }
      if (!keys.add(m.key())) {
        throw new IllegalArgumentException("mohinh.milestones.items: key '" + m.key() + "' appears twice");
      }
      if (m.name() == null || m.name().isBlank() || m.dueDate() == null || m.fromYear() == null || m.toYear() == null
          || m.fromYear() > m.toYear()) {
        throw new IllegalArgumentException(
            "mohinh.milestones.items: '" + m.key() + "' needs a name, a due-date and from-year ≤ to-year");
      }
      checked.add(new Milestone(m.key(), m.name().strip(), m.kind() == null ? MilestoneKind.REVIEW : m.kind(), m.fromYear(),
          m.toYear(), m.dueDate(), m.opensOn() == null ? m.dueDate().minusDays(opensDaysBefore) : m.opensOn()));
    }
    items = List.copyOf(checked);
  }
}
