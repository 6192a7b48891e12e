package vn.mohinh.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.mohinh.notification.OutboxMail.MailStatus;

/** The admin's "Hộp thư thử" over HTTP, behind the product's authentication. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MailboxPageTest {

  static final String PASSWORD = "MoHinh@2026";

  @LocalServerPort int port;
  @Autowired OutboxRepository outbox;
  @Autowired JdbcClient jdbc;

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager()).build();
  private long mailId;
  private String marker;

  @BeforeEach
  void aFailedMail() {
    marker = UUID.randomUUID().toString().substring(0, 8);
    NewMail mail =
        new NewMail("test|page|" + marker, "RETURNED", 2026, "stc-vp", "stc-vp.bithu@travinh.example.org", "Nguyễn Tấn Sang",
            "Trả lại để chỉnh sửa: <b>kế hoạch</b> " + marker, "Văn bản " + marker,
            "<p>Ý kiến: <script>alert(1)</script> " + marker + "</p>", null, null);
    outbox.insertIfAbsent(mail, "<" + marker + "@test>", Instant.now());
    mailId = outbox.findByDedupKeyPrefix("test|page|" + marker).get(0).id();
    jdbc.sql("update mh_mail_outbox set status = 'FAILED', attempts = 10, last_error = 'Connection refused' where id = ?").param(mailId).update();
  }

  @Test
  void onlyTheAdministratorSeesTheMailbox() throws Exception {
    HttpResponse<String> anonymous = get("/app/admin/mail", null);
    assertThat(anonymous.statusCode()).isIn(302, 401);
    assertThat(get("/app/admin/mail", "stc-vp.bithu").statusCode()).isEqualTo(403);
    assertThat(get("/app/admin/mail/" + mailId, "btg.truongban").statusCode()).isEqualTo(403);

    HttpResponse<String> list = get("/app/admin/mail", "admin");
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'none'"));
    assertThat(list.body())
        .contains("Hộp thư thử")
        .contains("Trả lại để chỉnh sửa: &lt;b&gt;kế hoạch&lt;/b&gt; " + marker)
        .contains("Gửi lỗi")
        .contains("Connection refused");
    assertThat(get("/app/admin/mail?status=FAILED", "admin").body()).contains(marker);
    assertThat(get("/app/admin/mail?status=SENT", "admin").body()).doesNotContain(marker);
  }

  @Test
  void oneMailIsShownEscapedInASandbox() throws Exception {
    HttpResponse<String> view = get("/app/admin/mail/" + mailId, "admin");
    assertThat(view.statusCode()).isEqualTo(200);
    assertThat(view.body())
        .contains("sandbox=\"\"")
        .contains("srcdoc=\"&lt;p&gt;Ý kiến: &lt;script&gt;alert(1)&lt;/script&gt; " + marker)
        .doesNotContain("<script>")
        .contains("Văn bản " + marker)
        .contains("Gửi lại thư này");
    assertThat(get("/app/admin/mail/999999999", "admin").statusCode()).isEqualTo(404);
  }

  @Test
  void aFailedMailIsResentOnlyWithTheTokenFromTheSameOrigin() throws Exception {
    String token = token(get("/app/admin/mail/" + mailId, "admin").body());

    assertThat(post("/app/admin/mail/" + mailId + "/resend", "admin", null, null).statusCode()).isEqualTo(403);
    assertThat(post("/app/admin/mail/" + mailId + "/resend", "admin", "forged", null).statusCode()).isEqualTo(403);
    assertThat(post("/app/admin/mail/" + mailId + "/resend", "admin", token, "http://evil.example.org").statusCode()).isEqualTo(403);
    assertThat(post("/app/admin/mail/" + mailId + "/resend", "stc-vp.bithu", token, null).statusCode()).isEqualTo(403);
    assertThat(outbox.find(mailId).orElseThrow().status()).isEqualTo(MailStatus.FAILED);

    HttpResponse<String> resent = post("/app/admin/mail/" + mailId + "/resend", "admin", token, "http://localhost:" + port);
    assertThat(resent.statusCode()).isEqualTo(302);
    assertThat(resent.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/app/admin/mail/" + mailId + "?resent"));
    OutboxMail mail = outbox.find(mailId).orElseThrow();
    assertThat(mail.status()).isEqualTo(MailStatus.PENDING);
    assertThat(mail.attempts()).isZero();

    assertThat(post("/app/admin/mail/" + mailId + "/resend", "admin", token, null).statusCode()).as("not failed any more").isEqualTo(409);
  }

  private static String token(String html) {
    Matcher matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
    assertThat(matcher.find()).isTrue();
    return matcher.group(1);
  }

  private HttpResponse<String> get(String path, String user) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html").GET();
    if (user != null) {
      request.header("Authorization", basic(user));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> post(String path, String user, String token, String origin) throws Exception {
    String form = token == null ? "" : "_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Authorization", basic(user))
            .POST(HttpRequest.BodyPublishers.ofString(form));
    if (origin != null) {
      request.header("Origin", origin);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
  }
}
