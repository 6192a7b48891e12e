package vn.mohinh.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Submissions over HTTP, through both doors (the REST API with HTTP Basic, Tasklist's engine API
 * with its login session): bad input answers 4xx naming the field and changes nothing; good input
 * is stored as it was typed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubmissionApiTest {

  private static final String KEY = "submission-";
  private static final String CELL = "stc-vp.bithu";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired DataSource dataSource;

  private SecurityFixture fixture;
  private Task task;

  @BeforeAll
  void startWork() {
    fixture = new SecurityFixture(engine, dataSource);
    task = fixture.start("stc-vp", KEY + "bad-input");
  }

  @AfterAll
  void removeWork() {
    fixture.removeAll(KEY);
  }

  static List<Arguments> badInputs() {
    return SubmissionSamples.badInputs();
  }

  static List<Arguments> acceptedTexts() {
    return SubmissionSamples.acceptedTexts();
  }

  private static String body(ObjectNode variables) {
    ObjectNode body = SubmissionSamples.JSON.createObjectNode();
    body.set("variables", variables);
    return body.toString();
  }

  private void assertRefused(Http.Response response, int status, String field, String word, Map<String, Object> before) {
    assertThat(response.status()).as(response.toString()).isEqualTo(status);
    JsonNode json = response.json();
    assertThat(json.path("type").asText()).isEqualTo("InvalidSubmission");
    if (field == null) {
      assertThat(json.path("field").isNull()).as(response.toString()).isTrue();
    } else {
      assertThat(json.path("field").asText()).as(response.toString()).isEqualTo(field);
    }
    assertThat(json.path("message").asText()).contains(word);
    assertThat(fixture.snapshot(task.getId())).isEqualTo(before);
  }

  @ParameterizedTest(name = "REST submit-form: {0}")
  @MethodSource("badInputs")
  void badInputThroughTheRestApiIsRefusedAndChangesNothing(String name, Consumer<ObjectNode> change, String field, String word) {
    ObjectNode variables = SubmissionSamples.valid();
    variables.putObject("unitName").put("value", "Đơn vị stc-vp");
    change.accept(variables);
    Map<String, Object> before = fixture.snapshot(task.getId());
    Http.Response response = Http.basic(port, CELL).post("/engine-rest/task/" + task.getId() + "/submit-form", body(variables));
    assertRefused(response, 400, field, word, before);
  }

  @ParameterizedTest(name = "REST complete: {0}")
  @MethodSource("badInputs")
  void badInputThroughCompleteIsRefusedToo(String name, Consumer<ObjectNode> change, String field, String word) {
    ObjectNode variables = SubmissionSamples.valid();
    variables.putObject("unitName").put("value", "Đơn vị stc-vp");
    change.accept(variables);
    Map<String, Object> before = fixture.snapshot(task.getId());
    Http.Response response = Http.basic(port, CELL).post("/engine-rest/task/" + task.getId() + "/complete", body(variables));
    assertRefused(response, 400, field, word, before);
  }

  @Test
  void badInputThroughTasklistIsRefusedWithTheMessageTasklistShows() {
    Http tasklist = Http.webapp(port);
    assertThat(tasklist.login("tasklist", CELL, Http.PASSWORD)).isEqualTo(200);
    ObjectNode variables = SubmissionSamples.valid();
    variables.putObject("unitName").put("value", "Đơn vị stc-vp");
    variables.putObject("year").put("value", 2030);
    Map<String, Object> before = fixture.snapshot(task.getId());
    Http.Response response = tasklist.post(
        "/camunda/api/engine/engine/default/task/" + task.getId() + "/submit-form", body(variables));
    assertRefused(response, 400, "year", "year", before);

    variables = SubmissionSamples.valid();
    variables.putObject("unitName").put("value", "Đơn vị stc-vp");
    variables.remove("modelName");
    response = tasklist.post("/camunda/api/engine/engine/default/task/" + task.getId() + "/submit-form", body(variables));
    assertRefused(response, 400, "modelName", "Tên mô hình", before);
  }

  @Test
  void aTextOfOneMegabyteIsRefusedBeforeParsingNamingTheField() {
    ObjectNode variables = SubmissionSamples.valid();
    variables.putObject("situation").put("value", "a".repeat(1024 * 1024));
    Map<String, Object> before = fixture.snapshot(task.getId());
    Http.Response response = Http.basic(port, CELL).post("/engine-rest/task/" + task.getId() + "/submit-form", body(variables));
    assertRefused(response, 413, "situation", "I. Đặc điểm tình hình", before);
  }

  @Test
  void malformedBodiesAreRefused() {
    Map<String, Object> before = fixture.snapshot(task.getId());
    Http cell = Http.basic(port, CELL);
    String url = "/engine-rest/task/" + task.getId() + "/submit-form";
    assertRefused(cell.post(url, "{\"variables\": {\"modelName\": "), 400, null, "JSON", before);
    assertRefused(cell.post(url, "[1,2]"), 400, null, "JSON", before);
    assertRefused(cell.post(url, "{\"variables\":{\"modelName\":{\"value\":\"Tên hợp lệ 1\"},\"modelName\":{\"value\":\"x\"}}}"),
        400, null, "JSON", before);
    assertRefused(cell.post(url, "{\"variables\":{},\"withVariablesInReturn\":\"yes\"}"), 400, "withVariablesInReturn",
        "withVariablesInReturn", before);
    assertRefused(cell.post(url, "{\"variables\":{},\"startInstructions\":[]}"), 400, "startInstructions", "startInstructions", before);
  }

  @Test
  void anotherUnitCannotSubmitToTheTask() {
    Map<String, Object> before = fixture.snapshot(task.getId());
    for (String other : List.of("stc-ns.bithu", "bvdk-noi.bithu", "cbbtv.bithu")) {
      Http.Response response =
          Http.basic(port, other).post("/engine-rest/task/" + task.getId() + "/submit-form", body(SubmissionSamples.valid()));
      assertThat(response.status()).as(other + ": " + response).isEqualTo(403);
      assertThat(fixture.snapshot(task.getId())).isEqualTo(before);
    }
  }

  @ParameterizedTest(name = "accepted as text: {0}")
  @MethodSource("acceptedTexts")
  void textThatLooksLikeCodeIsStoredAsItWasTypedAndReturnedAsJson(String name, String text) {
    Task own = fixture.start("stc-vp", KEY + "text-" + name.replace(' ', '-'));
    ObjectNode variables = SubmissionSamples.valid();
    variables.putObject("unitName").put("value", "Đơn vị stc-vp");
    variables.putObject("situation").put("value", text);
    Http cell = Http.basic(port, CELL);
    Http.Response response = cell.post("/engine-rest/task/" + own.getId() + "/submit-form", body(variables));
    assertThat(response.status()).as(response.toString()).isEqualTo(204);
    Object stored = engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(own.getProcessInstanceId()).variableName("situation").singleResult().getValue();
    assertThat(stored).isEqualTo(text);
    Http.Response read = Http.basic(port, "btg.truongban")
        .get("/engine-rest/history/variable-instance?processInstanceId=" + own.getProcessInstanceId() + "&variableName=situation");
    assertThat(read.contentType()).startsWith("application/json");
    assertThat(read.json().get(0).path("value").asText()).isEqualTo(text);
  }

  @Test
  void aValidSubmissionThroughTasklistCompletesTheTaskAndASecondOneGets404() {
    Task own = fixture.start("stc-vp", KEY + "tasklist-valid");
    Http tasklist = Http.webapp(port);
    assertThat(tasklist.login("tasklist", CELL, Http.PASSWORD)).isEqualTo(200);
    ObjectNode variables = SubmissionSamples.valid();
    variables.putObject("unitName").put("value", "Đơn vị stc-vp");
    String url = "/camunda/api/engine/engine/default/task/" + own.getId() + "/submit-form";
    Http.Response first = tasklist.post(url, body(variables));
    assertThat(first.status()).as(first.toString()).isEqualTo(204);
    assertThat(engine.getTaskService().createTaskQuery().taskId(own.getId()).count()).isZero();
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(own.getProcessInstanceId())
        .variableName("modelName").singleResult().getValue()).isEqualTo("Dân vận khéo trong cải cách hành chính");
    // the process's own year is untouched (Tasklist's task card keeps a task-local copy of it)
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(own.getProcessInstanceId())
        .variableName("year").list()).extracting(v -> v.getValue()).containsOnly(2026);

    Http.Response second = tasklist.post(url, body(variables));
    assertThat(second.status()).as(second.toString()).isEqualTo(404);
    Http.Response viaRest = Http.basic(port, CELL).post("/engine-rest/task/" + own.getId() + "/complete", "{}");
    assertThat(viaRest.status()).as(viaRest.toString()).isEqualTo(404);
  }

  @Test
  void theStartFormIsValidatedToo() {
    Http reviewer = Http.basic(port, "btg.truongban");
    String url = "/engine-rest/process-definition/key/" + SecurityFixture.PROCESS + "/submit-form";
    long before = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(SecurityFixture.PROCESS).count();
    Http.Response extra = reviewer.post(url,
        "{\"businessKey\":\"" + KEY + "start\",\"variables\":{\"year\":{\"value\":2026},\"unitCode\":{\"value\":\"cbbtv\"},"
            + "\"decision\":{\"value\":\"approved\"}}}");
    assertThat(extra.status()).as(extra.toString()).isEqualTo(400);
    assertThat(extra.json().path("field").asText()).isEqualTo("decision");
    Http.Response range = reviewer.post(url, "{\"variables\":{\"year\":{\"value\":1999},\"unitCode\":{\"value\":\"cbbtv\"}}}");
    assertThat(range.status()).as(range.toString()).isEqualTo(400);
    assertThat(range.json().path("message").asText()).contains("Năm");
    Http.Response instructions = reviewer.post(
        "/engine-rest/process-definition/key/" + SecurityFixture.PROCESS + "/start",
        "{\"variables\":{\"year\":{\"value\":2026},\"unitCode\":{\"value\":\"cbbtv\"}},"
            + "\"startInstructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"End_UnitWork\"}]}");
    assertThat(instructions.status()).as(instructions.toString()).isEqualTo(400);
    assertThat(instructions.json().path("field").asText()).isEqualTo("startInstructions");
    Http.Response cell = Http.basic(port, CELL).post(url, "{\"variables\":{\"year\":{\"value\":2026},\"unitCode\":{\"value\":\"stc-vp\"}}}");
    assertThat(cell.status()).as(cell.toString()).isEqualTo(403);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(SecurityFixture.PROCESS).count())
        .isEqualTo(before);

    Http.Response ok = reviewer.post(url,
        "{\"businessKey\":\"" + KEY + "start\",\"variables\":{\"year\":{\"value\":2026},\"unitCode\":{\"value\":\"cbbtv\"}}}");
    assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(SecurityFixture.PROCESS).count())
        .isEqualTo(before + 1);
  }
}
