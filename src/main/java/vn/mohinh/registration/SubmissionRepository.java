package vn.mohinh.registration;

import static vn.mohinh.registration.InitiativeRepository.instant;
import static vn.mohinh.registration.InitiativeRepository.odt;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Submissions of base units to the bloc in {@code mh_submission}. */
@Repository
public class SubmissionRepository {

  private static final String SELECT =
      "select id, cycle_year, unit_code, round, status, submitted_at, submitted_by, decided_at, decided_by, comment "
          + "from mh_submission ";

  private final JdbcClient jdbc;

  public SubmissionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(Submission s) {
    jdbc.sql(
            "insert into mh_submission (id, cycle_year, unit_code, round, status, submitted_at, submitted_by) "
                + "values (?, ?, ?, ?, ?, ?, ?)")
        .params(s.id(), s.year(), s.unitCode(), s.round(), s.status().name(), odt(s.submittedAt()), s.submittedBy())
        .update();
  }

  /** The unit's latest round, if it ever submitted. */
  public Optional<Submission> latest(int year, String unitCode) {
    return jdbc.sql(SELECT + "where cycle_year = ? and unit_code = ? order by round desc")
        .params(year, unitCode)
        .query(SubmissionRepository::submission)
        .list()
        .stream()
        .findFirst();
  }

  public List<Submission> ofYear(int year) {
    return jdbc.sql(SELECT + "where cycle_year = ? order by unit_code, round").param(year).query(SubmissionRepository::submission).list();
  }

  public void decide(String id, Submission.Status status, String comment, Instant at, String by) {
    jdbc.sql("update mh_submission set status = ?, comment = ?, decided_at = ?, decided_by = ? where id = ?")
        .params(status.name(), comment, odt(at), by, id)
        .update();
  }

  private static Submission submission(ResultSet rs, int row) throws SQLException {
    return new Submission(
        rs.getString("id"),
        rs.getInt("cycle_year"),
        rs.getString("unit_code"),
        rs.getInt("round"),
        Submission.Status.valueOf(rs.getString("status")),
        instant(rs, "submitted_at"),
        rs.getString("submitted_by"),
        instant(rs, "decided_at"),
        rs.getString("decided_by"),
        rs.getString("comment"));
  }
}
