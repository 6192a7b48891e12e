package vn.mohinh.testsupport;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Deletes the product's domain rows of one cycle year, children first: what a Spring test made in a
 * year of its own (mails, document numbers, evaluations, reports, registration, deadlines), so that
 * the shared context stays clean for the next test class.
 */
public final class YearData {

  private YearData() {}

  public static void delete(JdbcClient jdbc, int year) {
    jdbc.sql("delete from mh_mail_outbox where mail_year = ?").param(year).update();
    jdbc.sql("delete from mh_document_counter where term_start in (select term_start from mh_document_number where doc_year = ?)")
        .param(year).update();
    jdbc.sql("delete from mh_document_number where doc_year = ?").param(year).update();
    String reportsOfYear = "(select id from mh_report where cycle_year = " + year + ")";
    for (String table : new String[] {"mh_commendation", "mh_evaluation_score", "mh_evaluation", "mh_report_indicator", "mh_report_content"}) {
      jdbc.sql("delete from " + table + " where report_id in " + reportsOfYear).update();
    }
    for (String table : new String[] {"mh_report", "mh_deadline_change", "mh_registration_event", "mh_registration_task", "mh_submission"}) {
      jdbc.sql("delete from " + table + " where cycle_year = ?").param(year).update();
    }
    jdbc.sql("delete from mh_initiative_plan where initiative_id in (select id from mh_initiative where cycle_year = ?)")
        .param(year).update();
    for (String table : new String[] {"mh_initiative", "mh_deadline", "mh_cycle_year"}) {
      jdbc.sql("delete from " + table + " where cycle_year = ?").param(year).update();
    }
  }
}
