package vn.mohinh.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.mohinh.organization.OrganizationDirectory;
import vn.mohinh.report.ReportRepository;
import vn.mohinh.report.ReportService;
import vn.mohinh.report.ResultReport;

/**
 * The year's figures for a small part of the demo bloc (three units with models, one of them
 * continuing a model commended in the two years before), stored and read back, the commendation
 * history the decision table gets, and who may read the figures over HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class YearSummaryTest {

  static final int YEAR = 2036;

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired OrganizationDirectory directory;
  @Autowired ReportService reports;
  @Autowired ReportRepository reportRepository;
  @Autowired EvaluationService evaluationService;
  @Autowired EvaluationRepository evaluations;
  @Autowired YearSummaryService summaries;

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private String initiative(int year, String unit, String baseUnit, String group, boolean continuing, String continuesId) {
    String id = UUID.randomUUID().toString();
    Integer seq = jdbc.sql("select coalesce(max(seq), 0) + 1 from mh_initiative where cycle_year = ? and unit_code = ?")
        .params(year, unit).query(Integer.class).single();
    jdbc.sql(
            "insert into mh_initiative (id, cycle_year, unit_code, base_unit_code, seq, status, name, group_code, group_name, continuing, "
                + "period, continues_id, return_count, created_at, updated_at) values (?, ?, ?, ?, ?, 'ACCEPTED', ?, ?, ?, ?, ?, ?, 0, ?, ?)")
        .params(id, year, unit, baseUnit, seq, "Mô hình " + unit + " " + year, group, group, continuing, "Cả năm", continuesId,
            java.time.OffsetDateTime.now(), java.time.OffsetDateTime.now())
        .update();
    jdbc.sql("insert into mh_initiative_plan (initiative_id) values (?)").param(id).update();
    return id;
  }

  private ResultReport reportOf(String initiativeId) {
    return reportRepository.ofInitiative(initiativeId).orElseThrow();
  }

  private void evaluated(ResultReport r, String total, CommendationLevel level, boolean showcase, boolean approve) {
    Criterion c = new Criterion("PRACTICAL", "Thiết thực", BigDecimal.ONE, BigDecimal.TEN);
    evaluations.save(
        new Evaluation(r.id(), r.year(), r.initiativeId(), r.unitCode(), new BigDecimal(total), "Tốt", true, CommendationLevel.NONE, 0,
            null, null, null, null, Instant.now(), "btg.truongban", 1, false),
        new ScoreCard(List.of(c), Map.of("PRACTICAL", new BigDecimal(total).divide(BigDecimal.TEN))));
    evaluations.propose(r.id(), new Proposal(level, level.label(), showcase, "Thử"));
    if (approve) {
      EvaluationRepository.Commendation commendation =
          new EvaluationRepository.Commendation(
              r.initiativeId(), r.year(), r.id(), r.unitCode(), level, level.label(), new BigDecimal(total), showcase, 1, Instant.now(),
              "btv.bithu");
      evaluations.saveCommendation(commendation);
      if (showcase) {
        evaluations.flagForShowcase(commendation, Instant.now(), "btv.bithu");
      }
    }
  }

  @Test
  void theFiguresOfASmallBlocAreStoredAndTheHistoryFeedsTheDecision() throws Exception {
    // a model of stc-vp commended two years running (praise, then the bloc's certificate), continued this year
    String first = initiative(YEAR - 2, "stc-vp", "stc", "THRIFT_SOLIDARITY", false, null);
    String second = initiative(YEAR - 1, "stc-vp", "stc", "THRIFT_SOLIDARITY", true, first);
    reports.openReports(YEAR - 2);
    reports.openReports(YEAR - 1);
    reportRepository.markReceived(reportOf(first).id(), null, Instant.now(), true, "stc.bithu");
    reportRepository.markReceived(reportOf(second).id(), null, Instant.now(), true, "stc.bithu");
    evaluated(reportOf(first), "70", CommendationLevel.PRAISE, false, true);
    evaluated(reportOf(second), "85", CommendationLevel.BLOC_CERTIFICATE, true, true);

    String continued = initiative(YEAR, "stc-vp", "stc", "THRIFT_SOLIDARITY", true, second);
    String own = initiative(YEAR, "stc", "stc", "PARTY_BUILDING", false, null);
    String late = initiative(YEAR, "cbbtv", "cbbtv", "ADMINISTRATIVE_REFORM", false, null);
    String missing = initiative(YEAR, "stc-ns", "stc", "ADMINISTRATIVE_REFORM", false, null);
    assertThat(reports.openReports(YEAR)).isEqualTo(4);
    assertThat(reports.openReports(YEAR)).as("opening twice adds nothing").isEqualTo(4);

    reportRepository.markReceived(reportOf(continued).id(), null, Instant.now(), true, "stc.bithu");
    reportRepository.markReceived(reportOf(own).id(), null, Instant.now(), true, "stc.bithu");
    reportRepository.markReceived(reportOf(late).id(), null, Instant.now(), false, "cbbtv.bithu");
    assertThat(reports.closeCollection(YEAR)).containsExactly(reportOf(missing).id());

    EvaluationService.History history = evaluationService.history(reportOf(continued));
    assertThat(history.previousLevel()).isEqualTo(CommendationLevel.BLOC_CERTIFICATE);
    assertThat(history.commendedYears()).isEqualTo(2);
    assertThat(evaluationService.history(reportOf(own)).previousLevel()).isEqualTo(CommendationLevel.NONE);

    evaluated(reportOf(continued), "93", CommendationLevel.HIGHER_AWARD, true, true);
    evaluated(reportOf(own), "60", CommendationLevel.NONE, false, true);
    evaluated(reportOf(late), "82", CommendationLevel.PRAISE, true, true);

    YearSummary summary = summaries.store(YEAR);
    int registering = directory.registeringUnits().size();
    assertThat(summary.registeringUnits()).isEqualTo(registering);
    assertThat(summary.unitsWithModel()).isEqualTo(4);
    assertThat(summary.unitsWithoutModel()).isEqualTo(registering - 4);
    assertThat(summary.models()).isEqualTo(4);
    assertThat(summary.newModels()).isEqualTo(3);
    assertThat(summary.continuingModels()).isEqualTo(1);
    assertThat(summary.byGroup()).extracting(YearSummary.Count::key).containsExactly(
        "PARTY_BUILDING", "ADMINISTRATIVE_REFORM", "MOBILISATION", "RESPONSIBILITY", "THRIFT_SOLIDARITY");
    assertThat(summary.byGroup()).extracting(YearSummary.Count::count).containsExactly(1, 2, 0, 0, 1);
    assertThat(summary.reportsExpected()).isEqualTo(4);
    assertThat(summary.reportsOnTime()).isEqualTo(2);
    assertThat(summary.reportsLate()).isEqualTo(1);
    assertThat(summary.reportsMissing()).isEqualTo(1);
    assertThat(summary.byLevel()).extracting(YearSummary.Count::key, YearSummary.Count::count).containsExactly(
        org.assertj.core.groups.Tuple.tuple("NONE", 1), org.assertj.core.groups.Tuple.tuple("PRAISE", 1),
        org.assertj.core.groups.Tuple.tuple("BLOC_CERTIFICATE", 0), org.assertj.core.groups.Tuple.tuple("HIGHER_AWARD", 1));
    assertThat(summary.commendedModels()).isEqualTo(2);
    assertThat(summary.showcasedModels()).isEqualTo(2);
    assertThat(summaries.stored(YEAR)).get().usingRecursiveComparison().ignoringFields("computedAt").isEqualTo(summary);

    // the reviewing office reads the figures over HTTP; a unit does not
    HttpResponse<String> reviewer = get("/api/years/" + YEAR + "/summary", "btg.truongban");
    assertThat(reviewer.statusCode()).isEqualTo(200);
    JsonNode body = new ObjectMapper().readTree(reviewer.body());
    assertThat(body.path("stored").asBoolean()).isTrue();
    assertThat(body.path("summary").path("reportsMissing").asInt()).isEqualTo(1);
    assertThat(get("/api/years/" + YEAR + "/summary", "btv.bithu").statusCode()).isEqualTo(200);
    assertThat(get("/api/years/" + YEAR + "/summary", "stc.bithu").statusCode()).isEqualTo(403);
    assertThat(get("/api/years/" + YEAR + "/summary", null).statusCode()).isEqualTo(401);
  }

  private HttpResponse<String> get(String path, String user) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
    if (user != null) {
      String credentials = Base64.getEncoder().encodeToString((user + ":MoHinh@2026").getBytes(StandardCharsets.UTF_8));
      request.header("Authorization", "Basic " + credentials);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
