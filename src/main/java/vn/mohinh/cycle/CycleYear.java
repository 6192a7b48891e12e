package vn.mohinh.cycle;

import java.time.Instant;

/** A year of the cycle as stored when it was opened. */
public record CycleYear(
    int year, Status status, Instant openedAt, String openedBy, String processInstanceId, Instant registrationClosedAt) {

  /** Where the year stands. The report phase adds its own states after {@link #REGISTRATION_CLOSED}. */
  public enum Status {
    /** Opened: units register their models. */
    REGISTRATION,
    /** The bloc-wide registration summary was confirmed by the reviewing office. */
    REGISTRATION_CLOSED,
    /** The result reports are open (report phase: reports, evaluation, commendation). */
    REPORTING,
    /** The commendations are approved and the year's figures stored: the year is over. */
    CLOSED
  }
}
