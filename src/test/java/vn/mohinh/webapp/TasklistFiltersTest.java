package vn.mohinh.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.mohinh.organization.OrganizationDirectory;

/**
 * The saved Tasklist filters as each role gets them through the REST API that Tasklist uses:
 * which filters a person sees, and which tasks each filter lists.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TasklistFiltersTest {

  static final String PASSWORD = "MoHinh@2026";
  static final List<String> UNIT_FILTERS = List.of("Việc của tôi", "Việc của đơn vị", "Sắp đến hạn (7 ngày)", "Quá hạn");

  @LocalServerPort int port;
  @Autowired TaskService taskService;
  @Autowired FilterService filterService;
  @Autowired AuthorizationService authorizationService;
  @Autowired OrganizationDirectory directory;
  @Autowired TasklistFilterInstaller installer;
  @Autowired ProcessEngineConfiguration engineConfiguration;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final ObjectMapper json = new ObjectMapper();

  private String cellDueIn3Days;
  private String cellOverdue;
  private String cellNoDue;
  private String cellAssignedToColleague;
  private String otherCommitteesCell;
  private String acceptance;
  private String evaluation;
  private String approval;

  private String deploymentId;

  /** A throwaway process per kind of task, deployed for this class only. */
  @BeforeAll
  void tasks() {
    deploymentId =
        repositoryService.createDeployment()
            .name("tasklist-filters-test")
            .addModelInstance("filter-test-unit.bpmn", process("Process_FilterTestUnit", "Task_WriteFilterTest"))
            .addModelInstance("filter-test-accept.bpmn", process("Process_FilterTestAccept", "Task_AcceptSubmission"))
            .addModelInstance("filter-test-evaluate.bpmn", process("Process_FilterTestEvaluate", "Task_EvaluateReport"))
            .addModelInstance("filter-test-approve.bpmn", process("Process_FilterTestApprove", "Task_ApproveFilterTest"))
            .deploy()
            .getId();
    Instant now = Instant.now();
    cellDueIn3Days = task("Process_FilterTestUnit", "stc-vp", now.plus(Duration.ofDays(3)), null);
    cellOverdue = task("Process_FilterTestUnit", "stc-vp", now.minus(Duration.ofDays(2)), null);
    cellNoDue = task("Process_FilterTestUnit", "stc-vp", null, null);
    cellAssignedToColleague = task("Process_FilterTestUnit", "stc-vp", now.plus(Duration.ofDays(20)), "stc-vp.capuy");
    otherCommitteesCell = task("Process_FilterTestUnit", "bvdk-noi", now.plus(Duration.ofDays(1)), null);
    acceptance = task("Process_FilterTestAccept", "cbbtv", now.plus(Duration.ofDays(5)), null);
    evaluation = task("Process_FilterTestEvaluate", "cbbtv", now.plus(Duration.ofDays(30)), null);
    approval = task("Process_FilterTestApprove", null, now.plus(Duration.ofDays(10)), null);
  }

  @AfterAll
  void removeTasks() {
    repositoryService.deleteDeployment(deploymentId, true);
  }

  @Test
  void eachRoleSeesItsOwnFilters() throws Exception {
    assertThat(filterNames("stc-vp.bithu")).containsExactlyElementsOf(UNIT_FILTERS);
    assertThat(filterNames("stc.bithu")).containsExactlyElementsOf(UNIT_FILTERS);
    assertThat(filterNames("cbbtv.bithu")).containsExactlyElementsOf(UNIT_FILTERS);
    assertThat(filterNames("btg.truongban"))
        .containsExactly(
            "Việc của tôi", "Việc của đơn vị", "Sắp đến hạn (7 ngày)", "Quá hạn", "Chờ Ban Tuyên giáo tiếp nhận",
            "Chờ đánh giá");
    assertThat(filterNames("btv.bithu"))
        .containsExactly("Việc của tôi", "Việc của đơn vị", "Sắp đến hạn (7 ngày)", "Quá hạn", "Chờ phê duyệt");
  }

  @Test
  void myTasksAreMineAndMyGroupsUnclaimedOnes() throws Exception {
    List<String> mine = list("stc-vp.bithu", "Việc của tôi");
    assertThat(mine).contains(cellDueIn3Days, cellOverdue, cellNoDue).doesNotContain(cellAssignedToColleague, otherCommitteesCell);
    assertThat(list("stc-vp.capuy", "Việc của tôi")).contains(cellAssignedToColleague);
    // sorted by due date, earliest first
    assertThat(mine.indexOf(cellOverdue)).isLessThan(mine.indexOf(cellDueIn3Days));
  }

  @Test
  void unitTasksIncludeTheClaimedOnes() throws Exception {
    assertThat(list("stc-vp.bithu", "Việc của đơn vị"))
        .contains(cellDueIn3Days, cellOverdue, cellNoDue, cellAssignedToColleague)
        .doesNotContain(otherCommitteesCell, acceptance);
    assertThat(list("stc-ns.bithu", "Việc của đơn vị")).doesNotContain(cellDueIn3Days, cellOverdue, cellNoDue);
  }

  @Test
  void dueSoonAndOverdueHaveDueDateBounds() throws Exception {
    assertThat(list("stc-vp.bithu", "Sắp đến hạn (7 ngày)"))
        .contains(cellDueIn3Days)
        .doesNotContain(cellOverdue, cellNoDue, cellAssignedToColleague);
    assertThat(list("stc-vp.bithu", "Quá hạn")).contains(cellOverdue).doesNotContain(cellDueIn3Days, cellNoDue);
  }

  @Test
  void theReviewersQueuesAreTheirTasksByKind() throws Exception {
    assertThat(list("btg.truongban", "Chờ Ban Tuyên giáo tiếp nhận")).contains(acceptance).doesNotContain(evaluation, cellOverdue);
    assertThat(list("btg.truongban", "Chờ đánh giá")).contains(evaluation).doesNotContain(acceptance);
    // the reviewer reads every task of the bloc, but his own lists hold his office's work only
    assertThat(list("btg.truongban", "Việc của tôi")).contains(acceptance, evaluation).doesNotContain(cellOverdue, approval);
  }

  @Test
  void theApproverSeesWhatAwaitsApproval() throws Exception {
    assertThat(list("btv.bithu", "Chờ phê duyệt")).contains(approval).doesNotContain(acceptance);
  }

  @Test
  void everyFilterHasExplicitCriteriaAndShowsUnitAndYear() {
    for (Filter filter : filterService.createTaskFilterQuery().list()) {
      if (filter.getProperties() == null || !filter.getProperties().containsKey(TasklistFilters.KEY_PROPERTY)) {
        continue;
      }
      String query = ((org.camunda.bpm.engine.impl.persistence.entity.FilterEntity) filter).getQueryInternal();
      assertThat(query).as(filter.getName()).containsAnyOf("\"candidateGroup\"", "\"taskCandidateGroupInExpression\"");
      assertThat(query).as(filter.getName()).contains("{\"queryProperty\":\"DUE_DATE_\",\"direction\":\"asc\"}");
      assertThat(filter.getOwner()).isEqualTo("admin");
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> variables = (List<Map<String, Object>>) filter.getProperties().get("variables");
      assertThat(variables).extracting(v -> v.get("name")).contains(TasklistFilters.VAR_YEAR, TasklistFilters.VAR_UNIT_NAME);
    }
  }

  @Test
  void theListShowsTheUnitAndTheYearOfEachTaskToTheUnitsPeople() throws Exception {
    String id = filterId("stc-vp.bithu", "Việc của đơn vị");
    HttpResponse<String> response = post("/engine-rest/filter/" + id + "/list?maxResults=500", "stc-vp.bithu", "{}");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    Map<String, String> shown = new HashMap<>();
    for (JsonNode task : json.readTree(response.body()).path("_embedded").path("task")) {
      if (task.path("id").asText().equals(cellDueIn3Days)) {
        for (JsonNode variable : task.path("_embedded").path("variable")) {
          shown.put(variable.get("name").asText(), variable.get("value").asText());
        }
      }
    }
    assertThat(shown)
        .containsEntry(TasklistFilters.VAR_UNIT_NAME, "Chi bộ Văn phòng – Đảng bộ Sở Tài chính")
        .containsEntry(TasklistFilters.VAR_YEAR, "2026");
  }

  @Test
  void installingAgainChangesNothing() {
    long filters = filterService.createFilterQuery().count();
    long grants = authorizationService.createAuthorizationQuery().resourceType(Resources.FILTER).count();
    Map<String, String> first = installer.install();
    Map<String, String> second = installer.install();

    assertThat(second).isEqualTo(first);
    assertThat(filterService.createFilterQuery().count()).isEqualTo(filters);
    assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.FILTER).count()).isEqualTo(grants);
  }

  @Test
  void theAuthorizationCheckIsTheCheapOne() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engineConfiguration;
    assertThat(configuration.getAuthorizationCheckRevokes()).isEqualTo("never");
    assertThat(configuration.getSessionFactories().get(AuthorizationManager.class))
        .isInstanceOf(AuthorizationCheckTuning.DirectGroupsAuthorizationManagerFactory.class);
  }

  private static BpmnModelInstance process(String key, String taskKey) {
    return Bpmn.createExecutableProcess(key)
        .camundaHistoryTimeToLive(1)
        .startEvent()
        .userTask(taskKey)
        .camundaCandidateGroups("${candidateGroups}")
        .camundaDueDate("${due}")
        .endEvent()
        .done();
  }

  /** A task of the process; a unit's task has the unit's candidate groups, the others their office's. */
  private String task(String processKey, String unitCode, Instant due, String assignee) {
    Map<String, Object> variables = new HashMap<>();
    String groups =
        switch (processKey) {
          case "Process_FilterTestUnit" -> String.join(",", directory.candidateGroupsFor(unitCode));
          case "Process_FilterTestApprove" -> "approvers";
          default -> "reviewers";
        };
    variables.put("candidateGroups", groups);
    variables.put("due", due == null ? null : Date.from(due));
    variables.put("year", 2026);
    if (unitCode != null) {
      variables.put("unitCode", unitCode);
    }
    String instance = runtimeService.startProcessInstanceByKey(processKey, variables).getId();
    Task task = taskService.createTaskQuery().processInstanceId(instance).singleResult();
    if (assignee != null) {
      taskService.setAssignee(task.getId(), assignee);
    }
    return task.getId();
  }

  private List<String> filterNames(String user) throws Exception {
    List<String> names = new ArrayList<>();
    for (JsonNode filter : json.readTree(get("/engine-rest/filter?resourceType=Task", user).body())) {
      names.add(filter.get("name").asText());
    }
    // Tasklist orders by the priority property
    return names.stream()
        .sorted(java.util.Comparator.comparingInt(n -> priorityOf(user, n)))
        .toList();
  }

  private int priorityOf(String user, String name) {
    try {
      for (JsonNode filter : json.readTree(get("/engine-rest/filter?resourceType=Task", user).body())) {
        if (filter.get("name").asText().equals(name)) {
          return filter.path("properties").path("priority").asInt();
        }
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return Integer.MAX_VALUE;
  }

  private String filterId(String user, String filterName) throws Exception {
    String id = null;
    for (JsonNode filter : json.readTree(get("/engine-rest/filter?resourceType=Task", user).body())) {
      if (filter.get("name").asText().equals(filterName)) {
        id = filter.get("id").asText();
      }
    }
    assertThat(id).as(user + " sees the filter " + filterName).isNotNull();
    return id;
  }

  private List<String> list(String user, String filterName) throws Exception {
    String id = filterId(user, filterName);
    HttpResponse<String> response = get("/engine-rest/filter/" + id + "/list?maxResults=500", user);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    for (JsonNode task : json.readTree(response.body())) {
      ids.add(task.get("id").asText());
    }
    HttpResponse<String> count = get("/engine-rest/filter/" + id + "/count", user);
    assertThat(json.readTree(count.body()).get("count").asInt()).isEqualTo(ids.size());
    return ids;
  }

  /** As Tasklist asks for a filter's list: HAL, with the filter's variables embedded. */
  private HttpResponse<String> post(String path, String user, String body) throws Exception {
    String basic = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Authorization", "Basic " + basic)
            .header("Accept", "application/hal+json")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> get(String path, String user) throws Exception {
    String basic = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Authorization", "Basic " + basic)
            .header("Accept", "application/json")
            .GET()
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
