package vn.mohinh.cycle;

import java.time.Instant;

/**
 * A deadline of a year changed by the reviewing office (a row of {@code mh_deadline_change}): from
 * when to when, why, who and when, and what it moved in the running processes.
 *
 * @param timersMoved timer jobs given a new due date, plus reminder branches put back on track
 * @param tasksMoved open user tasks given the new due date
 */
public record DeadlineChange(
    long id,
    int year,
    DeadlineKind kind,
    Instant oldDue,
    Instant newDue,
    String reason,
    String changedBy,
    Instant changedAt,
    int timersMoved,
    int tasksMoved) {}
