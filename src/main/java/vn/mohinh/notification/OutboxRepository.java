package vn.mohinh.notification;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;
import vn.mohinh.notification.OutboxMail.MailStatus;

/**
 * The outbox table {@code mh_mail_outbox}. Writes made inside a transaction (the engine's, when a
 * process step queues mail) join it; the sender's claims and results run outside any transaction,
 * each statement on its own.
 *
 * <p>Claims are race-free on any database: a sender reads candidate rows with their version, then
 * takes each with a conditional {@code UPDATE … WHERE id = ? AND version = ?}. Of two senders that
 * race for a row exactly one update matches; the other moves on.
 */
@Repository
public class OutboxRepository {

  private static final String COLUMNS =
      "id, dedup_key, kind, mail_year, unit_code, recipient, recipient_name, subject, body_text, body_html, "
          + "calendar_ics, calendar_name, status, attempts, next_attempt_at, claim_token, claimed_by, "
          + "claim_expires_at, last_error, delivered_via, message_id, created_at, sent_at, version";
  private static final String INSERT_COLUMNS =
      "(dedup_key, kind, mail_year, unit_code, recipient, recipient_name, subject, body_text, body_html, "
          + "calendar_ics, calendar_name, status, attempts, next_attempt_at, message_id, created_at, version)";
  private static final String DUE =
      "((status = 'PENDING' and next_attempt_at <= :now) or (status = 'SENDING' and claim_expires_at <= :now))";

  private final JdbcClient jdbc;
  private final boolean postgres;

  public OutboxRepository(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
    this.postgres = isPostgres(dataSource);
  }

