package vn.mohinh.showcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The public page and the Atom feed, fetched anonymously: the published model is there; nothing
 * unpublished, no draft and nothing internal (who edited, approved or withdrew it, comments, reasons,
 * emails, usernames) ever is; the feed is well-formed Atom 1.0 with the required elements; and
 * withdrawing a publication from the reviewing office's page needs the page's token.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicShowcasePageTest {

  static final String ATOM = "http://www.w3.org/2005/Atom";
  static final String PASSWORD = "MoHinh@2026";

  @LocalServerPort int port;
  @Autowired ShowcaseRepository repository;

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final String marker = UUID.randomUUID().toString().substring(0, 8);
  private String published;
  private String hostile;
  private String withdrawn;
  private String toWithdraw;

  @BeforeAll
  void someModelsArePublishedOneWithdrawnOneStillADraft() {
    published = publish("Một cửa thân thiện " + marker, 2026, "G2", "Nhóm mô hình cải cách thủ tục hành chính",
        "Tiếp nhận hồ sơ đúng hẹn.\n\nNgười dân hài lòng.");
    hostile = publish("<script>alert('x')</script> & mô hình " + marker, 2025, "G1", "Nhóm xây dựng Đảng", "<b>đậm</b>");
    withdrawn = publish("Bài đã gỡ " + marker, 2026, "G2", "Nhóm mô hình cải cách thủ tục hành chính", "Nội dung cũ");
    repository.unpublish(withdrawn, "btg.chuyenvien", "Lý do nội bộ " + marker, Instant.now());
    toWithdraw = publish("Bài sẽ gỡ qua trang " + marker, 2026, "G2", "Nhóm mô hình cải cách thủ tục hành chính", "Nội dung");
    repository.insertProposal(new Proposal(UUID.randomUUID().toString(), "m-draft", 2026, "stc-vp", ProposalSource.REVIEWER,
        ProposalStatus.AWAITING_APPROVAL, null, "Bản nháp chưa duyệt " + marker, "Tóm tắt nháp", "Nội dung nháp", 1,
        "Nhận xét nội bộ " + marker, "btg.truongban", Instant.now(), "btg.chuyenvien", Instant.now(), null, null, null));
  }

  @Test
  void thePublicPageShowsThePublishedModelAndNothingElse() throws Exception {
    HttpResponse<String> page = get("/public/mo-hinh", null);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type").orElse("")).contains("text/html").containsIgnoringCase("utf-8");
    assertThat(page.body()).contains("Một cửa thân thiện " + marker, "Chi bộ Văn phòng – Đảng bộ Sở Tài chính", "Năm 2026")
        .contains("/public/mo-hinh/" + published);
    assertNothingInternal(page.body());
  }

  @Test
  void theOutputIsEscaped() throws Exception {
    String list = get("/public/mo-hinh?nam=2025", null).body();
    assertThat(list).contains("&lt;script&gt;alert(").doesNotContain("<script>alert(");
    String detail = get("/public/mo-hinh/" + hostile, null).body();
    assertThat(detail).contains("&lt;b&gt;đậm&lt;/b&gt;").doesNotContain("<b>đậm").doesNotContain("<script>alert(");
  }

  @Test
  void theListFiltersByYearAndGroup() throws Exception {
    assertThat(get("/public/mo-hinh?nam=2026", null).body()).contains("Một cửa thân thiện " + marker);
    assertThat(get("/public/mo-hinh?nam=2025", null).body()).doesNotContain("Một cửa thân thiện " + marker);
    assertThat(get("/public/mo-hinh?nam=2026&nhom=G2", null).body()).contains("Một cửa thân thiện " + marker);
    assertThat(get("/public/mo-hinh?nam=2026&nhom=G1", null).body()).doesNotContain("Một cửa thân thiện " + marker);
    assertThat(get("/public/mo-hinh?nam=abc&nhom=%3Cx%3E&trang=-1", null).statusCode()).isEqualTo(200);
  }

  @Test
  void aPublishedModelHasItsPageAndAWithdrawnOneIsGone() throws Exception {
    HttpResponse<String> page = get("/public/mo-hinh/" + published, null);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Tiếp nhận hồ sơ đúng hẹn.", "Người dân hài lòng.");
    assertNothingInternal(page.body());

    assertThat(get("/public/mo-hinh/" + withdrawn, null).statusCode()).isEqualTo(404);
    assertThat(get("/public/mo-hinh/not-an-id", null).statusCode()).isEqualTo(404);
  }

  @Test
  void theFeedIsValidAtomWithThePublishedModelOnly() throws Exception {
    HttpResponse<String> response = get("/public/mo-hinh/atom.xml", null);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
    assertNothingInternal(response.body());

    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document feed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
    Element root = feed.getDocumentElement();
    assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
    assertThat(root.getLocalName()).isEqualTo("feed");
    assertThat(text(root, "id")).matches("urn:uuid:[0-9a-f-]{36}");
    assertThat(text(root, "title")).isNotBlank();
    assertThat(Instant.parse(text(root, "updated"))).isNotNull();
    assertThat(children(root, "author")).hasSize(1);
    assertThat(text(children(root, "author").get(0), "name")).isNotBlank();
    assertThat(links(root, "self")).singleElement().satisfies(href -> assertThat(href).endsWith("/public/mo-hinh/atom.xml"));

    List<String> ids = new ArrayList<>();
    for (Element entry : children(root, "entry")) {
      ids.add(text(entry, "id"));
      assertThat(text(entry, "id")).matches("urn:uuid:[0-9a-f-]{36}");
      assertThat(text(entry, "title")).isNotBlank();
      assertThat(Instant.parse(text(entry, "updated"))).isNotNull();
      assertThat(links(entry, "alternate")).singleElement().satisfies(href -> assertThat(href).contains("/public/mo-hinh/"));
      assertThat(children(entry, "summary").size() + children(entry, "content").size()).isPositive();
      for (Element content : children(entry, "content")) {
        assertThat(content.getAttribute("type")).isIn("text", "html");
      }
    }
    assertThat(ids).contains("urn:uuid:" + published, "urn:uuid:" + hostile).doesNotContain("urn:uuid:" + withdrawn);
    Element mine = children(root, "entry").stream().filter(e -> text(e, "id").equals("urn:uuid:" + published)).findFirst().orElseThrow();
    assertThat(text(mine, "title")).isEqualTo("Một cửa thân thiện " + marker);
    assertThat(text(mine, "content")).contains("<p>Tiếp nhận hồ sơ đúng hẹn.</p>");
    Element bad = children(root, "entry").stream().filter(e -> text(e, "id").equals("urn:uuid:" + hostile)).findFirst().orElseThrow();
    assertThat(text(bad, "content")).contains("&lt;b&gt;").doesNotContain("<b>");
  }

  @Test
  void withdrawingNeedsTheReviewingOfficeAndThePagesToken() throws Exception {
    assertThat(get("/app/mo-hinh", null).statusCode()).isIn(302, 401);
    HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager()).build();

    HttpResponse<String> unitPage = send(browser, HttpRequest.newBuilder(uri("/app/mo-hinh")).header("Authorization", basic("stc-vp.bithu")).GET());
    assertThat(unitPage.statusCode()).isEqualTo(403);

    HttpResponse<String> page = send(browser, HttpRequest.newBuilder(uri("/app/mo-hinh")).header("Authorization", basic("btg.chuyenvien")).GET());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Bài sẽ gỡ qua trang " + marker, "Lý do nội bộ " + marker);
    Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
    assertThat(token.find()).isTrue();

    String path = "/app/mo-hinh/" + toWithdraw + "/go-bai";
    HttpResponse<String> forged = send(browser, post(path, "btg.chuyenvien", "lyDo=" + enc("giả mạo")));
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(get("/public/mo-hinh/" + toWithdraw, null).statusCode()).isEqualTo(200);

    HttpResponse<String> noReason = send(browser, post(path, "btg.chuyenvien", "_csrf=" + enc(token.group(1)) + "&lyDo="));
    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(noReason.body()).contains("Chưa nhập lý do gỡ bài");

    HttpResponse<String> done = send(browser, post(path, "btg.chuyenvien", "_csrf=" + enc(token.group(1)) + "&lyDo=" + enc("Đơn vị xin cập nhật")));
    assertThat(done.statusCode()).isEqualTo(302);
    assertThat(get("/public/mo-hinh/" + toWithdraw, null).statusCode()).isEqualTo(404);
    assertThat(get("/public/mo-hinh/atom.xml", null).body()).doesNotContain(toWithdraw);
    Publication trace = repository.findPublication(toWithdraw).orElseThrow();
    assertThat(trace.status()).isEqualTo(PublicationStatus.UNPUBLISHED);
    assertThat(trace.unpublishedBy()).isEqualTo("btg.chuyenvien");
    assertThat(trace.unpublishReason()).isEqualTo("Đơn vị xin cập nhật");
    assertThat(trace.unpublishedAt()).isNotNull();
    assertThat(repository.findEventsOfPublication(toWithdraw)).extracting(ShowcaseEvent::action).contains("UNPUBLISHED");
  }

  private void assertNothingInternal(String body) {
    assertThat(body)
        .doesNotContain("Bài đã gỡ " + marker)
        .doesNotContain("Bản nháp chưa duyệt " + marker)
        .doesNotContain("Nhận xét nội bộ")
        .doesNotContain("Lý do nội bộ")
        .doesNotContain("btg.")
        .doesNotContain("btv.")
        .doesNotContain(".bithu")
        .doesNotContain("example.org")
        .doesNotContainPattern("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\\.[A-Za-z.]{2,}")
        .doesNotContainIgnoringCase("điểm")
        .doesNotContainIgnoringCase("score");
  }

  private String publish(String title, int year, String group, String groupName, String body) {
    String proposalId = UUID.randomUUID().toString();
    Proposal proposal = new Proposal(proposalId, UUID.randomUUID().toString(), year, "stc-vp", ProposalSource.EVALUATION, ProposalStatus.PUBLISHED,
        null, title, "Tóm tắt " + title, body, 1, "Nhận xét nội bộ " + marker, "btg.truongban", Instant.now(), "btg.chuyenvien",
        Instant.now(), "btg.truongban", Instant.now(), null);
    repository.insertProposal(proposal);
    String id = UUID.randomUUID().toString();
    repository.insertPublication(id, proposal, group, groupName, "Chi bộ Văn phòng – Đảng bộ Sở Tài chính", "btg.truongban", Instant.now());
    return id;
  }

  private static String text(Element parent, String name) {
    List<Element> found = children(parent, name);
    assertThat(found).as("<%s> in <%s>", name, parent.getLocalName()).hasSize(1);
    return found.get(0).getTextContent();
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node node = nodes.item(i);
      if (node instanceof Element e && ATOM.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
        found.add(e);
      }
    }
    return found;
  }

  private static List<String> links(Element parent, String rel) {
    return children(parent, "link").stream()
        .filter(l -> rel.equals(l.getAttribute("rel")) || (rel.equals("alternate") && l.getAttribute("rel").isEmpty()))
        .map(l -> l.getAttribute("href"))
        .toList();
  }

  private HttpResponse<String> get(String path, String user) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
    if (user != null) {
      request.header("Authorization", basic(user));
    }
    return send(http, request);
  }

  private HttpRequest.Builder post(String path, String user, String form) {
    return HttpRequest.newBuilder(uri(path))
        .header("Authorization", basic(user))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form));
  }

  private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) throws Exception {
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
