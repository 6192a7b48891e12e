package vn.mohinh.evaluation;

import java.time.Instant;
import java.util.List;

/**
 * The figures of a year of the cycle: units with and without a model, models per group, new and
 * continuing, reports on time, late and missing, commendations per level.
 *
 * @param registeringUnits every cell, committee and base cell (units that must register a model)
 * @param unitsWithModel those with at least one model accepted by the bloc
 * @param models the models accepted by the bloc; {@code byGroup} per model group
 * @param reportsExpected one report per accepted model that got one (the report window opened)
 * @param byLevel the approved commendations per level (every level, also those with none)
 * @param commendedModels models with an approved level other than "none"
 * @param showcasedModels models flagged for publication
 */
public record YearSummary(
    int year,
    int registeringUnits,
    int unitsWithModel,
    int unitsWithoutModel,
    int models,
    int newModels,
    int continuingModels,
    List<Count> byGroup,
    int reportsExpected,
    int reportsOnTime,
    int reportsLate,
    int reportsMissing,
    List<Count> byLevel,
    int commendedModels,
    int showcasedModels,
    Instant computedAt) {

  /** A line of a breakdown: its stable key, what people read, how many. */
  public record Count(String key, String label, int count) {}

  public YearSummary {
    byGroup = List.copyOf(byGroup);
    byLevel = List.copyOf(byLevel);
  }

  /** Reports not yet at the bloc and not missing either (the collection is still open). */
  public int reportsPending() {
    return reportsExpected - reportsOnTime - reportsLate - reportsMissing;
  }

  public int count(List<Count> counts, String key) {
    return counts.stream().filter(c -> c.key().equals(key)).mapToInt(Count::count).sum();
  }
}
