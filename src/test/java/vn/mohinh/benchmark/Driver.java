package vn.mohinh.benchmark;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * Works the processes as their people would: lists the open tasks of a kind, and has each completed
 * by the user who owns it, with that user's own authentication (what Tasklist does: open the form,
 * read its variables, claim if it is the office's, submit). Jobs (async continuations, timers,
 * reminders) are executed through the ManagementService by a pool of threads, the jobs of one process
 * instance one after the other, as the job executor does with exclusive jobs.
 */
public final class Driver implements AutoCloseable {

  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  /** What the driver submits for each kind of task. */
  public interface Answers {
    Map<String, Object> writePlan(String unitCode, boolean addAnother);

    Map<String, Object> review(boolean approve);

    Map<String, Object> compile();

    Map<String, Object> accept(boolean accept);

    Map<String, Object> summary();

    /** A result report (mẫu 03) of the unit's model; {@code form}: what the task's form shows. */
    Map<String, Object> writeReport(String unitCode, int round, VariableMap form);

    Map<String, Object> reviewReport(boolean approve);

    /** Scores of a report; {@code form} holds the criteria (labels and bounds of the score slots). */
    Map<String, Object> evaluate(String reportId, int round, VariableMap form);

    Map<String, Object> closeCollection();

    Map<String, Object> approveCommendations(boolean approve);

    /** The reviewing office's answer to a returned list; {@code form} holds the reports it may re-evaluate. */
    Map<String, Object> reconsider(VariableMap form);
  }

  public static final String WRITE = "Task_WritePlan";
  public static final String REVIEW = "Task_ReviewCellPlan";
  public static final String COMPILE = "Task_CompileSummary";
  public static final String ACCEPT = "Task_AcceptSubmission";
  public static final String SUMMARY = "Task_RegistrationSummary";
  public static final String WRITE_REPORT = "Task_WriteReport";
  public static final String REVIEW_REPORT = "Task_ReviewCellReport";
  public static final String EVALUATE = "Task_EvaluateReport";
  public static final String CLOSE = "Task_CloseReportCollection";
  public static final String APPROVE = "Task_ApproveCommendations";
  public static final String RECONSIDER = "Task_ReconsiderCommendations";

  /** Tasks of an office's group (reviewers, approvers): claimed first, as in Tasklist. */
  private static final Set<String> CLAIMED = Set.of(ACCEPT, SUMMARY, EVALUATE, CLOSE, APPROVE, RECONSIDER);

  private final ProcessEngine engine;
  private final SyntheticOrganization org;
  private final Answers answers;
  private final ExecutorService pool;
  private final int threads;
  final AtomicLong tasksCompleted = new AtomicLong();
  final AtomicLong jobsExecuted = new AtomicLong();
  final AtomicLong jobFailures = new AtomicLong();
  final AtomicLong taskRetries = new AtomicLong();
  final Map<String, Long> completedByKey = new ConcurrentHashMap<>();
  /** Submissions refused by a concurrent update (OptimisticLockingException) and made again, per kind of task. */
  final Map<String, Long> retriedByKey = new ConcurrentHashMap<>();
  private final Set<String> addedAnother = ConcurrentHashMap.newKeySet();
  private final Set<String> returnedPlans = ConcurrentHashMap.newKeySet();
  private final Set<String> returnedSubmissions = ConcurrentHashMap.newKeySet();
  private final Set<String> returnedReports = ConcurrentHashMap.newKeySet();
  private final Map<String, Integer> reportRounds = new ConcurrentHashMap<>();
  private final Map<String, Integer> evaluationRounds = new ConcurrentHashMap<>();
  private final AtomicInteger approvals = new AtomicInteger();

  /** Shares of units (percent) that add a second model, whose plan is returned once, whose submission is returned once, that are late. */
  int addAnotherPct = 5;
  int returnPlanPct = 5;
  int returnSubmissionPct = 3;
  int latePct = 3;
  /** Report phase: shares of units (percent) that report after 15/12, that never report, whose cell report is returned once. */
  int reportLatePct = 3;
  int reportMissingPct = 1;
  int returnReportPct = 5;
  /** The standing committee returns the commendation list this many times before approving it. */
  int commendationReturns = 1;

  public Driver(ProcessEngine engine, SyntheticOrganization org, Answers answers, int threads) {
    this.engine = engine;
    this.org = org;
    this.answers = answers;
    this.threads = Math.max(1, threads);
    this.pool = Executors.newFixedThreadPool(this.threads, r -> {
      Thread t = new Thread(r, "bench-worker");
      t.setDaemon(true);
      return t;
    });
  }

