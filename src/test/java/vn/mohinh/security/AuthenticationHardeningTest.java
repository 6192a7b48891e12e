package vn.mohinh.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.mohinh.organization.OrganizationProperties;

/** What is configured for authentication, checked against the running application. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class AuthenticationHardeningTest {

  private static final String STRONG = "Kiem-Thu#2026-an-toan";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired ServerProperties server;
  @Autowired OrganizationProperties organization;

  private void newUser(String id) {
    IdentityService identity = engine.getIdentityService();
    if (identity.createUserQuery().userId(id).count() > 0) {
      identity.deleteUser(id);
    }
    User user = identity.newUser(id);
    user.setFirstName("Kiểm");
    user.setLastName("Thử");
    user.setPassword(STRONG);
    identity.saveUser(user);
  }

  @Test
  void theRestApiRequiresCredentials() {
    try {
      for (String path : new String[] {"/engine-rest/task", "/engine-rest/process-definition", "/engine-rest/user",
          "/engine-rest/engine/default/task", "/engine-rest/deployment"}) {
        assertThat(Http.basic(port, null).get(path).status()).as(path).isEqualTo(401);
        assertThat(Http.basic(port, "admin", "wrong").get(path).status()).as(path).isEqualTo(401);
      }
    } finally {
      // five wrong passwords put the admin under Camunda's growing login delay: lift it for the other tests
      engine.getIdentityService().unlockUser("admin");
    }
    assertThat(Http.basic(port, null).post("/engine-rest/message", "{\"messageName\":\"x\"}").status()).isEqualTo(401);
  }

  @Test
  void afterAWrongPasswordTheRightOneIsRefusedForAWhileAndAfterTenTheAccountIsLocked() {
    newUser("kiemthu-khoa");
    try {
      assertThat(Http.basic(port, "kiemthu-khoa", STRONG).get("/engine-rest/task").status()).isEqualTo(200);
      assertThat(Http.basic(port, "kiemthu-khoa", "sai-mat-khau").get("/engine-rest/task").status()).isEqualTo(401);
      assertThat(Http.basic(port, "kiemthu-khoa", STRONG).get("/engine-rest/task").status())
          .as("refused during the login delay").isEqualTo(401);
      long offset = 0;
      for (int attempt = 2; attempt <= 10; attempt++) {
        offset += Duration.ofSeconds(61).toMillis();
        ClockUtil.offset(offset);
        assertThat(Http.basic(port, "kiemthu-khoa", "sai-mat-khau").get("/engine-rest/task").status()).isEqualTo(401);
      }
      offset += Duration.ofHours(24).toMillis();
      ClockUtil.offset(offset);
      assertThat(Http.basic(port, "kiemthu-khoa", STRONG).get("/engine-rest/task").status())
          .as("locked after 10 wrong passwords").isEqualTo(401);
      engine.getIdentityService().unlockUser("kiemthu-khoa");
      assertThat(Http.basic(port, "kiemthu-khoa", STRONG).get("/engine-rest/task").status()).isEqualTo(200);
    } finally {
      ClockUtil.reset();
      engine.getIdentityService().deleteUser("kiemthu-khoa");
    }
  }

  @Test
  void thePasswordPolicyRefusesAWeakNewPassword() {
    newUser("kiemthu-matkhau");
    try {
      Http self = Http.basic(port, "kiemthu-matkhau", STRONG);
      Http.Response weak = self.send("PUT", "/engine-rest/user/kiemthu-matkhau/credentials",
          "{\"password\":\"123456\",\"authenticatedUserPassword\":\"" + STRONG + "\"}", "application/json");
      assertThat(weak.status()).as(weak.toString()).isEqualTo(400);
      Http.Response strong = self.send("PUT", "/engine-rest/user/kiemthu-matkhau/credentials",
          "{\"password\":\"Mat-khau#Moi-2026\",\"authenticatedUserPassword\":\"" + STRONG + "\"}", "application/json");
      assertThat(strong.status()).as(strong.toString()).isEqualTo(204);
      User user = engine.getIdentityService().newUser("kiemthu-yeu");
      user.setPassword("abc");
      assertThatThrownBy(() -> engine.getIdentityService().saveUser(user)).hasMessageContaining("policy");
      Http.Response other = Http.basic(port, "kiemthu-matkhau", "Mat-khau#Moi-2026").send("PUT",
          "/engine-rest/user/stc-vp.bithu/credentials",
          "{\"password\":\"Mat-khau#Khac-2026\",\"authenticatedUserPassword\":\"Mat-khau#Moi-2026\"}", "application/json");
      assertThat(other.status()).as("not someone else's password").isIn(403, 404);
    } finally {
      engine.getIdentityService().deleteUser("kiemthu-matkhau");
    }
  }

  @Test
  void sessionsTimeOutAfterThirtyMinutes() {
    assertThat(server.getServlet().getSession().getTimeout()).isEqualTo(Duration.ofMinutes(30));
    assertThat(server.getServlet().getSession().getCookie().getHttpOnly()).isTrue();
  }

  @Test
  void onlyHealthInfoAndPrometheusAreExposed() {
    JsonNode links = Http.basic(port, null).get("/actuator").json().path("_links");
    Set<String> names = new TreeSet<>();
    links.fieldNames().forEachRemaining(n -> names.add(n.replaceAll("-.*", "")));
    assertThat(names).isSubsetOf(Set.of("self", "health", "info", "prometheus"));
    for (String hidden : new String[] {"env", "configprops", "beans", "loggers", "heapdump", "threaddump", "mappings"}) {
      assertThat(Http.basic(port, "admin").get("/actuator/" + hidden).status()).as(hidden).isEqualTo(404);
    }
  }

  @Test
  void passwordsAreNeverLogged(CapturedOutput output) {
    String secret = "Bi-Mat#Khong-Ghi-Log-7731";
    Http.basic(port, "stc-vp.bithu", secret).get("/engine-rest/task");
    Http.webapp(port).login("tasklist", "stc-vp.bithu", secret);
    Http.basic(port, "stc-vp.bithu", secret).get("/api/anything");
    assertThat(output.getAll()).doesNotContain(secret).doesNotContain(Http.PASSWORD);
    assertThat(organization.toString()).doesNotContain(Http.PASSWORD);
    // the wrong attempts above must not lock the demo account for the other tests
    engine.getIdentityService().unlockUser("stc-vp.bithu");
  }
}
