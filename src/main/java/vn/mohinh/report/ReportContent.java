package vn.mohinh.report;

import java.util.List;

/**
 * What a result report (mẫu 03) says, section by section, and its figures compared with before.
 * The optional sections of the template ("nếu có": lessons, shortcomings) may be null.
 */
public record ReportContent(
    String situation,
    String necessity,
    String relatedDocuments,
    String basicContent,
    String leadership,
    String initiatives,
    String effectiveness,
    String lessons,
    String shortcomings,
    String replicationScope,
    String replicationLeadership,
    String nextSteps,
    List<Indicator> indicators) {

  public ReportContent {
    indicators = indicators == null ? List.of() : List.copyOf(indicators);
  }

  public static ReportContent empty() {
    return new ReportContent(null, null, null, null, null, null, null, null, null, null, null, null, List.of());
  }

  /** The text of a section. */
  public String section(ReportField field) {
    return switch (field) {
      case SITUATION -> situation;
      case NECESSITY -> necessity;
      case RELATED_DOCUMENTS -> relatedDocuments;
      case BASIC_CONTENT -> basicContent;
      case LEADERSHIP -> leadership;
      case INITIATIVES -> initiatives;
      case EFFECTIVENESS -> effectiveness;
      case LESSONS -> lessons;
      case SHORTCOMINGS -> shortcomings;
      case REPLICATION_SCOPE -> replicationScope;
      case REPLICATION_LEADERSHIP -> replicationLeadership;
      case NEXT_STEPS -> nextSteps;
    };
  }

  /** Whether nothing has been written yet (a fresh report). */
  public boolean isEmpty() {
    for (ReportField field : ReportField.values()) {
      if (section(field) != null) {
        return false;
      }
    }
    return indicators.isEmpty();
  }
}
