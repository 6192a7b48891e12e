package vn.mohinh.evaluation;

/**
 * An open Tasklist task of the evaluation, as recorded when the engine created it: the year and
 * report it is about come from the process, never from what is submitted.
 */
public record EvaluationTask(String taskId, Kind kind, int year, String reportId) {

  public enum Kind {
    /** The reviewing office scores a report (Task_EvaluateReport). */
    EVALUATE,
    /** The standing committee approves or returns the year's list (Task_ApproveCommendations). */
    APPROVE,
    /** The reviewing office answers a return of the list (Task_ReconsiderCommendations). */
    RECONSIDER
  }
}
