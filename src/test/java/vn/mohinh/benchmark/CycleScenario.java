package vn.mohinh.benchmark;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * The whole cycle of one year, worked from end to end: the reviewer opens the year; the jobs fan out
 * to every base unit; the deadlines' reminder timers fire as the clock moves through February; units
 * write their plans (a few add a second model, a few are late), committees review them (a few go
 * back once), compile mẫu 02 and submit; the reviewer accepts (a few committees get theirs back
 * once), the deadlines pass, and the reviewer closes the bloc-wide summary. Then the report phase:
 * at 15/11 the report window's timer opens a result report (mẫu 03) for every model; units write
 * them (a few late, a very few never), committees review their cells' reports (a few go back once),
 * the reviewers evaluate each report as it arrives; the reminders and the overdue notice fire as the
 * clock passes 8, 12, 14 and 15/12; the late reports come on 17/12; the reviewer closes the
 * collection on 18/12 and evaluates what is left; the standing committee returns the commendation
 * list once (two reports evaluated again) then approves it; the commendations are recorded and the
 * annual-cycle instance ends.
 */
final class CycleScenario {

  /** One phase: wall time, tasks completed, jobs executed. */
  record Phase(double seconds, long tasks, long jobs) {
    double tasksPerSecond() {
      return tasks / seconds;
    }
  }

  record Result(
      double seconds, long tasks, long jobs, long jobFailures, long retries, Map<String, Long> retriesByKey, Map<String, Long> byKey,
      Phase registration, Phase report, boolean registrationEnded, boolean ended) {
    double tasksPerSecond() {
      return tasks / seconds;
    }
  }

  private CycleScenario() {}

  /** Runs the cycle; {@code product}: the reviewer submits the start form, else the process starts with {@code year}. */
  static Result run(ProcessEngine engine, Driver driver, int year, boolean product) {
    Driver.clock(year, "01-05T08:00");
    long start = System.nanoTime();
    ProcessInstance cycle;
    String definition =
        engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("Process_AnnualCycle").latestVersion()
            .singleResult().getId();
    Map<String, Object> open = new HashMap<>();
    if (product) {
      open.put("openYear", (double) year);
      open.put("openCellPlanDeadline", null);
      open.put("openSubmissionDeadline", null);
      open.put("openReportOpens", null);
      open.put("openReportDeadline", null);
      String[] id = new String[1];
      driver.as(SyntheticOrganization.REVIEWER, () -> id[0] = engine.getFormService().submitStartForm(definition, open).getId());
      cycle = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id[0]).singleResult();
    } else {
      open.put("year", year);
      cycle = engine.getRuntimeService().startProcessInstanceById(definition, String.valueOf(year), open);
    }
    registration(driver, year);
    Phase registration = new Phase(Stats.since(start) / 1000.0, driver.tasksCompleted.get(), driver.jobsExecuted.get());

    long reportStart = System.nanoTime();
    report(driver, year);
    long now = System.nanoTime();
    Phase report = new Phase((now - reportStart) / 1e9, driver.tasksCompleted.get() - registration.tasks(),
        driver.jobsExecuted.get() - registration.jobs());
    double seconds = (now - start) / 1e9;
    boolean registrationOver =
        engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(cycle.getId())
            .activityId("SubProcess_Registration").finished().count() == 1;
    boolean ended = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(cycle.getId()).count() == 0
        && engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(cycle.getId())
            .activityId("EndEvent_CycleDone").finished().count() == 1;
    return new Result(seconds, driver.tasksCompleted.get(), driver.jobsExecuted.get(), driver.jobFailures.get(), driver.taskRetries.get(),
        new java.util.TreeMap<>(driver.retriedByKey), new java.util.TreeMap<>(driver.completedByKey), registration, report, registrationOver, ended);
  }

  /** February: from the fan-out to the bloc-wide summary. */
  private static void registration(Driver driver, int year) {
    driver.runJobs();
    Predicate<String> onTime = unit -> !driver.late(unit);
    Predicate<String> everyone = unit -> true;

    Driver.clock(year, "02-13T17:01"); // 7 days before the cells' deadline
    driver.runJobs();
    driver.work(onTime, Driver.WRITE, Driver.REVIEW);
    for (String step : new String[] {"02-17T17:01", "02-18T17:01", "02-19T17:01", "02-20T17:01"}) {
      Driver.clock(year, step); // reminders 3 and 1 days before, the submission's 7 days before, the cells' deadline
      driver.runJobs();
    }
    driver.work(everyone, Driver.WRITE, Driver.REVIEW);
    driver.work(everyone, Driver.COMPILE);
    for (String step : new String[] {"02-22T17:01", "02-24T17:01"}) {
      Driver.clock(year, step);
      driver.runJobs();
    }
    driver.work(everyone, Driver.ACCEPT, Driver.COMPILE, Driver.WRITE, Driver.REVIEW);
    Driver.clock(year, "02-25T17:01"); // the submission deadline passes
    driver.runJobs();
    driver.work(everyone, Driver.SUMMARY);
    driver.runJobs();
  }

  /** November–December: result reports, evaluation, the commendation list, until the annual cycle ends. */
  private static void report(Driver driver, int year) {
    Predicate<String> onTime = unit -> !driver.reportsLate(unit) && !driver.reportsNever(unit);
    Predicate<String> late = driver::reportsLate;
    Predicate<String> everyone = unit -> true;

    Driver.clock(year, "11-15T17:01"); // the report window opens: one report task per model
    driver.runJobs();
    Driver.clock(year, "12-01T09:00");
    driver.work(onTime, Driver.WRITE_REPORT, Driver.REVIEW_REPORT, Driver.EVALUATE);
    for (String step : new String[] {"12-08T17:01", "12-12T17:01", "12-14T17:01", "12-15T17:01"}) {
      Driver.clock(year, step); // reminders 7, 3 and 1 days before, then the overdue notice
      driver.runJobs();
    }
    Driver.clock(year, "12-17T09:00");
    driver.work(late, Driver.WRITE_REPORT, Driver.REVIEW_REPORT);
    Driver.clock(year, "12-18T09:00"); // the reviewer closes the collection (when some report is still missing or not evaluated)
    driver.work(everyone, Driver.CLOSE);
    driver.work(everyone, Driver.EVALUATE);
    Driver.clock(year, "12-26T09:00"); // the standing committee: returned once, re-evaluated, approved
    driver.work(everyone, Driver.APPROVE, Driver.RECONSIDER, Driver.EVALUATE);
    driver.runJobs();
  }
}
