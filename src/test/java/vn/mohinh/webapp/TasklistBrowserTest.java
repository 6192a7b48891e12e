package vn.mohinh.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.mohinh.organization.OrganizationDirectory;

/** Tasklist in Chromium: the inbox of each role. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TasklistBrowserTest {

  static final String PASSWORD = "MoHinh@2026";

  @LocalServerPort int port;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired OrganizationDirectory directory;

  private String deploymentId;

  @BeforeEach
  void browserAvailable() {
    TasklistBrowser.assumeAvailable();
  }

  @BeforeAll
  void aTaskForTheCell() {
    deploymentId =
        repositoryService.createDeployment()
            .name("tasklist-browser-test")
            .addModelInstance(
                "browser-test.bpmn",
                Bpmn.createExecutableProcess("Process_BrowserTest")
                    .name("Thử hộp việc")
                    .camundaHistoryTimeToLive(1)
                    .startEvent()
                    .userTask("Task_BrowserTest")
                    .name("Việc thử năm ${year} – ${unitName}")
                    .camundaCandidateGroups("${candidateGroups}")
                    .camundaDueDate("${due}")
                    .endEvent()
                    .done())
            .deploy()
            .getId();
    Map<String, Object> variables = new HashMap<>();
    variables.put("candidateGroups", String.join(",", directory.candidateGroupsFor("stc-vp")));
    variables.put("due", Date.from(Instant.now().plus(Duration.ofDays(3))));
    variables.put("year", 2026);
    variables.put("unitName", "Chi bộ Văn phòng");
    runtimeService.startProcessInstanceByKey("Process_BrowserTest", variables);
  }

  @AfterAll
  void removeTheTask() {
    repositoryService.deleteDeployment(deploymentId, true);
  }

  @Test
  void aCellSecretarySeesHerFiltersInVietnamese() {
    try (TasklistBrowser browser = new TasklistBrowser("http://localhost:" + port, "inbox")) {
      browser.steps(() -> {
        browser.login("stc-vp.bithu", PASSWORD);
        assertThat(browser.filterNames()).containsExactly("Việc của tôi", "Việc của đơn vị", "Sắp đến hạn (7 ngày)", "Quá hạn");
        browser.openFilter("Việc của tôi");
        browser.waitForTask("Việc thử năm 2026 – Chi bộ Văn phòng");
        assertThat(browser.driver().findElement(org.openqa.selenium.By.cssSelector(".tasks-list")).getText())
            .contains("Đơn vị", "Chi bộ Văn phòng", "Năm", "2026");
        browser.screenshot("cell-my-tasks");
        browser.openFilter("Sắp đến hạn (7 ngày)");
        browser.waitForTask("Việc thử năm 2026 – Chi bộ Văn phòng");
        browser.openFilter("Quá hạn");
        assertThat(browser.taskNames()).noneMatch(name -> name.contains("Việc thử năm 2026"));
      });
    }
  }

  @Test
  void theReviewerHasHisQueues() {
    try (TasklistBrowser browser = new TasklistBrowser("http://localhost:" + port, "inbox")) {
      browser.steps(() -> {
        browser.login("btg.truongban", PASSWORD);
        assertThat(browser.filterNames())
            .containsExactly("Việc của tôi", "Việc của đơn vị", "Sắp đến hạn (7 ngày)", "Quá hạn", "Chờ Ban Tuyên giáo tiếp nhận",
                "Chờ đánh giá");
        browser.openFilter("Chờ Ban Tuyên giáo tiếp nhận");
        assertThat(browser.taskNames()).noneMatch(name -> name.contains("Việc thử năm 2026"));
        browser.screenshot("reviewer-filters");
      });
    }
  }

  @Test
  void theApproverHasHisQueue() {
    try (TasklistBrowser browser = new TasklistBrowser("http://localhost:" + port, "inbox")) {
      browser.steps(() -> {
        browser.login("btv.bithu", PASSWORD);
        assertThat(browser.filterNames())
            .containsExactly("Việc của tôi", "Việc của đơn vị", "Sắp đến hạn (7 ngày)", "Quá hạn", "Chờ phê duyệt");
        browser.openFilter("Chờ phê duyệt");
        browser.screenshot("approver-filters");
      });
    }
  }
}
