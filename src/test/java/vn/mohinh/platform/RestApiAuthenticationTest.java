package vn.mohinh.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.mohinh.organization.OrganizationDirectory;

/** The REST API requires authentication, and each person sees the tasks of their own unit only. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RestApiAuthenticationTest {

  static final String PASSWORD = "MoHinh@2026";

  @LocalServerPort int port;
  @Autowired TaskService taskService;
  @Autowired OrganizationDirectory directory;
  @Autowired org.camunda.bpm.engine.IdentityService identity;

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final ObjectMapper json = new ObjectMapper();
  private final List<String> taskIds = new ArrayList<>();

  @BeforeAll
  void oneTaskForACellAndOneForAnotherCommitteesCell() {
    taskIds.add(task("Đăng ký mô hình – Chi bộ Văn phòng Sở Tài chính", "stc-vp"));
    taskIds.add(task("Đăng ký mô hình – Chi bộ Khoa Nội tổng hợp", "bvdk-noi"));
  }

  @AfterAll
  void removeTasks() {
    taskIds.forEach(id -> taskService.deleteTask(id, true));
  }

  @Test
  void withoutCredentialsTheApiAnswers401() throws Exception {
    HttpResponse<String> response = get("/engine-rest/task", null, null);
    assertThat(response.statusCode()).isEqualTo(401);
  }

  @Test
  void aWrongPasswordIsRefused() throws Exception {
    try {
      assertThat(get("/engine-rest/task", "snn-vp.bithu", "sai-mat-khau").statusCode()).isEqualTo(401);
    } finally {
      identity.unlockUser("snn-vp.bithu"); // the login delay must not leak into other tests
    }
  }

  @Test
  void aCellSecretarySeesOnlyHerCellsTask() throws Exception {
    assertThat(taskNames("stc-vp.bithu")).containsExactly("Đăng ký mô hình – Chi bộ Văn phòng Sở Tài chính");
  }

  @Test
  void aCommitteeSeesItsCellsTasks() throws Exception {
    assertThat(taskNames("stc.bithu")).containsExactly("Đăng ký mô hình – Chi bộ Văn phòng Sở Tài chính");
  }

  @Test
  void anotherCellOfTheSameCommitteeSeesNothing() throws Exception {
    assertThat(taskNames("stc-ns.bithu")).isEmpty();
    assertThat(get("/engine-rest/task/" + taskIds.get(0), "stc-ns.bithu", PASSWORD).statusCode()).isIn(403, 404);
  }

  @Test
  void theReviewerAndTheAdminSeeTheWholeBloc() throws Exception {
    assertThat(taskNames("btg.truongban")).hasSize(2);
    assertThat(taskNames("admin")).hasSize(2);
  }

  @Test
  void healthAndMetricsAreExposedForOperations() throws Exception {
    assertThat(get("/actuator/health/liveness", null, null).body()).contains("UP");
    assertThat(get("/actuator/health/readiness", null, null).body()).contains("UP");
    assertThat(get("/actuator/prometheus", null, null).body()).contains("jvm_memory_used_bytes");
    assertThat(get("/actuator/env", null, null).statusCode()).isEqualTo(404);
  }

  private String task(String name, String unitCode) {
    Task task = taskService.newTask();
    task.setName(name);
    taskService.saveTask(task);
    for (String group : directory.candidateGroupsFor(unitCode)) {
      taskService.addCandidateGroup(task.getId(), group);
    }
    return task.getId();
  }

  private List<String> taskNames(String user) throws Exception {
    HttpResponse<String> response = get("/engine-rest/task", user, PASSWORD);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    List<String> names = new ArrayList<>();
    for (JsonNode task : json.readTree(response.body())) {
      names.add(task.get("name").asText());
    }
    return names;
  }

  private HttpResponse<String> get(String path, String user, String password) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
    if (user != null) {
      String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
      request.header("Authorization", "Basic " + basic);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
