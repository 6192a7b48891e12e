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
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;

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
  }

  public static final String WRITE = "Task_WritePlan";
  public static final String REVIEW = "Task_ReviewCellPlan";
  public static final String COMPILE = "Task_CompileSummary";
  public static final String ACCEPT = "Task_AcceptSubmission";
  public static final String SUMMARY = "Task_RegistrationSummary";

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
  private final Set<String> addedAnother = ConcurrentHashMap.newKeySet();
  private final Set<String> returnedPlans = ConcurrentHashMap.newKeySet();
  private final Set<String> returnedSubmissions = ConcurrentHashMap.newKeySet();

  /** Shares of units (percent) that add a second model, whose plan is returned once, whose submission is returned once, that are late. */
  int addAnotherPct = 5;
  int returnPlanPct = 5;
  int returnSubmissionPct = 3;
  int latePct = 3;

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
      work.add(new Work(task, unit, owner(key, unit)));
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
        if (v.getExecutionId().equals(v.getProcessInstanceId())) {
          units.put(v.getProcessInstanceId(), (String) v.getValue());
        }
      }
    }
    return units;
  }

  private String owner(String key, String unitCode) {
    return switch (key) {
      case ACCEPT, SUMMARY -> SyntheticOrganization.REVIEWER;
      case REVIEW -> org.unit(unitCode).parent() + ".bithu";
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
    Map<String, Object> values = switch (key) {
      case WRITE -> answers.writePlan(w.unitCode(), share(w.unitCode(), addAnotherPct, 2) && addedAnother.add(w.unitCode()));
      case REVIEW -> answers.review(!(share(w.unitCode(), returnPlanPct, 3) && returnedPlans.add(w.unitCode())));
      case COMPILE -> answers.compile();
      case ACCEPT -> answers.accept(!(org.unit(w.unitCode()).kind() == vn.mohinh.organization.UnitKind.COMMITTEE
          && share(w.unitCode(), returnSubmissionPct, 4) && returnedSubmissions.add(w.unitCode())));
      case SUMMARY -> answers.summary();
      default -> throw new IllegalStateException("No answer for " + key);
    };
    for (int attempt = 1; ; attempt++) {
      try {
        as(w.user(), () -> {
          var forms = engine.getFormService();
          if (key.equals(ACCEPT) || key.equals(SUMMARY)) {
            engine.getTaskService().claim(w.task().getId(), w.user());
          }
          forms.getTaskFormVariables(w.task().getId());
          forms.submitTaskForm(w.task().getId(), values);
        });
        tasksCompleted.incrementAndGet();
        completedByKey.merge(key, 1L, Long::sum);
        return true;
      } catch (OptimisticLockingException e) {
        taskRetries.incrementAndGet();
        if (attempt >= 5) {
          throw e;
        }
        if (engine.getTaskService().createTaskQuery().taskId(w.task().getId()).count() == 0) {
          return false;
        }
        if (key.equals(ACCEPT) || key.equals(SUMMARY)) {
          engine.getTaskService().setAssignee(w.task().getId(), null);
        }
      }
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
