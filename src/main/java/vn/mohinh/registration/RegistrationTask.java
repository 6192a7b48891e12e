package vn.mohinh.registration;

/**
 * An open Tasklist task of the registration, as recorded when the engine created it: the unit,
 * year and model it is about come from the process, never from what is submitted.
 */
public record RegistrationTask(String taskId, Kind kind, int year, String unitCode, String initiativeId) {

  public enum Kind {
    WRITE_PLAN,
    REVIEW_PLAN,
    COMPILE,
    ACCEPT
  }
}
