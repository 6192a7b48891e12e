package vn.mohinh.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The registration of a cell's plan in Tasklist, in Chromium, as the people do it: the cell
 * secretary finds her task in "Việc của tôi", claims it, fills mẫu 01 and completes it; the
 * committee finds the review task with the plan's content and returns it with a comment; the cell
 * sees the comment in her task. The reviewer opens the year (start form, through the engine as
 * Tasklist would) and the engine's jobs are run by the test. Screenshots of every step:
 * {@code target/screenshots/registration/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RegistrationBrowserTest {

  static final String PASSWORD = "MoHinh@2026";
  static final int YEAR = 2034;
  static final String CELL = "stc-vp.bithu";
  static final String COMMITTEE = "stc.bithu";
  static final String REVIEWER = "btg.truongban";
  static final String CELL_TASK = "Đăng ký mô hình năm " + YEAR + " – Chi bộ Văn phòng";
  static final String REVIEW_TASK = "Duyệt kế hoạch mô hình";
  static final String MODEL = "Văn phòng không giấy, phục vụ nhân dân tận tình";
  static final java.time.Instant NOW = LocalDateTime.parse(YEAR + "-02-16T08:00").atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant();
  static final String COMMENT = "Đề nghị nêu rõ nội dung học tập Bác và các chỉ tiêu cụ thể của mô hình.";

  @LocalServerPort int port;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;

  private ProcessInstance annualCycle;

  @BeforeEach
  void theYearIsOpen() {
    TasklistBrowser.assumeAvailable();
    // the engine's time (and the browser's): mid-February of the year, a few days before the cells' deadline (20/02)
    ClockUtil.setCurrentTime(Date.from(NOW));
    String definition =
        repository.createProcessDefinitionQuery().processDefinitionKey("Process_AnnualCycle").latestVersion().singleResult().getId();
    as(REVIEWER);
    Map<String, Object> open = new HashMap<>();
    open.put("openYear", (double) YEAR);
    open.put("openCellPlanDeadline", null);
    open.put("openSubmissionDeadline", null);
    open.put("openReportOpens", null);
    open.put("openReportDeadline", null);
    try {
      annualCycle = forms.submitStartForm(definition, open);
    } finally {
      identity.clearAuthentication();
    }
    runJobsOf("stc");
  }

  @AfterEach
  void cleanUp() {
    identity.clearAuthentication();
    if (annualCycle != null && runtime.createProcessInstanceQuery().processInstanceId(annualCycle.getId()).count() > 0) {
      runtime.deleteProcessInstance(annualCycle.getId(), "end of test", true, true);
    }
    ClockUtil.reset();
  }

  @Test
  void aCellRegistersItsPlanAndTheCommitteeReturnsItWithAComment() {
    String base = "http://localhost:" + port;
    try (TasklistBrowser cell = new TasklistBrowser(base, "registration")) {
      cell.steps(() -> cellWritesThePlan(cell));
    }
    runJobsOf("stc");
    try (TasklistBrowser committee = new TasklistBrowser(base, "registration")) {
      committee.steps(() -> committeeReturnsThePlan(committee));
    }
    runJobsOf("stc");
    try (TasklistBrowser cell = new TasklistBrowser(base, "registration")) {
      cell.steps(() -> cellSeesTheComment(cell));
    }
  }

  private void cellWritesThePlan(TasklistBrowser cell) {
    cell.clockAt(NOW);
    cell.login(CELL, PASSWORD);
    assertThat(cell.filterNames()).containsExactly("Việc của tôi", "Việc của đơn vị", "Sắp đến hạn (7 ngày)", "Quá hạn");
    cell.openFilter("Việc của tôi");
    cell.waitForTask(CELL_TASK);
    cell.screenshot("cell-my-tasks");

    cell.openFilter("Sắp đến hạn (7 ngày)");
    cell.waitForTask(CELL_TASK);
    cell.openTask(CELL_TASK);
    cell.claimIfNeeded();
    String form = cell.formText();
    assertThat(form).contains("Kế hoạch thực hiện mô hình năm " + YEAR, "Hạn nộp", "20/02/" + YEAR, "Tên mô hình", "I. Đặc điểm tình hình");
    cell.screenshot("cell-plan-form");
    assertThat(cell.description()).startsWith("Viết kế hoạch thực hiện mô hình theo mẫu số 01");
    cell.screenshot("cell-task-description");
    cell.openTab("Biểu mẫu");

    fillThePlan(cell);
    cell.scrollTo(cell.field("planName"));
    cell.screenshot("cell-plan-filled");
    cell.complete();
    cell.screenshot("cell-plan-completed");
    assertThat(cell.taskNames()).noneMatch(name -> name.startsWith(CELL_TASK));
  }

  private void committeeReturnsThePlan(TasklistBrowser committee) {
    committee.clockAt(NOW);
    committee.login(COMMITTEE, PASSWORD);
    committee.openFilter("Việc của tôi");
    committee.waitForTask(REVIEW_TASK);
    committee.screenshot("committee-my-tasks");
    committee.openTask(REVIEW_TASK + " “" + MODEL);
    committee.claimIfNeeded();
    String review = committee.formText();
    assertThat(review).contains("Chi bộ Văn phòng", MODEL, "I. Đặc điểm tình hình", "Chi bộ có 12 đảng viên");
    committee.screenshot("committee-review-form");

    committee.choose("reviewDecision", "RETURN");
    committee.fill("reviewComment", COMMENT);
    committee.screenshot("committee-review-return");
    committee.complete();
    committee.screenshot("committee-review-completed");
  }

  private void cellSeesTheComment(TasklistBrowser cell) {
    cell.clockAt(NOW);
    cell.login(CELL, PASSWORD);
    cell.openFilter("Việc của tôi");
    cell.waitForTask(MODEL);
    cell.screenshot("cell-returned-plan-in-list");
    cell.openTask(MODEL);
    String returned = cell.formText();
    assertThat(returned).contains("Kế hoạch được trả lại để sửa", COMMENT);
    assertThat(cell.field("planName").getDomProperty("value")).isEqualTo(MODEL);
    cell.screenshot("cell-returned-plan-comment");
  }

  private void fillThePlan(TasklistBrowser cell) {
    cell.fill("planName", MODEL);
    cell.choose("planGroup", "Cải cách thủ tục hành chính, hết lòng phụng sự Tổ quốc, phục vụ nhân dân");
    cell.choose("planType", "NEW");
    cell.fill("planPeriod", "Từ tháng 3 đến tháng 11 năm " + YEAR);
    cell.fill("planSituation", "Chi bộ có 12 đảng viên, phụ trách công tác văn phòng, tiếp nhận và trả hồ sơ của Sở.");
    cell.fill("planAdvantages", "Cấp ủy quan tâm; đảng viên trẻ, sử dụng tốt công nghệ thông tin.");
    cell.fill("planDifficulties", "Khối lượng hồ sơ lớn; trang thiết bị chưa đồng bộ.");
    cell.fill("planPurpose", "Giảm giấy tờ, rút ngắn thời gian xử lý hồ sơ; mỗi đảng viên là tấm gương phục vụ nhân dân.");
    cell.fill("planStudyContent", "Học tập phong cách làm việc khoa học, sâu sát, “việc gì có lợi cho dân thì hết sức làm”.");
    cell.fill("planNecessity", "Nhân dân và doanh nghiệp cần thủ tục nhanh gọn, minh bạch.");
    cell.fill("planMethod", "Số hóa hồ sơ, ký số văn bản; mỗi quý chi bộ kiểm điểm việc thực hiện.");
    cell.fill("planEffectiveness", "Trên 90% văn bản đi, đến được xử lý trên môi trường điện tử.");
    cell.fill("planReplicability", "Có thể nhân rộng ra các phòng của Sở và các chi bộ khác trong Đảng bộ.");
    cell.fill("planOrganization", "Bí thư chi bộ phụ trách chung; các đảng viên thực hiện theo phân công; sơ kết 6 tháng.");
  }

  private void as(String user) {
    List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    identity.setAuthentication(user, groups);
  }

  /** Runs the async continuations of this year's cycle that concern the unit (jobs are not executed in the tests). */
  private void runJobsOf(String unitCode) {
    for (int round = 0; round < 50; round++) {
      List<Job> due =
          management.createJobQuery().messages().executable().list().stream()
              .filter(job -> job.getExecutionId() != null
                  && Integer.valueOf(YEAR).equals(runtime.getVariable(job.getExecutionId(), "year"))
                  && (unitCode.equals(runtime.getVariable(job.getExecutionId(), "unitCode"))
                      || unitCode.equals(runtime.getVariable(job.getExecutionId(), "planUnitCode"))
                      || isOpenYearJob(job)))
              .toList();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> management.executeJob(job.getId()));
    }
  }

  private boolean isOpenYearJob(Job job) {
    return annualCycle != null && job.getProcessInstanceId().equals(annualCycle.getId())
        && runtime.getVariable(job.getExecutionId(), "unitCode") == null;
  }

  @SuppressWarnings("unused")
  private Task task(String key, String unitCode) {
    return tasks.createTaskQuery().taskDefinitionKey(key).processVariableValueEquals("year", YEAR)
        .processVariableValueEquals("unitCode", unitCode).singleResult();
  }
}
