package vn.mohinh.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.mohinh.document.DocumentLinks;
import vn.mohinh.notification.OutboxMail.MailStatus;
import vn.mohinh.notification.OutboxRepository;
import vn.mohinh.registration.InitiativeRepository;
import vn.mohinh.report.ReportRepository;

/**
 * Who sees and does what over the REST API and the product's own endpoints: every role × every
 * resource. One unit's work each for cell A and cell B of committee {@code stc}, the committee
 * itself, a cell of another committee and a base cell; tasks carry the directory's candidate
 * groups, so Camunda's per-task grants decide. Each of these units also has a model with its plan
 * (mẫu 01) and its result report (mẫu 03) ({@link DocumentFixture}), and the outbox holds a mail:
 * the documents and the admin's mailbox are rows of the table too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

  private static final String KEY = "matrix-";
  static final List<String> UNITS = List.of("stc-vp", "stc-ns", "stc", "bvdk-noi", "cbbtv");
  static final Set<String> ALL = new TreeSet<>(UNITS);
  /** Each unit's committee (its base unit): a cell's, or the unit itself. */
  static final Map<String, String> BASE_UNIT_OF =
      Map.of("stc-vp", "stc", "stc-ns", "stc", "stc", "stc", "bvdk-noi", "bvdk", "cbbtv", "cbbtv");
  /** The committees whose mẫu 02 is asked for: the matrix's own and another one. */
  static final List<String> COMMITTEES = List.of("stc", "bvdk");

  /** role → user (null: anonymous), the units whose work it sees, whether it is a bloc office or admin. */
  enum Role {
    CELL_A("stc-vp.bithu", Set.of("stc-vp"), false),
    CELL_B("stc-ns.bithu", Set.of("stc-ns"), false),
    COMMITTEE("stc.bithu", Set.of("stc", "stc-vp", "stc-ns"), false),
    OTHER_COMMITTEE_CELL("bvdk-noi.bithu", Set.of("bvdk-noi"), false),
    BASE_CELL("cbbtv.bithu", Set.of("cbbtv"), false),
    REVIEWER("btg.truongban", ALL, true),
    APPROVER("btv.bithu", ALL, true),
    ADMIN("admin", ALL, true),
    ANONYMOUS(null, Set.of(), false);

    final String user;
    final Set<String> units;
    final boolean bloc;

    Role(String user, Set<String> units, boolean bloc) {
      this.user = user;
      this.units = units;
      this.bloc = bloc;
    }
  }

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired DataSource dataSource;
  @Autowired InitiativeRepository initiatives;
  @Autowired ReportRepository reports;
  @Autowired OutboxRepository outbox;
  @Autowired JdbcClient jdbc;

  private SecurityFixture fixture;
  private DocumentFixture documents;
  private final Map<String, Task> tasks = new LinkedHashMap<>();
  private String filterId;

  @BeforeAll
  void startWorkOfEveryUnit() {
    fixture = new SecurityFixture(engine, dataSource);
    for (String unit : UNITS) {
      tasks.put(unit, fixture.start(unit, KEY + unit));
    }
    Filter filter = engine.getFilterService().newTaskFilter("matrix-private-filter");
    filter.setOwner("admin");
    filter.setQuery(engine.getTaskService().createTaskQuery());
    filterId = engine.getFilterService().saveFilter(filter).getId();
    documents = new DocumentFixture(initiatives, reports, outbox, jdbc);
    documents.create(BASE_UNIT_OF);
  }

  @AfterAll
  void removeWork() {
    fixture.removeAll(KEY);
    engine.getFilterService().deleteFilter(filterId);
    documents.remove();
  }

  static Stream<Arguments> roles() {
    return Stream.of(Role.values()).map(Arguments::of);
  }

  private Http http(Role role) {
    return Http.basic(port, role.user);
  }

  private Set<String> unitsOf(JsonNode list, String idField) {
    Set<String> units = new TreeSet<>();
    for (JsonNode item : list) {
      String id = item.path(idField).asText();
      tasks.forEach((unit, task) -> {
        if (task.getId().equals(id) || task.getProcessInstanceId().equals(id)) {
          units.add(unit);
        }
      });
    }
    return units;
  }

  private static void assertAnonymousRefused(Http.Response response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(401);
  }

  @ParameterizedTest(name = "{0}: task list")
  @MethodSource("roles")
  void taskList(Role role) {
    Http.Response r = http(role).get("/engine-rest/task?processInstanceBusinessKeyLike=" + KEY + "%25");
    if (role == Role.ANONYMOUS) {
      assertAnonymousRefused(r);
      return;
    }
    assertThat(r.status()).isEqualTo(200);
    assertThat(unitsOf(r.json(), "id")).isEqualTo(new TreeSet<>(role.units));
  }

  @ParameterizedTest(name = "{0}: task, its variables, its form, claim")
  @MethodSource("roles")
  void singleTask(Role role) {
    for (String unit : UNITS) {
      String id = tasks.get(unit).getId();
      boolean sees = role.units.contains(unit);
      Http.Response task = http(role).get("/engine-rest/task/" + id);
      Http.Response variables = http(role).get("/engine-rest/task/" + id + "/variables");
      Http.Response form = http(role).get("/engine-rest/task/" + id + "/deployed-form");
      Http.Response formVariables = http(role).get("/engine-rest/task/" + id + "/form-variables");
      for (Http.Response r : List.of(task, variables, form, formVariables)) {
        if (role == Role.ANONYMOUS) {
          assertAnonymousRefused(r);
        } else if (sees) {
          assertThat(r.status()).as(role + " on " + unit + ": " + r).isEqualTo(200);
        } else {
          assertThat(r.status()).as(role + " on " + unit + ": " + r).isIn(403, 404);
        }
      }
      if (sees && role == Role.ANONYMOUS) {
        throw new AssertionError("anonymous sees nothing");
      }
    }
  }

  @ParameterizedTest(name = "{0}: process instances and their variables")
  @MethodSource("roles")
  void processInstances(Role role) {
    Http.Response list = http(role).get("/engine-rest/process-instance?businessKeyLike=" + KEY + "%25");
    if (role == Role.ANONYMOUS) {
      assertAnonymousRefused(list);
      return;
    }
    // Units work through their tasks only; the bloc's offices and the admin read every instance.
    Set<String> expected = role.bloc ? ALL : Set.of();
    assertThat(unitsOf(list.json(), "id")).isEqualTo(expected);
    for (String unit : UNITS) {
      String pi = tasks.get(unit).getProcessInstanceId();
      Http.Response one = http(role).get("/engine-rest/process-instance/" + pi);
      Http.Response vars = http(role).get("/engine-rest/process-instance/" + pi + "/variables");
      if (role.bloc) {
        assertThat(one.status()).isEqualTo(200);
        assertThat(vars.status()).isEqualTo(200);
      } else {
        assertThat(one.status()).as(one.toString()).isIn(403, 404);
        assertThat(vars.status()).as(vars.toString()).isIn(403, 404);
      }
    }
  }

  @ParameterizedTest(name = "{0}: history")
  @MethodSource("roles")
  void history(Role role) {
    Http.Response processes = http(role).get("/engine-rest/history/process-instance?processInstanceBusinessKeyLike=" + KEY + "%25");
    Http.Response taskHistory = http(role).get("/engine-rest/history/task?processInstanceBusinessKeyLike=" + KEY + "%25");
    Http.Response variables = http(role).get("/engine-rest/history/variable-instance?processDefinitionKey=" + SecurityFixture.PROCESS);
    if (role == Role.ANONYMOUS) {
      assertAnonymousRefused(processes);
      assertAnonymousRefused(taskHistory);
      assertAnonymousRefused(variables);
      return;
    }
    Set<String> expected = role.bloc ? ALL : Set.of();
    assertThat(unitsOf(processes.json(), "id")).isEqualTo(expected);
    assertThat(unitsOf(taskHistory.json(), "id")).isEqualTo(expected);
    if (!role.bloc) {
      assertThat(variables.json().size()).isZero();
    } else {
      assertThat(variables.json().size()).isPositive();
    }
  }

  @ParameterizedTest(name = "{0}: identity, filters, deployments, jobs")
  @MethodSource("roles")
  void otherResources(Role role) {
    Http.Response users = http(role).get("/engine-rest/user");
    Http.Response otherUnitGroup = http(role).get("/engine-rest/group?id=unit-bvdk");
    Http.Response filters = http(role).get("/engine-rest/filter?name=matrix-private-filter");
    Http.Response deployments = http(role).get("/engine-rest/deployment?name=" + SecurityFixture.DEPLOYMENT);
    List<Http.Response> jobs = new ArrayList<>();
    for (String unit : UNITS) {
      jobs.add(http(role).get("/engine-rest/job?processInstanceId=" + tasks.get(unit).getProcessInstanceId()));
    }
    if (role == Role.ANONYMOUS) {
      Stream.concat(Stream.of(users, otherUnitGroup, filters, deployments), jobs.stream())
          .forEach(AuthorizationMatrixTest::assertAnonymousRefused);
      return;
    }
    if (role.bloc) {
      assertThat(users.json().size()).isGreaterThan(100);
      assertThat(otherUnitGroup.json().size()).isEqualTo(1);
      assertThat(deployments.json().size()).isEqualTo(1);
      jobs.forEach(j -> assertThat(j.json().size()).isEqualTo(1));
    } else {
      // A unit's person sees their own account only, no other unit's group, no deployment, no job.
      assertThat(users.json().size()).isEqualTo(1);
      assertThat(users.json().get(0).path("id").asText()).isEqualTo(role.user);
      assertThat(otherUnitGroup.json().size()).isZero();
      assertThat(deployments.json().size()).isZero();
      jobs.forEach(j -> assertThat(j.json().size()).isZero());
    }
    // A private filter is its owner's only.
    assertThat(filters.json().size()).isEqualTo(role == Role.ADMIN ? 1 : 0);
  }

  @ParameterizedTest(name = "{0}: Cockpit")
  @MethodSource("roles")
  void cockpitIsForTheBlocOfficesOnly(Role role) {
    if (role == Role.ANONYMOUS) {
      assertThat(Http.webapp(port).get("/camunda/api/cockpit/plugin/base/default/process-definition/statistics").status())
          .isIn(401, 403);
      return;
    }
    int status = Http.webapp(port).login("cockpit", role.user, Http.PASSWORD);
    assertThat(status).as(role.toString()).isEqualTo(role.bloc ? 200 : 403);
    assertThat(Http.webapp(port).login("tasklist", role.user, Http.PASSWORD)).isEqualTo(200);
  }

  @ParameterizedTest(name = "{0}: the product's API needs a login")
  @MethodSource("roles")
  void productApiNeedsAuthentication(Role role) {
    Http.Response r = http(role).get("/api/matrix-probe");
    assertThat(r.status()).isEqualTo(role == Role.ANONYMOUS ? 401 : 404);
  }

  private static int st(Http.Response r) {
    return r.status();
  }

  @Test
  void aCellCannotActOnAnotherUnitsTask() {
    Http cellA = Http.basic(port, Role.CELL_A.user);
    String other = tasks.get("stc-ns").getId();
    Map<String, Object> before = fixture.snapshot(other);
    assertThat(st(cellA.post("/engine-rest/task/" + other + "/claim", "{\"userId\":\"stc-vp.bithu\"}"))).isIn(403, 404);
    assertThat(st(cellA.post("/engine-rest/task/" + other + "/complete", "{}"))).isEqualTo(403);
    assertThat(st(cellA.post("/engine-rest/task/" + other + "/submit-form", "{}"))).isEqualTo(403);
    assertThat(st(cellA.post("/engine-rest/task/" + other + "/delegate", "{\"userId\":\"stc-vp.bithu\"}"))).isEqualTo(403);
    assertThat(st(cellA.post("/engine-rest/task/" + other + "/comment/create", "{\"message\":\"xin chào\"}"))).isIn(400, 403, 404);
    assertThat(st(cellA.get("/engine-rest/task/" + other + "/comment"))).isIn(403, 404);
    // one comment by its id: the REST API itself does not look at the task (the guard does)
    String comment = engine.getTaskService().createComment(other, null, "Ý kiến nội bộ của chi bộ B").getId();
    Map<String, Object> withComment = fixture.snapshot(other);
    Http.Response single = cellA.get("/engine-rest/task/" + other + "/comment/" + comment);
    assertThat(single.status()).as(single.toString()).isEqualTo(404);
    assertThat(single.body()).doesNotContain("Ý kiến nội bộ");
    assertThat(st(Http.basic(port, Role.COMMITTEE.user).get("/engine-rest/task/" + other + "/comment/" + comment)))
        .as("the cell's committee").isEqualTo(200);
    assertThat(st(cellA.send("DELETE", "/engine-rest/task/" + other + "/comment/" + comment, null, null))).isEqualTo(403);
    assertThat(fixture.snapshot(other)).isEqualTo(withComment);
    engine.getTaskService().deleteTaskComment(other, comment);
    assertThat(st(cellA.post("/engine-rest/task/" + other + "/identity-links", "{\"groupId\":\"unit-stc-vp\",\"type\":\"candidate\"}")))
        .isEqualTo(403);
    assertThat(fixture.snapshot(other)).isEqualTo(before);
  }

  @Test
  void aCellWorksOnItsOwnTaskInTasklist() {
    Http tasklist = Http.webapp(port);
    assertThat(tasklist.login("tasklist", Role.CELL_A.user, Http.PASSWORD)).isEqualTo(200);
    String own = tasks.get("stc-vp").getId();
    String base = "/camunda/api/engine/engine/default/task/" + own;
    assertThat(st(tasklist.post(base + "/claim", "{\"userId\":\"stc-vp.bithu\"}"))).isEqualTo(204);
    assertThat(st(tasklist.get(base + "/form-variables"))).isEqualTo(200);
    assertThat(st(tasklist.get(base + "/deployed-form"))).isEqualTo(200);
    assertThat(st(tasklist.post(base + "/unclaim", "{}"))).isEqualTo(204);
    assertThat(st(tasklist.post("/camunda/api/engine/engine/default/task", "{}"))).isEqualTo(200);
  }

  /**
   * Tasklist's comments: a unit's people add and read the comments of their own task (the webapp's
   * session with its CSRF token, and HTTP Basic on the REST API); another unit's are refused.
   */
  @Test
  void aCellCommentsOnItsOwnTaskOnly() {
    String own = tasks.get("stc-vp").getId();
    String other = tasks.get("stc-ns").getId();
    Http tasklist = Http.webapp(port);
    assertThat(tasklist.login("tasklist", Role.CELL_A.user, Http.PASSWORD)).isEqualTo(200);
    String webapp = "/camunda/api/engine/engine/default/task/";
    Http.Response created = tasklist.post(webapp + own + "/comment/create", "{\"message\":\"Chi bộ đã họp, thống nhất nội dung.\"}");
    assertThat(created.status()).as(created.toString()).isEqualTo(200);
    assertThat(created.json().path("userId").asText()).isEqualTo(Role.CELL_A.user);
    Http.Response listed = tasklist.get(webapp + own + "/comment");
    assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
    assertThat(listed.body()).contains("Chi bộ đã họp, thống nhất nội dung.");
    String id = created.json().path("id").asText();
    assertThat(st(tasklist.get(webapp + own + "/comment/" + id))).isEqualTo(200);

    Http rest = Http.basic(port, Role.CELL_A.user);
    assertThat(st(rest.post("/engine-rest/task/" + own + "/comment/create", "{\"message\":\"Gửi qua REST\"}"))).isEqualTo(200);
    assertThat(rest.get("/engine-rest/task/" + own + "/comment").json().size()).isEqualTo(2);
    // the committee of the cell reads them too; the sister cell and another committee's cell do not
    assertThat(Http.basic(port, Role.COMMITTEE.user).get("/engine-rest/task/" + own + "/comment").json().size()).isEqualTo(2);
    assertThat(st(Http.basic(port, Role.CELL_B.user).get("/engine-rest/task/" + own + "/comment"))).isEqualTo(404);
    assertThat(st(Http.basic(port, Role.OTHER_COMMITTEE_CELL.user).get("/engine-rest/task/" + own + "/comment/" + id)))
        .isEqualTo(404);

    // an empty comment names the field
    Http.Response empty = tasklist.post(webapp + own + "/comment/create", "{\"message\":\"  \"}");
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.json().path("field").asText()).isEqualTo("message");
    Http.Response tooLong = tasklist.post(webapp + own + "/comment/create", "{\"message\":\"" + "x".repeat(4001) + "\"}");
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.json().path("message").asText()).contains("4000 ký tự");
    Http.Response huge = tasklist.post(webapp + own + "/comment/create", "{\"message\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}");
    assertThat(huge.status()).isEqualTo(413);
    assertThat(huge.json().path("field").asText()).isEqualTo("message");
    assertThat(huge.json().path("message").asText()).contains("4000 ký tự");

    Map<String, Object> before = fixture.snapshot(other);
    assertThat(st(tasklist.post(webapp + other + "/comment/create", "{\"message\":\"xin chào\"}"))).isIn(400, 404);
    assertThat(st(tasklist.get(webapp + other + "/comment"))).isEqualTo(404);
    assertThat(st(Http.basic(port, Role.OTHER_COMMITTEE_CELL.user).post("/engine-rest/task/" + own + "/comment/create",
        "{\"message\":\"xin chào\"}"))).isIn(400, 404);
    assertThat(fixture.snapshot(other)).isEqualTo(before);
    // last (the session answers 401 after it): a forged request without the anti-forgery token
    assertThat(st(tasklist.postWithoutCsrfToken(webapp + own + "/comment/create", "{\"message\":\"giả mạo\"}"))).isEqualTo(403);
    assertThat(engine.getTaskService().getTaskComments(own)).hasSize(2);
    engine.getTaskService().deleteTaskComments(own);
  }

  // ------------------------------------------------------------------ documents

  private static void assertDocument(Role role, boolean allowed, Http.Response r, String what) {
    if (role == Role.ANONYMOUS) {
      assertAnonymousRefused(r);
    } else if (allowed) {
      assertThat(r.status()).as(role + ", " + what + ": " + r).isEqualTo(200);
      assertThat(r.contentType()).as(what).startsWith("application/vnd.openxmlformats-officedocument.");
    } else {
      assertThat(r.status()).as(role + ", " + what + ": " + r).isEqualTo(403);
      assertThat(r.json().path("type").asText()).isEqualTo("Forbidden");
    }
  }

  @ParameterizedTest(name = "{0}: each unit's plan (mẫu 01) and report (mẫu 03)")
  @MethodSource("roles")
  void documentsOfEachUnit(Role role) {
    for (String unit : UNITS) {
      String model = documents.models.get(unit);
      boolean allowed = role.units.contains(unit);
      assertDocument(role, allowed, http(role).get(DocumentLinks.plan(model)), "mẫu 01 of " + unit);
      assertDocument(role, allowed, http(role).get(DocumentLinks.report(model)), "mẫu 03 of " + unit);
    }
  }

  @ParameterizedTest(name = "{0}: each committee's summary (mẫu 02)")
  @MethodSource("roles")
  void summaryOfEachCommittee(Role role) {
    for (String committee : COMMITTEES) {
      boolean allowed = role.bloc || role.units.contains(committee);
      assertDocument(role, allowed, http(role).get(DocumentLinks.summary(DocumentFixture.YEAR, committee)),
          "mẫu 02 of " + committee);
    }
  }

  @ParameterizedTest(name = "{0}: the bloc's summary and evaluation list")
  @MethodSource("roles")
  void blocDocuments(Role role) {
    assertDocument(role, role.bloc, http(role).get(DocumentLinks.blocSummary(DocumentFixture.YEAR)), "bloc summary");
    assertDocument(role, role.bloc, http(role).get(DocumentLinks.commendations(DocumentFixture.YEAR)), "evaluation list");
  }

  @Test
  void documentsFollowTheTasklistSession() {
    Http tasklist = Http.webapp(port);
    assertThat(tasklist.login("tasklist", Role.CELL_A.user, Http.PASSWORD)).isEqualTo(200);
    assertThat(st(tasklist.get(DocumentLinks.plan(documents.models.get("stc-vp"))))).isEqualTo(200);
    assertThat(st(tasklist.get(DocumentLinks.plan(documents.models.get("stc-ns"))))).isEqualTo(403);
    assertThat(st(tasklist.get(DocumentLinks.blocSummary(DocumentFixture.YEAR)))).isEqualTo(403);
  }

  // ------------------------------------------------------------------ the outbox

  /**
   * The admin's mailbox lists and shows every mail with its recipient's address: the administrator
   * only; the bloc's offices and the units are refused, anonymous is sent to the login page.
   */
  @ParameterizedTest(name = "{0}: the outbox (mailbox page, one mail, re-send)")
  @MethodSource("roles")
  void outbox(Role role) {
    String mail = "/app/admin/mail/" + documents.mailId;
    Http.Response list = http(role).getPage("/app/admin/mail");
    Http.Response one = http(role).getPage(mail);
    Http.Response resend = http(role).send("POST", mail + "/resend", "_csrf=x", "application/x-www-form-urlencoded", "text/html");
    if (role == Role.ANONYMOUS) {
      for (Http.Response page : List.of(list, one)) {
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).endsWith("/camunda/app/welcome/default/");
      }
      assertThat(http(role).get("/app/admin/mail").status()).as("not a page request").isEqualTo(401);
      assertAnonymousRefused(resend);
    } else if (role == Role.ADMIN) {
      assertThat(list.status()).isEqualTo(200);
      assertThat(list.body()).contains("Thư của ma trận phân quyền");
      assertThat(one.status()).isEqualTo(200);
      assertThat(one.body()).contains("stc-vp.bithu@travinh.example.org");
      assertThat(resend.status()).as("without the page's token").isEqualTo(403);
    } else {
      for (Http.Response r : List.of(list, one, resend)) {
        assertThat(r.status()).as(role + ": " + r).isEqualTo(403);
        assertThat(r.body()).doesNotContain("stc-vp.bithu@travinh.example.org", "Thư của ma trận phân quyền");
      }
    }
    assertThat(outbox.find(documents.mailId).orElseThrow().status()).isEqualTo(MailStatus.FAILED);
  }
}
