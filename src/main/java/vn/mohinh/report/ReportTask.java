package vn.mohinh.report;

/**
 * An open Tasklist task of the report phase, as recorded when the engine created it: the year, unit
 * and report it is about come from the process, never from what is submitted.
 */
public record ReportTask(String taskId, Kind kind, int year, String unitCode, String reportId) {

  public enum Kind {
    /** A unit writes (or revises) its report. */
    WRITE,
    /** A committee reviews a cell's report. */
    REVIEW,
    /** The reviewing office watches the collection and may close it. */
    CLOSE_COLLECTION
  }
}
