package vn.mohinh.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import vn.mohinh.cycle.DeadlineCalendar;
import vn.mohinh.cycle.DeadlineKind;
import vn.mohinh.organization.UnitKind;

/**
 * The bare engine's beans for the report phase (processes/report-phase.bpmn, model-report.bpmn,
 * report-evaluation.bpmn): what the BPMN's expressions ask of {@code reportFlow} and
 * {@code evaluationFlow}, answered from memory, and listeners that only note what the gateways and
 * lists need (which plans became models, which reports reached the bloc, which were evaluated). No
 * domain table, no form variable, no mail.
 */
final class BareReportBeans {

  /** Days after the report deadline the collection closes by itself; evaluation and approval due (application.yml). */
  private static final Duration CLOSES_AFTER = Duration.ofDays(10);
  private static final Duration EVALUATION_DUE_AFTER = Duration.ofDays(15);

  private final SyntheticOrganization org;
  private final DeadlineCalendar calendar;
  /** Plan-registration instance id (= the model, = its report id) → unit. */
  private final Map<String, String> models = new ConcurrentHashMap<>();
  /** Reports that reached the bloc → on time. */
  private final Map<String, Boolean> arrived = new ConcurrentHashMap<>();
  private final Set<String> evaluated = ConcurrentHashMap.newKeySet();
  private volatile List<String> toReevaluate = List.of();

  BareReportBeans(SyntheticOrganization org, DeadlineCalendar calendar) {
    this.org = org;
    this.calendar = calendar;
  }

  void register(Map<Object, Object> beans) {
    beans.put("planTaskListener", planListener());
    beans.put("reportFlow", new ReportFlow());
    beans.put("evaluationFlow", new EvaluationFlow());
    beans.put("reportTaskListener", reportListener());
    beans.put("evaluationTaskListener", evaluationListener());
  }

  int models() {
    return models.size();
  }

  /** {@code planTaskListener}: a written plan is a model of its unit (one plan-registration instance per model). */
  private TaskListener planListener() {
    return task -> {
      if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
        models.put(task.getProcessInstanceId(), (String) task.getVariable("unitCode"));
      }
    };
  }

  /** {@code reportTaskListener}: a base unit's report, or a cell's approved by its committee, reaches the bloc. */
  private TaskListener reportListener() {
    return task -> {
      if (!TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
        return;
      }
      String reportId = (String) task.getVariable("reportId");
      switch (task.getTaskDefinitionKey()) {
        case Driver.WRITE_REPORT -> {
          if (org.unit((String) task.getVariable("unitCode")).kind() != UnitKind.CELL) {
            arrive(task, reportId);
          }
        }
        case Driver.REVIEW_REPORT -> {
          if (Boolean.TRUE.equals(task.getVariable("cellReportApproved"))) {
            arrive(task, reportId);
          }
        }
        default -> { }
      }
    };
  }

  private void arrive(DelegateTask task, String reportId) {
    arrived.put(reportId, task.getDueDate() == null || !ClockUtil.getCurrentTime().after(task.getDueDate()));
  }

  /** {@code evaluationTaskListener}: the reviewing office answers a returned list by re-evaluating two reports. */
  private TaskListener evaluationListener() {
    return task -> {
      if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName()) && Driver.RECONSIDER.equals(task.getTaskDefinitionKey())) {
        toReevaluate = evaluated.stream().sorted().limit(2).toList();
      }
    };
  }

  private Instant reportDue(int year) {
    return calendar.dueInstant(year, DeadlineKind.REPORT);
  }

  /** {@code reportFlow}. */
  public final class ReportFlow {
    public int openReports(int year) {
      return models.size();
    }

    public List<String> reportIds(int year) {
      return models.keySet().stream().sorted().toList();
    }

    public String unitOf(String reportId) {
      return models.get(reportId);
    }

    public String initiativeName(String reportId) {
      return "Mô hình của " + models.get(reportId);
    }

    public String unitName(String unitCode) {
      return unitCode;
    }

    public boolean reviewedByCommittee(String unitCode) {
      return org.unit(unitCode).kind() == UnitKind.CELL;
    }

    public List<String> committeeGroup(String cellCode) {
      return List.of("unit-" + org.unit(cellCode).parent());
    }

    public Date collectionClosesAt(int year) {
      return Date.from(reportDue(year).plus(CLOSES_AFTER));
    }

    /** The reports that never reached the bloc: "chưa báo cáo". */
    public int closeCollection(int year) {
      return (int) models.keySet().stream().filter(id -> !arrived.containsKey(id)).count();
    }
  }

  /** {@code evaluationFlow}: scores from the report id, the decision table's other inputs as for a first-year model. */
  public final class EvaluationFlow {
    public double totalScore(String reportId) {
      return 62 + Math.floorMod(reportId.hashCode(), 33);
    }

    public String previousLevel(String reportId) {
      return null;
    }

    public int commendedYears(String reportId) {
      return 0;
    }

    public boolean onTime(String reportId) {
      return arrived.getOrDefault(reportId, true);
    }

    public String storeProposal(String reportId, Map<String, Object> result) {
      evaluated.add(reportId);
      return (String) result.get("level");
    }

    public List<String> awaitingEvaluation(int year) {
      List<String> waiting = new ArrayList<>();
      arrived.keySet().stream().filter(id -> !evaluated.contains(id)).sorted().forEach(waiting::add);
      return waiting;
    }

    public List<String> toReevaluate(int year) {
      return toReevaluate;
    }

    public String evaluationTaskName(String reportId) {
      return "Đánh giá báo cáo kết quả mô hình – " + models.get(reportId);
    }

    public Date evaluationDue(int year) {
      return Date.from(reportDue(year).plus(CLOSES_AFTER).plus(EVALUATION_DUE_AFTER));
    }

    public Date approvalDue(int year) {
      return Date.from(reportDue(year).plus(CLOSES_AFTER).plus(EVALUATION_DUE_AFTER).plus(EVALUATION_DUE_AFTER));
    }

    public int recordCommendations(int year) {
      return evaluated.size();
    }

    public String storeYearSummary(int year) {
      return "{\"year\":" + year + ",\"models\":" + models.size() + ",\"reports\":" + arrived.size() + "}";
    }
  }
}