  /** Sets the engine's clock to a local date-time of the bloc. */
  public static void clock(int year, String monthDayTime) {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(year + "-" + monthDayTime).atZone(ZONE).toInstant()));
  }

  static boolean share(String code, int pct, int salt) {
    return Math.floorMod((code + "#" + salt).hashCode(), 100) < pct;
  }

  public boolean late(String unitCode) {
    return share(unitCode, latePct, 1);
  }

  /** The unit's result reports arrive after the deadline. */
  public boolean reportsLate(String unitCode) {
    return !reportsNever(unitCode) && share(unitCode, reportLatePct, 5);
  }

  /** The unit never writes its result reports (the collection is closed without them). */
  public boolean reportsNever(String unitCode) {
    return share(unitCode, reportMissingPct, 6);
  }

  // ------------------------------------------------------------------------------------- jobs

  /** Executes every executable job (and those they create) until none is left; returns how many ran. */
  public int runJobs() {
    int total = 0;
    Map<String, Integer> failures = new ConcurrentHashMap<>();
    while (true) {
      List<Job> jobs = engine.getManagementService().createJobQuery().executable().active().list();
      if (jobs.isEmpty()) {
        return total;
      }
      Map<String, List<Job>> byInstance = new LinkedHashMap<>();
      for (Job job : jobs) {
        byInstance.computeIfAbsent(job.getProcessInstanceId() == null ? job.getId() : job.getProcessInstanceId(), k -> new ArrayList<>())
            .add(job);
      }
      List<Future<Integer>> done = new ArrayList<>();
      for (List<Job> group : byInstance.values()) {
        done.add(pool.submit(() -> {
          int ran = 0;
          for (Job job : group) {
            if (execute(job, failures)) {
              ran++;
            }
          }
          return ran;
        }));
      }
      total += await(done);
    }
  }

  private boolean execute(Job job, Map<String, Integer> failures) {
    try {
      engine.getManagementService().executeJob(job.getId());
      jobsExecuted.incrementAndGet();
      return true;
    } catch (RuntimeException e) {
      jobFailures.incrementAndGet();
      int failed = failures.merge(job.getId(), 1, Integer::sum);
      boolean exists = engine.getManagementService().createJobQuery().jobId(job.getId()).count() > 0;
      if (!exists) {
        return false;
      }
      if (failed > 5) {
        throw new IllegalStateException("Job " + job.getId() + " keeps failing", e);
      }
      try {
        engine.getManagementService().setJobRetries(job.getId(), 3);
      } catch (RuntimeException gone) {
        // executed or removed meanwhile
      }
      return false;
    }
  }

  // ------------------------------------------------------------------------------------- tasks

  /** An open task, its unit and who works on it. */
  record Work(Task task, String unitCode, String user) {}

  /** The open tasks of a kind with their unit (process variable unitCode), unauthenticated. */
  public List<Work> open(String key) {
    List<Task> tasks = engine.getTaskService().createTaskQuery().taskDefinitionKey(key).orderByTaskCreateTime().asc().list();
    Map<String, String> units =
        unitsOf(tasks.stream().map(Task::getProcessInstanceId).filter(java.util.Objects::nonNull).distinct().toList());
    List<Work> work = new ArrayList<>();
    for (Task task : tasks) {
      if (task.getProcessInstanceId() == null) {
        continue; // a standalone task of the inbox scenario
      }
      String unit = units.get(task.getProcessInstanceId());
      work.add(new Work(task, unit, owner(task, unit)));
    }
    return work;
  }

  private Map<String, String> unitsOf(List<String> processInstanceIds) {
    Map<String, String> units = new HashMap<>();
    for (int from = 0; from < processInstanceIds.size(); from += 500) {
      List<String> chunk = processInstanceIds.subList(from, Math.min(processInstanceIds.size(), from + 500));
      for (VariableInstance v :
          engine.getRuntimeService().createVariableInstanceQuery().variableName("unitCode")
              .processInstanceIdIn(chunk.toArray(String[]::new)).list()) {
        // the instance's own, not a task's (a cell report's review has the committee as its task-local unitCode)
        if (v.getExecutionId().equals(v.getProcessInstanceId()) && v.getTaskId() == null) {
          units.put(v.getProcessInstanceId(), (String) v.getValue());
        }
      }
    }
    return units;
  }

  private String owner(Task task, String unitCode) {
    String key = task.getTaskDefinitionKey();
    return switch (key) {
      case ACCEPT, SUMMARY, CLOSE, RECONSIDER -> SyntheticOrganization.REVIEWER;
      // the two officers of the reviewing office share the evaluations
      case EVALUATE -> Math.floorMod(task.getId().hashCode(), 2) == 0 ? SyntheticOrganization.REVIEWER : SyntheticOrganization.REVIEWER_2;
      case APPROVE -> SyntheticOrganization.APPROVER;
      case REVIEW, REVIEW_REPORT -> org.unit(unitCode).parent() + ".bithu";
      default -> org.unit(unitCode).secretary();
    };
  }

  /**
   * Completes the open tasks of the kinds given whose unit passes, again and again (a completion
   * may open another task of those kinds) until none is left; runs the jobs in between.
   */
  public int work(Predicate<String> units, String... keys) {
    int total = 0;
    while (true) {
      runJobs();
      List<Work> work = new ArrayList<>();
      for (String key : keys) {
        open(key).stream().filter(w -> w.unitCode() == null || units.test(w.unitCode())).forEach(work::add);
      }
      if (work.isEmpty()) {
        return total;
      }
      total += complete(work);
    }
  }

  /** Completes the tasks in the pool; returns how many were completed. */
  public int complete(List<Work> work) {
    List<Future<Integer>> done = new ArrayList<>();
    for (Work w : work) {
      done.add(pool.submit(() -> completeOne(w) ? 1 : 0));
    }
    return await(done);
  }

  boolean completeOne(Work w) {
    String key = w.task().getTaskDefinitionKey();
    Function<VariableMap, Map<String, Object>> answer = answer(w, key);
    for (int attempt = 1; ; attempt++) {
      try {
        as(w.user(), () -> {
          var forms = engine.getFormService();
          if (CLAIMED.contains(key)) {
            engine.getTaskService().claim(w.task().getId(), w.user());
          }
          VariableMap form = forms.getTaskFormVariables(w.task().getId());
          forms.submitTaskForm(w.task().getId(), answer.apply(form));
        });
        tasksCompleted.incrementAndGet();
        completedByKey.merge(key, 1L, Long::sum);
        return true;
      } catch (OptimisticLockingException e) {
        // Another completion changed the same parent at the same time (e.g. two evaluations ending two
        // model reports of the same multi-instance): nothing was saved; the user submits again.
        taskRetries.incrementAndGet();
        retriedByKey.merge(key, 1L, Long::sum);
        if (attempt >= 10) {
          throw e;
        }
        if (engine.getTaskService().createTaskQuery().taskId(w.task().getId()).count() == 0) {
          return false;
        }
        if (CLAIMED.contains(key)) {
          engine.getTaskService().setAssignee(w.task().getId(), null);
        }
        pause(attempt);
      }
    }
  }

  /** What the user submits; the decisions are taken once (a retry after a conflict submits the same), the rest from the form. */
  private Function<VariableMap, Map<String, Object>> answer(Work w, String key) {
    String unit = w.unitCode();
    return switch (key) {
      case WRITE -> {
        Map<String, Object> values = answers.writePlan(unit, share(unit, addAnotherPct, 2) && addedAnother.add(unit));
        yield form -> values;
      }
      case REVIEW -> {
        Map<String, Object> values = answers.review(!(share(unit, returnPlanPct, 3) && returnedPlans.add(unit)));
        yield form -> values;
      }
      case COMPILE -> form -> answers.compile();
      case ACCEPT -> {
        Map<String, Object> values = answers.accept(!(org.unit(unit).kind() == vn.mohinh.organization.UnitKind.COMMITTEE
            && share(unit, returnSubmissionPct, 4) && returnedSubmissions.add(unit)));
        yield form -> values;
      }
      case SUMMARY -> form -> answers.summary();
      case WRITE_REPORT -> {
        int round = reportRounds.merge(w.task().getProcessInstanceId(), 1, Integer::sum);
        yield form -> answers.writeReport(unit, round, form);
      }
      case REVIEW_REPORT -> {
        Map<String, Object> values =
            answers.reviewReport(!(share(unit, returnReportPct, 7) && returnedReports.add(w.task().getProcessInstanceId())));
        yield form -> values;
      }
      case EVALUATE -> {
        String reportId = (String) engine.getRuntimeService().getVariable(w.task().getExecutionId(), "reportId");
        int round = evaluationRounds.merge(reportId, 1, Integer::sum);
        yield form -> answers.evaluate(reportId, round, form);
      }
      case CLOSE -> form -> answers.closeCollection();
      case APPROVE -> {
        Map<String, Object> values = answers.approveCommendations(approvals.incrementAndGet() > commendationReturns);
        yield form -> values;
      }
      case RECONSIDER -> answers::reconsider;
      default -> throw new IllegalStateException("No answer for " + key);
    };
  }

  /** A short random wait before submitting again, longer each time, so that two conflicting completions part. */
  private static void pause(int attempt) {
    try {
      Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(5, 20L * attempt));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  void as(String user, Runnable work) {
    engine.getIdentityService().setAuthentication(user, SyntheticOrganization.groupsOf(user));
    try {
      work.run();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private static int await(List<Future<Integer>> futures) {
    int total = 0;
    for (Future<Integer> f : futures) {
      try {
        total += f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      } catch (java.util.concurrent.ExecutionException e) {
        throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
      }
    }
    return total;
  }

  public ExecutorService pool() {
    return pool;
  }

  public int threads() {
    return threads;
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
