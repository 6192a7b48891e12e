package vn.mohinh.benchmark;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * The registration cycle of one year, worked from end to end: the reviewer opens the year; the
 * jobs fan out to every base unit; the deadlines' reminder timers fire as the clock moves through
 * February; units write their plans (a few add a second model, a few are late), committees review
 * them (a few go back once), compile mẫu 02 and submit; the reviewer accepts (a few committees get
 * theirs back once), the deadlines pass, and the reviewer closes the bloc-wide summary.
 */
final class CycleScenario {

  record Result(double seconds, long tasks, long jobs, long jobFailures, long retries, Map<String, Long> byKey, boolean ended) {
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
    double seconds = Stats.since(start) / 1000.0;
    boolean ended = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(cycle.getId()).count() == 0;
    boolean registrationOver =
        engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(cycle.getId())
            .activityId("SubProcess_Registration").finished().count() == 1;
    return new Result(seconds, driver.tasksCompleted.get(), driver.jobsExecuted.get(), driver.jobFailures.get(), driver.taskRetries.get(),
        new java.util.TreeMap<>(driver.completedByKey), ended || registrationOver);
  }
}