  private static boolean isPostgres(DataSource dataSource) {
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try {
      return connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
    } catch (SQLException e) {
      return false;
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
  }

  /**
   * Queues the mail unless one with the same key is already there (in this transaction, in a
   * committed one, or in a concurrent one that commits first).
   *
   * @return whether the mail was queued now
   */
  public boolean insertIfAbsent(NewMail mail, String messageId, Instant now) {
    String values =
        " values (:key, :kind, :year, :unit, :recipient, :recipientName, :subject, :text, :html, :ics, :icsName, "
            + "'PENDING', 0, :now, :messageId, :now, 0)";
    var statement =
        jdbc.sql(
                "insert into mh_mail_outbox " + INSERT_COLUMNS + values
                    + (postgres ? " on conflict (dedup_key) do nothing" : ""))
            .param("key", mail.dedupKey())
            .param("kind", mail.kind())
            .param("year", mail.year())
            .param("unit", mail.unitCode())
            .param("recipient", mail.recipient())
            .param("recipientName", mail.recipientName())
            .param("subject", mail.subject())
            .param("text", mail.bodyText())
            .param("html", mail.bodyHtml())
            .param("ics", mail.calendarIcs())
            .param("icsName", mail.calendarName())
            .param("now", Timestamp.from(now))
            .param("messageId", messageId);
    if (postgres) {
      // A failed statement would abort the whole PostgreSQL transaction: never let it fail.
      return statement.update() == 1;
    }
    if (existsKey(mail.dedupKey())) {
      return false;
    }
    try {
      return statement.update() == 1;
    } catch (DuplicateKeyException raced) {
      // A concurrent transaction queued the same mail and committed first (H2 keeps our transaction usable).
      return false;
    }
  }

  public boolean existsKey(String dedupKey) {
    return jdbc.sql("select count(*) from mh_mail_outbox where dedup_key = ?").param(dedupKey).query(Long.class).single() > 0;
  }

  /**
   * Claims up to {@code limit} due mails for one sender: pending mails whose next attempt is due,
   * and mails whose previous sender's lease expired (that sender is presumed dead; the lost try
   * counts as an attempt).
   */
  public List<OutboxMail> claim(String token, String node, Instant now, Instant leaseUntil, int limit) {
    record Candidate(long id, int version) {}
    List<Candidate> candidates =
        new ArrayList<>(
            jdbc.sql("select id, version from mh_mail_outbox where " + DUE + " order by next_attempt_at, id fetch first :limit rows only")
                .param("now", Timestamp.from(now))
                .param("limit", limit * 2)
                .query((rs, n) -> new Candidate(rs.getLong(1), rs.getInt(2)))
                .list());
    // Senders of several nodes start from different rows: fewer lost races.
    Collections.shuffle(candidates);
    List<Long> claimed = new ArrayList<>();
    for (Candidate candidate : candidates) {
      if (claimed.size() >= limit) {
        break;
      }
      int updated;
      try {
        updated =
            jdbc.sql(
                    "update mh_mail_outbox set "
                        + "attempts = case when status = 'SENDING' then attempts + 1 else attempts end, "
                        + "last_error = case when status = 'SENDING' then :lost else last_error end, "
                        + "status = 'SENDING', claim_token = :token, claimed_by = :node, claim_expires_at = :lease, "
                        + "version = version + 1 where id = :id and version = :version and " + DUE)
                .param("lost", "Lượt gửi trước không hoàn tất (máy chủ ứng dụng dừng giữa chừng?)")
                .param("token", token)
                .param("node", node)
                .param("lease", Timestamp.from(leaseUntil))
                .param("id", candidate.id())
                .param("version", candidate.version())
                .param("now", Timestamp.from(now))
                .update();
      } catch (DataAccessException concurrentUpdate) {
        updated = 0; // another sender holds or just took the row
      }
      if (updated == 1) {
        claimed.add(candidate.id());
      }
    }
    if (claimed.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("select " + COLUMNS + " from mh_mail_outbox where claim_token = :token and id in (:ids) order by id")
        .param("token", token)
        .param("ids", claimed)
        .query(OutboxRepository::mail)
        .list();
  }

  /** Marks a claimed mail delivered; false if the claim was lost meanwhile. */
  public boolean markSent(long id, String token, Instant now, String deliveredVia) {
    return jdbc.sql(
                "update mh_mail_outbox set status = 'SENT', sent_at = ?, delivered_via = ?, claim_token = null, "
                    + "claim_expires_at = null, version = version + 1 where id = ? and claim_token = ?")
            .params(Timestamp.from(now), deliveredVia, id, token)
            .update()
        == 1;
  }

  /** Records a failed delivery: retried at {@code nextAttemptAt}, or FAILED when {@code giveUp}. */
  public boolean markAttemptFailed(long id, String token, int attempts, String error, Instant nextAttemptAt, boolean giveUp) {
    return jdbc.sql(
                "update mh_mail_outbox set status = ?, attempts = ?, last_error = ?, next_attempt_at = ?, "
                    + "claim_token = null, claim_expires_at = null, version = version + 1 where id = ? and claim_token = ?")
            .params(
                giveUp ? MailStatus.FAILED.name() : MailStatus.PENDING.name(),
                attempts,
                truncate(error, 2000),
                Timestamp.from(nextAttemptAt),
                id,
                token)
            .update()
        == 1;
  }

  /** Gives back a claimed mail that was not tried (the server was down for the whole batch). */
  public void release(long id, String token, Instant nextAttemptAt) {
    jdbc.sql(
            "update mh_mail_outbox set status = 'PENDING', next_attempt_at = ?, claim_token = null, "
                + "claim_expires_at = null, version = version + 1 where id = ? and claim_token = ?")
        .params(Timestamp.from(nextAttemptAt), id, token)
        .update();
  }

  /** Queues a FAILED mail again, with a fresh count of attempts. */
  public boolean resend(long id, Instant now) {
    return jdbc.sql(
                "update mh_mail_outbox set status = 'PENDING', attempts = 0, next_attempt_at = ?, claim_token = null, "
                    + "claim_expires_at = null, version = version + 1 where id = ? and status = 'FAILED'")
            .params(Timestamp.from(now), id)
            .update()
        == 1;
  }

  public Optional<OutboxMail> find(long id) {
    return jdbc.sql("select " + COLUMNS + " from mh_mail_outbox where id = ?").param(id).query(OutboxRepository::mail).optional();
  }

  /** The newest mails first, optionally of one status. */
  public List<OutboxMail> list(MailStatus status, int limit, int offset) {
    String where = status == null ? "" : " where status = :status";
    var statement =
        jdbc.sql("select " + COLUMNS + " from mh_mail_outbox" + where + " order by id desc offset :offset rows fetch next :limit rows only")
            .param("offset", offset)
            .param("limit", limit);
    if (status != null) {
      statement = statement.param("status", status.name());
    }
    return statement.query(OutboxRepository::mail).list();
  }

  public List<OutboxMail> findByDedupKeyPrefix(String prefix) {
    return jdbc.sql("select " + COLUMNS + " from mh_mail_outbox where dedup_key like ? order by id")
        .param(prefix.replace("%", "\\%").replace("_", "\\_") + "%")
        .query(OutboxRepository::mail)
        .list();
  }

  /** How many mails are in each status (every status present, zero where none). */
  public Map<MailStatus, Long> countByStatus() {
    Map<MailStatus, Long> counts = new LinkedHashMap<>();
    for (MailStatus status : MailStatus.values()) {
      counts.put(status, 0L);
    }
    jdbc.sql("select status, count(*) from mh_mail_outbox group by status")
        .query(
            (ResultSet rs) -> {
              counts.put(MailStatus.valueOf(rs.getString(1)), rs.getLong(2));
            });
    return counts;
  }

  private static OutboxMail mail(ResultSet rs, int row) throws SQLException {
    int year = rs.getInt("mail_year");
    Integer mailYear = rs.wasNull() ? null : year;
    return new OutboxMail(
        rs.getLong("id"),
        rs.getString("dedup_key"),
        rs.getString("kind"),
        mailYear,
        rs.getString("unit_code"),
        rs.getString("recipient"),
        rs.getString("recipient_name"),
        rs.getString("subject"),
        rs.getString("body_text"),
        rs.getString("body_html"),
        rs.getString("calendar_ics"),
        rs.getString("calendar_name"),
        MailStatus.valueOf(rs.getString("status")),
        rs.getInt("attempts"),
        instant(rs.getTimestamp("next_attempt_at")),
        rs.getString("claim_token"),
        rs.getString("claimed_by"),
        instant(rs.getTimestamp("claim_expires_at")),
        rs.getString("last_error"),
        rs.getString("delivered_via"),
        rs.getString("message_id"),
        instant(rs.getTimestamp("created_at")),
        instant(rs.getTimestamp("sent_at")),
        rs.getInt("version"));
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

  static String truncate(String text, int max) {
    if (text == null) {
      return null;
    }
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
