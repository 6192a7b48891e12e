package vn.mohinh.webapp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;
import vn.mohinh.organization.Bloc;
import vn.mohinh.organization.Role;
import vn.mohinh.organization.UnitGroups;

/**
 * The saved Tasklist filters of each role.
 *
 * <p>Every filter has explicit criteria that narrow the list in SQL before the authorization check
 * runs: candidate groups {@code ${currentUserGroups()}} (or a role's group), due-date bounds, task
 * definition keys. A filter without criteria would leave the narrowing to the authorization check
 * alone, which on a national-sized database is ten times slower (issue 8). Lists are sorted by due
 * date, earliest first.
 *
 * <p><b>Task definition key conventions</b> (BPMN ids of user tasks):
 *
 * <ul>
 *   <li>{@value #ACCEPTANCE_KEY}: the reviewing office accepts or returns a unit's submission
 *       (registration phase).
 *   <li>{@value #EVALUATION_KEY}: the reviewing office evaluates a result report (report phase).
 *   <li>Approvals of the standing committee have the candidate group {@code approvers}.
 * </ul>
 *
 * Every filter shows the task variables {@value #VAR_UNIT_NAME} and {@value #VAR_YEAR} (see {@link TaskPresentation}).
 */
public final class TasklistFilters {

  /** The property of a filter that marks it as ours, with its {@link TasklistFilter#key()}. */
  public static final String KEY_PROPERTY = "mohinhFilter";

  /**
   * Task definition key of the acceptance of a submission by the reviewing office. The filters name
   * exact keys, not LIKE patterns: PostgreSQL's generic plan of a prepared statement cannot see a
   * pattern's value and fell back to a loop over the reviewers' authorization rows (runs of 3-16 s
   * at 100,000 open tasks, docs/benchmark.md).
   */
  public static final String ACCEPTANCE_KEY = "Task_AcceptSubmission";

  /** Task definition key of the evaluation of a result report. */
  public static final String EVALUATION_KEY = "Task_EvaluateReport";

  /**
   * Task variables shown in the list: copies of the process's year and unit made on every user task
   * by {@link TaskPresentation}, named apart from the process variables so that they never shadow them.
   */
  public static final String VAR_YEAR = "tasklistYear";

  public static final String VAR_UNIT_NAME = "tasklistUnit";

  static final String CURRENT_USER = "${currentUser()}";
  static final String CURRENT_USER_GROUPS = "${currentUserGroups()}";
  static final String NOW = "${now()}";
  static final String IN_SEVEN_DAYS = "${dateTime().plusDays(7)}";

  public static final String MY_TASKS = "my-tasks";
  public static final String UNIT_TASKS = "unit-tasks";
  public static final String DUE_SOON = "due-soon";
  public static final String OVERDUE = "overdue";
  public static final String AWAITING_ACCEPTANCE = "awaiting-acceptance";
  public static final String AWAITING_EVALUATION = "awaiting-evaluation";
  public static final String AWAITING_APPROVAL = "awaiting-approval";

  private TasklistFilters() {}

  /** Every filter the product manages, for the bloc's offices as the organisation file names them. */
  public static List<TasklistFilter> all(TaskService tasks, Bloc bloc) {
    String units = UnitGroups.ALL_UNITS;
    String reviewers = Role.REVIEWER.groupId();
    String approvers = Role.APPROVER.groupId();
    List<String> everyone = List.of(units, reviewers, approvers);
    Map<String, String> shown = new LinkedHashMap<>();
    shown.put(VAR_UNIT_NAME, "Đơn vị");
    shown.put(VAR_YEAR, "Năm");

    List<TasklistFilter> filters = new ArrayList<>();
    filters.add(
        new TasklistFilter(
            MY_TASKS,
            "Việc của tôi",
            "Việc đã nhận và việc chưa ai nhận của đơn vị (nhóm) mình, hạn gần nhất lên trước",
            -20,
            everyone,
            byDueDate(
                ofMyGroups(tasks)
                    .or()
                    .taskAssigneeExpression(CURRENT_USER)
                    .taskUnassigned()
                    .endOr()),
            shown));
    filters.add(
        new TasklistFilter(
            UNIT_TASKS,
            "Việc của đơn vị",
            "Mọi việc của đơn vị (nhóm) mình, kể cả việc người khác đã nhận",
            -10,
            everyone,
            byDueDate(ofMyGroups(tasks)),
            shown));
    filters.add(
        new TasklistFilter(
            DUE_SOON,
            "Sắp đến hạn (7 ngày)",
            "Việc của đơn vị (nhóm) mình đến hạn trong 7 ngày tới",
            0,
            everyone,
            byDueDate(ofMyGroups(tasks).dueAfterExpression(NOW).dueBeforeExpression(IN_SEVEN_DAYS)),
            shown));
    filters.add(
        new TasklistFilter(
            OVERDUE,
            "Quá hạn",
            "Việc của đơn vị (nhóm) mình đã quá hạn mà chưa xong",
            10,
            everyone,
            byDueDate(ofMyGroups(tasks).dueBeforeExpression(NOW)),
            shown));
    filters.add(
        new TasklistFilter(
            AWAITING_ACCEPTANCE,
            "Chờ " + shortOfficeName(bloc.reviewingOffice()) + " tiếp nhận",
            "Hồ sơ đăng ký các đơn vị đã nộp, chờ " + bloc.reviewingOffice() + " tiếp nhận hoặc trả lại",
            20,
            List.of(reviewers),
            byDueDate(
                tasks.createTaskQuery()
                    .taskDefinitionKey(ACCEPTANCE_KEY)
                    .taskCandidateGroup(reviewers)
                    .includeAssignedTasks()),
            shown));
    filters.add(
        new TasklistFilter(
            AWAITING_EVALUATION,
            "Chờ đánh giá",
            "Báo cáo kết quả mô hình chờ " + bloc.reviewingOffice() + " đánh giá",
            30,
            List.of(reviewers),
            byDueDate(
                tasks.createTaskQuery()
                    .taskDefinitionKey(EVALUATION_KEY)
                    .taskCandidateGroup(reviewers)
                    .includeAssignedTasks()),
            shown));
    filters.add(
        new TasklistFilter(
            AWAITING_APPROVAL,
            "Chờ phê duyệt",
            "Việc chờ " + bloc.approvingCommittee() + " phê duyệt",
            20,
            List.of(approvers),
            byDueDate(tasks.createTaskQuery().taskCandidateGroup(approvers).includeAssignedTasks()),
            shown));
    return filters;
  }

  /**
   * "Ban Tuyên giáo" of "Ban Tuyên giáo Đảng ủy Khối": the office's name without the body it
   * belongs to, for short labels.
   */
  static String shortOfficeName(String office) {
    if (office == null || office.isBlank()) {
      return "Ban thẩm định";
    }
    String name = office.strip();
    int at = name.indexOf(" Đảng ủy");
    if (at < 0) {
      at = name.indexOf(" Đảng uỷ");
    }
    return at > 0 ? name.substring(0, at) : name;
  }

  private static TaskQuery ofMyGroups(TaskService tasks) {
    return tasks.createTaskQuery().taskCandidateGroupInExpression(CURRENT_USER_GROUPS).includeAssignedTasks();
  }

  private static TaskQuery byDueDate(TaskQuery query) {
    return query.orderByDueDate().asc().orderByTaskCreateTime().asc();
  }
}
