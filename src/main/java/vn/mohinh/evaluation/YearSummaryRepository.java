package vn.mohinh.evaluation;

import static vn.mohinh.report.Jdbc.instant;
import static vn.mohinh.report.Jdbc.odt;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored year summaries ({@code mh_year_summary}, {@code mh_year_summary_count}). */
@Repository
public class YearSummaryRepository {

  static final String GROUP = "GROUP";
  static final String LEVEL = "LEVEL";

  private final JdbcClient jdbc;

  public YearSummaryRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores the summary, replacing the one stored before for the year. */
  public void save(YearSummary s) {
    jdbc.sql("delete from mh_year_summary_count where cycle_year = ?").param(s.year()).update();
    jdbc.sql("delete from mh_year_summary where cycle_year = ?").param(s.year()).update();
    jdbc.sql(
            "insert into mh_year_summary (cycle_year, registering_units, units_with_model, units_without_model, models, new_models, "
                + "continuing_models, reports_expected, reports_on_time, reports_late, reports_missing, commended_models, "
                + "showcased_models, computed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            s.year(), s.registeringUnits(), s.unitsWithModel(), s.unitsWithoutModel(), s.models(), s.newModels(),
            s.continuingModels(), s.reportsExpected(), s.reportsOnTime(), s.reportsLate(), s.reportsMissing(),
            s.commendedModels(), s.showcasedModels(), odt(s.computedAt()))
        .update();
    insertCounts(s.year(), GROUP, s.byGroup());
    insertCounts(s.year(), LEVEL, s.byLevel());
  }

  public Optional<YearSummary> find(int year) {
    List<YearSummary.Count> groups = counts(year, GROUP);
    List<YearSummary.Count> levels = counts(year, LEVEL);
    return jdbc.sql("select * from mh_year_summary where cycle_year = ?")
        .param(year)
        .query(
            (rs, n) ->
                new YearSummary(
                    rs.getInt("cycle_year"), rs.getInt("registering_units"), rs.getInt("units_with_model"),
                    rs.getInt("units_without_model"), rs.getInt("models"), rs.getInt("new_models"), rs.getInt("continuing_models"),
                    groups, rs.getInt("reports_expected"), rs.getInt("reports_on_time"), rs.getInt("reports_late"),
                    rs.getInt("reports_missing"), levels, rs.getInt("commended_models"), rs.getInt("showcased_models"),
                    instant(rs, "computed_at")))
        .optional();
  }

  private void insertCounts(int year, String dimension, List<YearSummary.Count> counts) {
    int seq = 0;
    for (YearSummary.Count c : counts) {
      jdbc.sql(
              "insert into mh_year_summary_count (cycle_year, dimension, item_key, label, seq, item_count) values (?, ?, ?, ?, ?, ?)")
          .params(year, dimension, c.key(), c.label(), ++seq, c.count())
          .update();
    }
  }

  private List<YearSummary.Count> counts(int year, String dimension) {
    return jdbc.sql("select item_key, label, item_count from mh_year_summary_count where cycle_year = ? and dimension = ? order by seq")
        .params(year, dimension)
        .query((rs, n) -> new YearSummary.Count(rs.getString("item_key"), rs.getString("label"), rs.getInt("item_count")))
        .list();
  }
}
