package vn.mohinh.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The Camunda Forms of the inspection, publication, milestone and mass-organisation processes agree
 * with their listeners: a form holds exactly the fields the server reads plus what the listener
 * shows, and every form a BPMN of these processes binds is in forms/.
 */
class FollowUpFormsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** form → (fields the server reads, variables the create listener shows). */
  static java.util.stream.Stream<Arguments> forms() {
    return java.util.stream.Stream.of(
        form("showcase-start", Set.of("year"), Set.of()),
        form("showcase-choose-model", Set.of("chosenModelId", "cancelProposal"), Set.of("choiceNote", "modelOptions")),
        form("showcase-edit", Set.of("title", "summary", "body"), Set.of("modelName", "modelUnit", "modelGroup", "returnComment")),
        form("showcase-approve", Set.of("approvalDecision", "approvalComment"),
            Set.of("modelName", "modelUnit", "previewTitle", "previewSummary", "previewBody")),
        form("inspection-start", Set.of("year", "inspectionKind", "inspectionDate", "teamMembers", "answerDueDate"), Set.of()),
        form("inspection-choose-model", Set.of("chosenModelId", "cancelInspection"), Set.of("choiceNote", "modelOptions")),
        form("inspection-findings",
            Set.of("modelState", "strengths", "shortcomings", "recommendations", "rating", "answerDueDate"),
            Set.of("modelName", "modelUnit", "inspectionInfo")),
        form("inspection-answer", Set.of("recommendationAnswer"),
            Set.of("modelName", "inspectionInfo", "modelState", "strengths", "shortcomings", "ratingLabel", "recommendations")),
        form("milestone-start", Set.of("milestoneKey"), Set.of()),
        form("milestone-report",
            Set.of("modelCount", "situation", "results", "lessons", "shortcomings", "nextSteps", "commendationProposal"),
            Set.of("milestoneName", "milestonePeriod", "reportingUnit", "modelsOverview", "cellReports")),
        form("milestone-compile", Set.of("blocReport", "blocCommendationProposal"),
            Set.of("milestoneName", "milestonePeriod", "reportStatus", "unitReports", "returnComment")),
        form("milestone-approve", Set.of("approvalDecision", "approvalComment"),
            Set.of("milestoneName", "milestonePeriod", "reportStatus", "previewBlocReport", "previewCommendations")),
        form("mobilisation-plan", Set.of("purpose", "activities", "timeline", "coordination"),
            Set.of("organisationName", "planYear", "returnComment")),
        form("mobilisation-plan-review", Set.of("reviewDecision", "reviewComment"),
            Set.of("organisationName", "planYear", "previewPurpose", "previewActivities", "previewTimeline", "previewCoordination")));
  }

  private static Arguments form(String id, Set<String> reads, Set<String> shows) {
    return Arguments.of(id, reads, shows);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  void theFormAsksWhatTheServerReadsAndShowsWhatTheListenerGives(String id, Set<String> reads, Set<String> shows) throws IOException {
    JsonNode form = read("/forms/" + id + ".form");
    assertThat(form.get("id").asText()).isEqualTo(id);
    Set<String> keys = new LinkedHashSet<>();
    Set<String> inputs = new LinkedHashSet<>();
    Set<String> sources = new LinkedHashSet<>();
    for (JsonNode c : form.get("components")) {
      if (c.has("key")) {
        keys.add(c.get("key").asText());
        if (!c.path("readonly").asBoolean(false)) {
          inputs.add(c.get("key").asText());
        }
      }
      if (c.has("valuesKey")) {
        sources.add(c.get("valuesKey").asText());
      }
    }
    assertThat(inputs).as("fields a person fills in").containsExactlyInAnyOrderElementsOf(reads);
    Set<String> expected = new LinkedHashSet<>(reads);
    expected.addAll(shows);
    sources.forEach(expected::remove);
    assertThat(keys).as("every field").containsExactlyInAnyOrderElementsOf(expected);
    assertThat(shows).as("option sources are shown by the listener").containsAll(sources);
  }

  @Test
  void everyFormTheseProcessesBindIsInForms() throws IOException {
    Pattern formRef = Pattern.compile("camunda:formRef=\"([^\"]+)\"");
    for (String bpmn : new String[] {"showcase-publication", "inspection", "milestone-review", "milestone-unit-report",
        "mass-organisation-plan"}) {
      String xml;
      try (InputStream in = getClass().getResourceAsStream("/processes/" + bpmn + ".bpmn")) {
        assertThat(in).as(bpmn).isNotNull();
        xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      Matcher m = formRef.matcher(xml);
      int bound = 0;
      while (m.find()) {
        assertThat(read("/forms/" + m.group(1) + ".form").get("id").asText()).isEqualTo(m.group(1));
        bound++;
      }
      assertThat(bound).as(bpmn).isPositive();
    }
  }

  private JsonNode read(String path) throws IOException {
    try (InputStream in = getClass().getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      return JSON.readTree(in);
    }
  }
}
