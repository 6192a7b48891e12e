package vn.mohinh.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.mohinh.notification.Notifier;

/** The inspections of a year as the evaluation and the model's history read them: each person sees what their role allows. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InspectionApiTest {

  static final int YEAR = 2088;
  static final String PASSWORD = "MoHinh@2026";

  @LocalServerPort int port;
  @Autowired InspectionRepository repository;
  @Autowired InspectionService service;
  @Autowired Notifier notifier;
  @Autowired JdbcClient jdbc;

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final ObjectMapper json = new ObjectMapper();

  @BeforeAll
  void inspectionsOfTwoCellsOfACommitteeAndOfABaseCell() {
    for (String unit : List.of("stc-vp", "stc-ns", "cbbtv")) {
      Inspection planned = new Inspection(UUID.randomUUID().toString(), UUID.randomUUID().toString(), YEAR, unit, "Mô hình của " + unit,
          InspectionKind.INSPECTION, LocalDate.of(YEAR, 5, 4), List.of("btg.chuyenvien"), InspectionStatus.PLANNED, null,
          "btg.truongban", Instant.now(), null, null, null, null, null, null, null, null, null, null, null, null, null);
      repository.insert(planned);
      if (unit.equals("stc-vp")) {
        Instant due = service.recordFindings(planned, "Tốt", "Nhanh", null, "Bổ sung số liệu", InspectionRating.GOOD,
            LocalDate.now().plusDays(20), "btg.chuyenvien");
        assertThat(due).isNotNull();
        service.answer(repository.find(planned.id()).orElseThrow(), "Đã bổ sung", "stc-vp.bithu");
      }
    }
  }

  @Test
  void theReviewingOfficeSeesTheWholeBlocWithFindingsAndAnswers() throws Exception {
    JsonNode all = list("btg.chuyenvien");
    assertThat(units(all)).contains("stc-vp", "stc-ns", "cbbtv");
    JsonNode answered = find(all, "stc-vp");
    assertThat(answered.get("status").asText()).isEqualTo("ANSWERED");
    assertThat(answered.get("recommendations").asText()).isEqualTo("Bổ sung số liệu");
    assertThat(answered.get("answer").asText()).isEqualTo("Đã bổ sung");
    assertThat(answered.get("answeredOnTime").asBoolean()).isTrue();
    assertThat(units(list("btv.bithu"))).contains("stc-vp", "stc-ns", "cbbtv");
  }

  @Test
  void aCommitteeSeesItsCellsACellItsOwnABaseCellItsOwn() throws Exception {
    assertThat(units(list("stc.bithu"))).containsExactlyInAnyOrder("stc-vp", "stc-ns");
    assertThat(units(list("stc-vp.bithu"))).containsExactly("stc-vp");
    assertThat(units(list("cbbtv.bithu"))).containsExactly("cbbtv");
    assertThat(units(list("bvdk.bithu"))).isEmpty();
  }

  @Test
  void theUnitAndItsCommitteeAreToldOfThePlannedInspectionByMailOnce() {
    String id = UUID.randomUUID().toString();
    Notifier.InspectionNotice notice = new Notifier.InspectionNotice(YEAR, "stc-vp", id, "Một cửa thân thiện", "kiểm tra",
        LocalDate.of(YEAR, 5, 4), List.of("Dương Ngọc Oanh – Ban Tuyên giáo Đảng ủy Khối"));
    notifier.notifyInspection(notice);
    notifier.notifyInspection(notice);

    List<String[]> mails = jdbc.sql("select recipient, subject, body_text, body_html from mh_mail_outbox where kind = 'INSPECTION' "
            + "and dedup_key like ?")
        .param("%" + id + "%")
        .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)})
        .list();
    assertThat(mails).extracting(m -> m[0]).containsExactlyInAnyOrder(
        "stc-vp.bithu@travinh.example.org", "stc-vp.capuy@travinh.example.org", "stc.bithu@travinh.example.org",
        "stc.phobithu@travinh.example.org");
    assertThat(mails.get(0)[1]).isEqualTo("Thông báo kiểm tra mô hình: Một cửa thân thiện");
    assertThat(mails.get(0)[2]).contains("sẽ kiểm tra mô hình \"Một cửa thân thiện\"", "vào ngày 04/05/2088",
        "- Dương Ngọc Oanh – Ban Tuyên giáo Đảng ủy Khối");
    assertThat(mails.get(0)[3]).contains("<strong>Một cửa thân thiện</strong>", "04/05/2088");
  }

  @Test
  void withoutLoginNothing() throws Exception {
    assertThat(get("/api/inspections?year=" + YEAR, null).statusCode()).isEqualTo(401);
  }

  private JsonNode list(String user) throws Exception {
    HttpResponse<String> response = get("/api/inspections?year=" + YEAR, user);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  private static List<String> units(JsonNode list) {
    List<String> units = new ArrayList<>();
    list.forEach(i -> units.add(i.get("unitCode").asText()));
    return units;
  }

  private static JsonNode find(JsonNode list, String unit) {
    for (JsonNode i : list) {
      if (i.get("unitCode").asText().equals(unit)) {
        return i;
      }
    }
    throw new AssertionError("no inspection of " + unit);
  }

  private HttpResponse<String> get(String path, String user) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
    if (user != null) {
      request.header("Authorization",
          "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
