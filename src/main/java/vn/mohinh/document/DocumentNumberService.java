package vn.mohinh.document;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Allocates document numbers: sequential per issuing unit, document type and term (nhiệm kỳ),
 * never reused, and stable: a document keeps the number (and date) it got first, so downloading
 * it twice prints the same number.
 *
 * <p>Safe with several nodes on one database: the counter row is locked ({@code select … for
 * update}) while a number is taken, and unique keys guard both the document and the number. Each
 * allocation commits in a transaction of its own, so a number once given stays given even if the
 * caller's work fails afterwards.
 */
@Service
public class DocumentNumberService {

  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final DocumentProperties.Term term;

  @Autowired
  public DocumentNumberService(JdbcClient jdbc, PlatformTransactionManager transactions, DocumentProperties properties) {
    this(jdbc, transactions, properties.term());
  }

  DocumentNumberService(JdbcClient jdbc, PlatformTransactionManager transactions, DocumentProperties.Term term) {
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactions);
    this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.transaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    this.term = term;
  }

  /**
   * A document's number.
   *
   * @param number the number within unit, type and term (1, 2, …)
   * @param termStart the first year of the term
   * @param issuedOn the date the document was first numbered: the date of its date line
   */
  public record Allocation(String unitCode, int number, int termStart, LocalDate issuedOn) {

    public DocumentNumber toDocumentNumber(DocumentType type, String issuerCode) {
      return new DocumentNumber(number, type, issuerCode);
    }
  }

  /** The number the document already has, if any. */
  public Optional<Allocation> find(DocumentKey key) {
    return jdbc.sql(
            "select unit_code, number, term_start, issued_on from mh_document_number "
                + "where doc_type = ? and subject_id = ? and doc_year = ?")
        .params(key.type().name(), key.subjectId(), key.year())
        .query((rs, n) -> new Allocation(
            rs.getString("unit_code"), rs.getInt("number"), rs.getInt("term_start"),
            rs.getDate("issued_on").toLocalDate()))
        .optional();
  }

  /**
   * The document's number: the one it has, or the next one of the unit, type and term of
   * {@code issuedOn}.
   *
   * @param unitCode the issuing unit
   * @param issuedOn the date of the document, when it gets its number now
   * @param userId who asked for it (recorded)
   */
  public Allocation allocate(DocumentKey key, String unitCode, LocalDate issuedOn, String userId) {
    Optional<Allocation> existing = find(key);
    if (existing.isPresent()) {
      return existing.get();
    }
    int termStart = term.startOf(issuedOn.getYear());
    ensureCounter(unitCode, key.type(), termStart);
    try {
      return transaction.execute(status -> {
        int last = jdbc.sql(
                "select last_number from mh_document_counter "
                    + "where unit_code = ? and doc_type = ? and term_start = ? for update")
            .params(unitCode, key.type().name(), termStart)
            .query(Integer.class)
            .single();
        // Another node may have numbered this very document while we waited for the lock.
        Optional<Allocation> meanwhile = find(key);
        if (meanwhile.isPresent()) {
          return meanwhile.get();
        }
        int next = last + 1;
        jdbc.sql(
                "update mh_document_counter set last_number = ? "
                    + "where unit_code = ? and doc_type = ? and term_start = ? and last_number = ?")
            .params(next, unitCode, key.type().name(), termStart, last)
            .update();
        jdbc.sql(
                "insert into mh_document_number (doc_type, subject_id, doc_year, unit_code, term_start, number, "
                    + "issued_on, allocated_at, allocated_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .params(key.type().name(), key.subjectId(), key.year(), unitCode, termStart, next,
                Date.valueOf(issuedOn), Timestamp.from(Instant.now()), userId)
            .update();
        return new Allocation(unitCode, next, termStart, issuedOn);
      });
    } catch (DuplicateKeyException e) {
      // The document was numbered concurrently under another unit's counter: keep that number.
      return find(key).orElseThrow(() -> e);
    }
  }

  /** Creates the counter row of a unit, type and term if it is missing (its own transaction). */
  private void ensureCounter(String unitCode, DocumentType type, int termStart) {
    boolean exists = jdbc.sql(
            "select count(*) from mh_document_counter where unit_code = ? and doc_type = ? and term_start = ?")
        .params(unitCode, type.name(), termStart)
        .query(Integer.class)
        .single() > 0;
    if (exists) {
      return;
    }
    try {
      transaction.executeWithoutResult(status -> jdbc.sql(
              "insert into mh_document_counter (unit_code, doc_type, term_start, last_number) values (?, ?, ?, 0)")
          .params(unitCode, type.name(), termStart)
          .update());
    } catch (DuplicateKeyException e) {
      // created by a concurrent allocation: fine
    }
  }
}
