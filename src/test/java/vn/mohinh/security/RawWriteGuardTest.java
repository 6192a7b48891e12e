package vn.mohinh.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
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

/** Writes outside forms are the administrators' only, on both doors to the engine. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RawWriteGuardTest {

  private static final String KEY = "rawwrite-";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired DataSource dataSource;

  private SecurityFixture fixture;
  private Task task;

  @BeforeAll
  void start() {
    fixture = new SecurityFixture(engine, dataSource);
    task = fixture.start("stc-vp", KEY + "stc-vp");
  }

  @AfterAll
  void remove() {
    fixture.removeAll(KEY);
  }

  /** method, path below the engine API ({t}: the task, {p}: its instance), body. */
  static Stream<Arguments> writes() {
    return Stream.of(
        Arguments.of("PUT", "/task/{t}/variables/year", "{\"value\":2030}"),
        Arguments.of("POST", "/task/{t}/variables", "{\"modifications\":{\"year\":{\"value\":2030}}}"),
        Arguments.of("DELETE", "/task/{t}/variables/unitCode", null),
        Arguments.of("PUT", "/task/{t}/localVariables/decision", "{\"value\":\"approved\"}"),
        Arguments.of("POST", "/task/{t}/localVariables", "{\"modifications\":{}}"),
        Arguments.of("PUT", "/process-instance/{p}/variables/year", "{\"value\":2030}"),
        Arguments.of("POST", "/process-instance/{p}/variables", "{\"modifications\":{}}"),
        Arguments.of("DELETE", "/process-instance/{p}/variables/unitCode", null),
        Arguments.of("POST", "/process-instance/{p}/modification", "{\"instructions\":[]}"),
        Arguments.of("PUT", "/process-instance/{p}/suspended", "{\"suspended\":true}"),
        Arguments.of("DELETE", "/process-instance/{p}", null),
        Arguments.of("PUT", "/task/{t}", "{\"name\":\"x\",\"due\":null}"),
        Arguments.of("POST", "/task/{t}/assignee", "{\"userId\":\"bvdk-noi.bithu\"}"),
        Arguments.of("POST", "/task/{t}/delegate", "{\"userId\":\"bvdk-noi.bithu\"}"),
        Arguments.of("POST", "/task/{t}/resolve", "{\"variables\":{}}"),
        Arguments.of("POST", "/task/{t}/identity-links", "{\"groupId\":\"unit-bvdk\",\"type\":\"candidate\"}"),
        Arguments.of("POST", "/task/{t}/attachment/create", "{}"),
        Arguments.of("POST", "/message", "{\"messageName\":\"x\"}"),
        Arguments.of("POST", "/signal", "{\"name\":\"x\"}"),
        Arguments.of("POST", "/deployment/create", "{}"),
        Arguments.of("PUT", "/job/x/retries", "{\"retries\":1}"),
        Arguments.of("POST", "/job/retries", "{\"retries\":1}"),
        Arguments.of("POST", "/execution/{p}/localVariables", "{\"modifications\":{}}"),
        Arguments.of("POST", "/external-task/fetchAndLock", "{\"workerId\":\"w\",\"maxTasks\":1,\"topics\":[]}"),
        Arguments.of("POST", "/process-instance/delete", "{\"processInstanceIds\":[\"{p}\"]}"),
        Arguments.of("POST", "/history/cleanup", null),
        Arguments.of("POST", "/task/create", "{\"id\":\"evil\"}"),
        Arguments.of("POST", "/condition", "{}"));
  }

  static Stream<Arguments> writesOnBothDoors() {
    return writes().flatMap(a -> Stream.of(
        Arguments.of("REST", a.get()[0], a.get()[1], a.get()[2]),
        Arguments.of("Tasklist", a.get()[0], a.get()[1], a.get()[2])));
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("writesOnBothDoors")
  void aUnitCannotWriteOutsideForms(String door, String method, String path, String body) {
    String p = path.replace("{t}", task.getId()).replace("{p}", task.getProcessInstanceId());
    String b = body == null ? null : body.replace("{p}", task.getProcessInstanceId());
    Map<String, Object> before = fixture.snapshot(task.getId());
    Http.Response r;
    if (door.equals("REST")) {
      r = Http.basic(port, "stc-vp.bithu").send(method, "/engine-rest" + p, b, "application/json");
    } else {
      Http tasklist = Http.webapp(port);
      assertThat(tasklist.login("tasklist", "stc-vp.bithu", Http.PASSWORD)).isEqualTo(200);
      r = tasklist.send(method, "/camunda/api/engine/engine/default" + p, b, "application/json");
    }
    assertThat(r.status()).as(r.toString()).isEqualTo(403);
    assertThat(r.json().path("message").asText()).contains("không có quyền");
    assertThat(fixture.snapshot(task.getId())).isEqualTo(before);
  }

  @Test
  void theReviewerCannotEitherButTheAdminCan() {
    String url = "/engine-rest/process-instance/" + task.getProcessInstanceId() + "/variables/note";
    assertThat(Http.basic(port, "btg.truongban").send("PUT", url, "{\"value\":\"x\"}", "application/json").status()).isEqualTo(403);
    assertThat(Http.basic(port, "admin").send("PUT", url, "{\"value\":\"sửa chữa\"}", "application/json").status()).isEqualTo(204);
    assertThat(engine.getRuntimeService().getVariable(task.getProcessInstanceId(), "note")).isEqualTo("sửa chữa");
  }

  @Test
  void pathTricksDoNotGetAround() {
    Http cell = Http.basic(port, "stc-vp.bithu");
    for (String path : List.of(
        "/engine-rest//task/" + task.getId() + "/variables/year",
        "/engine-rest/task/" + task.getId() + "/variables/year/",
        "/engine-rest/task;x=y/" + task.getId() + "/variables/year",
        "/engine-rest/engine/default/task/" + task.getId() + "/variables/year",
        "/engine-rest/%74ask/" + task.getId() + "/variables/year")) {
      Http.Response r = cell.send("PUT", path, "{\"value\":2030}", "application/json");
      assertThat(r.status()).as(path + ": " + r).isIn(400, 403, 404);
    }
    assertThat(engine.getRuntimeService().getVariable(task.getProcessInstanceId(), "year")).isEqualTo(2026);
    Http.Response override = cell.send("POST", "/engine-rest/task/" + task.getId() + "/claim", "{\"userId\":\"stc-vp.bithu\"}",
        "application/json");
    assertThat(override.status()).isEqualTo(204);
  }
}
