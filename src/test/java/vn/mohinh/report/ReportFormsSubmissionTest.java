package vn.mohinh.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.mohinh.evaluation.EvaluationForm;
import vn.mohinh.evaluation.EvaluationProperties;
import vn.mohinh.security.CamundaFeelEvaluator;
import vn.mohinh.security.FormSchema;
import vn.mohinh.security.InvalidSubmission;
import vn.mohinh.security.SubmissionValidator;

/**
 * The report phase's forms ask for exactly what its listeners read, and what Tasklist submits from
 * them passes the engine API's form check (the security feature's validator), bounds included.
 */
class ReportFormsSubmissionTest {

  final ObjectMapper json = new ObjectMapper();
  final SubmissionValidator validator = new SubmissionValidator(20000, new CamundaFeelEvaluator(), ZoneId.of("Asia/Ho_Chi_Minh"));

  FormSchema form(String name) throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/forms/" + name + ".form")) {
      return FormSchema.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), json);
    }
  }

  /** As Tasklist sends a Camunda Form: primitives untyped, lists as Json. */
  JsonNode submission(Map<String, Object> values) throws IOException {
    ObjectNode variables = json.createObjectNode();
    for (Map.Entry<String, Object> e : values.entrySet()) {
      ObjectNode dto = variables.putObject(e.getKey());
      if (e.getValue() instanceof List<?> list) {
        dto.put("type", "Json");
        dto.put("value", json.writeValueAsString(list));
      } else {
        dto.set("value", json.valueToTree(e.getValue()));
      }
    }
    return variables;
  }

  Optional<InvalidSubmission> check(String form, Map<String, Object> values, Map<String, Object> current) throws IOException {
    return validator.validate(form(form), submission(values), current);
  }

  @Test
  void theReportFormAsksForEveryFieldOfMau03() throws IOException {
    Map<String, Object> values = new HashMap<>(ReportFormTest.complete());
    assertThat(form("write-report").root().children().keySet()).containsExactlyInAnyOrderElementsOf(ReportField.keys());
    assertThat(check("write-report", values, ReportForm.fields(ReportContent.empty()))).isEmpty();

    values.put("reportIndicator1Before", null);
    assertThat(check("write-report", values, Map.of())).isPresent();
  }

  @Test
  void theEvaluationFormBoundsEachScoreByItsCriterion() throws IOException {
    Map<String, Object> current = new HashMap<>(EvaluationForm.fields(EvaluationProperties.defaults().criteria(), Map.of(), null));
    Map<String, Object> values = new HashMap<>();
    for (int slot = 1; slot <= 5; slot++) {
      values.put(EvaluationForm.scoreKey(slot), 8.5);
    }
    for (int slot = 6; slot <= 8; slot++) {
      values.put(EvaluationForm.scoreKey(slot), null);
    }
    values.put(EvaluationForm.COMMENT, "Tốt");
    assertThat(form("evaluate-report").root().children().keySet()).containsExactlyInAnyOrderElementsOf(EvaluationForm.keys());
    assertThat(check("evaluate-report", values, current)).isEmpty();

    values.put(EvaluationForm.scoreKey(2), 11.0);
    assertThat(check("evaluate-report", values, current)).isPresent();
  }

  @Test
  void theDecisionFormsAcceptWhatTheirListenersRead() throws IOException {
    Map<String, Object> review = new HashMap<>();
    review.put("reviewDecision", "RETURN");
    review.put("reviewComment", "Bổ sung số liệu");
    assertThat(check("review-cell-report", review, Map.of())).isEmpty();
    review.put("reviewDecision", "MAYBE");
    assertThat(check("review-cell-report", review, Map.of())).isPresent();

    Map<String, Object> approve = new HashMap<>();
    approve.put("approvalDecision", "APPROVE");
    approve.put("approvalComment", null);
    assertThat(check("approve-commendations", approve, Map.of())).isEmpty();

    Map<String, Object> reconsider = new HashMap<>();
    reconsider.put("reconsiderReports", List.of("r1"));
    reconsider.put("reconsiderComment", "Chấm lại");
    Map<String, Object> options = Map.of("reconsiderOptions", List.of(Map.of("value", "r1", "label", "1. Chi bộ Văn phòng")));
    assertThat(check("reconsider-commendations", reconsider, options)).isEmpty();
    reconsider.put("reconsiderReports", List.of("r9"));
    assertThat(check("reconsider-commendations", reconsider, options)).isPresent();

    Map<String, Object> close = new HashMap<>();
    close.put("closeConfirmed", true);
    assertThat(check("close-report-collection", close, Map.of("closeConfirmed", false))).isEmpty();
  }
}
