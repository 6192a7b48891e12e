package vn.mohinh.registration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.mohinh.cycle.OpenYearDelegate;
import vn.mohinh.cycle.RegistrationSummaryTaskListener;

/**
 * The Camunda Forms and the listeners that fill and read them agree: every field the server reads is
 * in the form and nothing else is, every variable a form shows is set by its listener, every form a
 * BPMN binds exists.
 */
class FormsConsistencyTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern TEMPLATE = Pattern.compile("\\{\\{\\s*([A-Za-z_][\\w]*)");
  /** A feelers loop: the list is read from the variables, the inserts of its body from each item. */
  private static final Pattern LOOP = Pattern.compile("\\{\\{#loop\\s+([A-Za-z_][\\w]*)\\s*}}(.*?)\\{\\{/loop}}", Pattern.DOTALL);
  private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w\".])([A-Za-z_][\\w]*)(?![\\w\"(])");
  private static final Set<String> FEEL = Set.of("null", "or", "and", "not", "true", "false", "count");

  private static JsonNode form(String name) throws IOException {
    try (InputStream in = FormsConsistencyTest.class.getResourceAsStream("/forms/" + name + ".form")) {
      assertThat(in).as(name).isNotNull();
      return JSON.readTree(in);
    }
  }

  private static List<JsonNode> components(JsonNode form) {
    List<JsonNode> all = new java.util.ArrayList<>();
    form.get("components").forEach(all::add);
    return all;
  }

  private static Set<String> keys(JsonNode form) {
    Set<String> keys = new LinkedHashSet<>();
    components(form).stream().filter(c -> c.has("key")).forEach(c -> keys.add(c.get("key").asText()));
    return keys;
  }

  /** Every variable the form reads: templates, FEEL conditions, table data sources, option sources. */
  private static Set<String> reads(JsonNode form) {
    Set<String> vars = new HashSet<>();
    for (JsonNode c : components(form)) {
      if (c.has("text")) {
        String text = c.get("text").asText();
        Matcher loop = LOOP.matcher(text);
        while (loop.find()) {
          vars.add(loop.group(1));
        }
        Matcher m = TEMPLATE.matcher(LOOP.matcher(text).replaceAll(""));
        while (m.find()) {
          vars.add(m.group(1));
        }
      }
      for (String expression : List.of(c.path("conditional").path("hide").asText(""), c.path("dataSource").asText(""))) {
        if (expression.startsWith("=")) {
          Matcher m = IDENTIFIER.matcher(expression.substring(1));
          while (m.find()) {
            if (!FEEL.contains(m.group(1))) {
              vars.add(m.group(1));
            }
          }
        }
      }
      if (c.has("valuesKey")) {
        vars.add(c.get("valuesKey").asText());
      }
    }
    return vars;
  }

  private static Set<String> union(Set<String> a, List<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return all;
  }

  private static Set<String> values(JsonNode form, String key) {
    Set<String> values = new HashSet<>();
    components(form).stream()
        .filter(c -> key.equals(c.path("key").asText()))
        .forEach(c -> c.path("values").forEach(v -> values.add(v.get("value").asText())));
    return values;
  }

  @Test
  void theWritePlanFormAsksExactlyMau01() throws IOException {
    JsonNode form = form("write-plan");
    assertThat(form.get("id").asText()).isEqualTo("Form_WritePlan");
    assertThat(keys(form)).containsExactlyElementsOf(PlanField.keys());
    assertThat(union(keys(form), PlanTaskListener.SHOWN)).containsAll(reads(form));
    assertThat(values(form, PlanField.TYPE.key())).containsExactlyInAnyOrder(PlanField.CONTINUING, PlanField.NEW);
  }

  @Test
  void theReviewFormShowsThePlanAndAsksTheDecision() throws IOException {
    JsonNode form = form("review-plan");
    assertThat(keys(form)).containsExactly(PlanReviewTaskListener.FIELD_DECISION, PlanReviewTaskListener.FIELD_COMMENT);
    assertThat(union(keys(form), PlanReviewTaskListener.SHOWN)).containsAll(reads(form));
    assertThat(values(form, PlanReviewTaskListener.FIELD_DECISION)).containsExactlyInAnyOrder(PlanService.APPROVE, PlanService.RETURN);
    Set<String> shownSections = new HashSet<>();
    Matcher m = Pattern.compile("reviewPlan\\.(\\w+)").matcher(form.toString());
    while (m.find()) {
      shownSections.add(m.group(1));
    }
    for (PlanField section : PlanField.sections()) {
      assertThat(shownSections).contains(section.shortKey());
    }
  }

  @Test
  void theCompileFormShowsMau02() throws IOException {
    JsonNode form = form("compile-summary");
    assertThat(keys(form))
        .containsExactly(CompileTaskListener.FIELD_ACTION, CompileTaskListener.FIELD_PLANS, CompileTaskListener.FIELD_COMMENT);
    assertThat(union(keys(form), CompileTaskListener.SHOWN)).containsAll(reads(form));
    assertThat(values(form, CompileTaskListener.FIELD_ACTION)).containsExactlyInAnyOrder(SubmissionService.SUBMIT, SubmissionService.REVISE);
    assertThat(tableColumns(form, "=compileRows")).containsExactlyElementsOf(mau02Keys());
  }

  @Test
  void theAcceptanceFormShowsTheSubmissionAndTheUnitsWithoutAModel() throws IOException {
    JsonNode form = form("accept-submission");
    assertThat(keys(form)).containsExactly(AcceptSubmissionTaskListener.FIELD_DECISION, AcceptSubmissionTaskListener.FIELD_COMMENT);
    assertThat(union(keys(form), AcceptSubmissionTaskListener.SHOWN)).containsAll(reads(form));
    assertThat(values(form, AcceptSubmissionTaskListener.FIELD_DECISION))
        .containsExactlyInAnyOrder(SubmissionService.ACCEPT, SubmissionService.RETURN);
    assertThat(tableColumns(form, "=acceptRows")).containsExactlyElementsOf(mau02Keys());
  }

  @Test
  void theSummaryAndOpenYearFormsReadWhatTheServerGives() throws IOException {
    JsonNode summary = form("registration-summary");
    assertThat(keys(summary)).isEmpty();
    assertThat(new HashSet<>(RegistrationSummaryTaskListener.SHOWN)).containsAll(reads(summary));
    JsonNode open = form("open-year");
    Set<String> expected = new LinkedHashSet<>();
    expected.add(OpenYearDelegate.FIELD_YEAR);
    expected.addAll(OpenYearDelegate.DEADLINE_FIELDS.keySet());
    assertThat(keys(open)).containsExactlyElementsOf(expected);
  }

  @Test
  void everyFormABpmnBindsIsDeployedWithIt() throws IOException {
    Set<String> formIds = new HashSet<>();
    for (String name : List.of("open-year", "write-plan", "review-plan", "compile-summary", "accept-submission", "registration-summary")) {
      formIds.add(form(name).get("id").asText());
    }
    Set<String> referenced = new HashSet<>();
    for (String bpmn : List.of("annual-cycle", "unit-registration", "plan-registration", "annual-cycle-auto-open")) {
      try (InputStream in = getClass().getResourceAsStream("/processes/" + bpmn + ".bpmn")) {
        String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("camunda:formRef=\"([^\"]+)\" camunda:formRefBinding=\"deployment\"").matcher(xml);
        while (m.find()) {
          referenced.add(m.group(1));
        }
        assertThat(xml).contains("modeler:executionPlatformVersion=\"7.24.0\"", "camunda:historyTimeToLive", "<bpmndi:BPMNDiagram");
      }
    }
    assertThat(referenced).isEqualTo(formIds);
  }

  @Test
  void theOfficialDocumentsAreLinkedFromTheFormsThatNeedThem() throws IOException {
    assertThat(linkTargets(form("compile-summary"))).containsExactly("compileSummaryUrl");
    assertThat(linkTargets(form("review-plan"))).containsExactly("reviewPlanUrl");
    assertThat(linkTargets(form("registration-summary"))).containsExactly("summaryDownloadUrl");
    assertThat(linkTargets(form("accept-submission"))).containsExactly("acceptSummaryUrl", "url");
    assertThat(linkTargets(form("evaluate-report"))).containsExactly("evaluateReportUrl");
    assertThat(linkTargets(form("approve-commendations"))).containsExactly("approveListUrl");
    // the loop of the acceptance form reads each item's label and url
    String loop = form("accept-submission").toString();
    assertThat(loop).contains("{{#loop acceptPlanLinks}}", "[{{label}}]({{url}})", "{{/loop}}");
    Map<String, Object> link =
        AcceptSubmissionTaskListener.planLinks(List.of(new RegistrationQueries.Mau02Row(3, "u", "Chi bộ [Văn phòng]", true, "abc-1", "n", "p", true))).get(0);
    assertThat(link).containsOnlyKeys("label", "url");
    assertThat(link.get("label")).isEqualTo("Kế hoạch 3 – Chi bộ \\[Văn phòng\\]");
    assertThat(link.get("url")).isEqualTo("/api/documents/plans/abc-1.docx");
    assertThat(vn.mohinh.document.DocumentLinks.summary(2026, "stc")).isEqualTo("/api/documents/summaries/2026/stc.xlsx");
    assertThat(vn.mohinh.document.DocumentLinks.blocSummary(2026)).isEqualTo("/api/documents/bloc-summary/2026.xlsx");
    assertThat(vn.mohinh.document.DocumentLinks.report("abc-1")).isEqualTo("/api/documents/reports/abc-1.docx");
    assertThat(vn.mohinh.document.DocumentLinks.commendations(2026)).isEqualTo("/api/documents/commendations/2026.xlsx");
  }

  /** The variables that Markdown links of the form's text components point at: {@code [label]({{variable}})}. */
  private static List<String> linkTargets(JsonNode form) {
    List<String> targets = new java.util.ArrayList<>();
    for (JsonNode c : components(form)) {
      Matcher m = Pattern.compile("]\\(\\{\\{\\s*(\\w+)\\s*}}\\)").matcher(c.path("text").asText(""));
      while (m.find()) {
        targets.add(m.group(1));
      }
    }
    return targets;
  }

  private static List<String> tableColumns(JsonNode form, String dataSource) {
    return components(form).stream()
        .filter(c -> dataSource.equals(c.path("dataSource").asText()))
        .findFirst()
        .map(c -> {
          List<String> keys = new java.util.ArrayList<>();
          c.get("columns").forEach(col -> keys.add(col.get("key").asText()));
          return keys;
        })
        .orElseThrow();
  }

  private static List<String> mau02Keys() {
    return List.copyOf(
        RegistrationViews.mau02(List.of(new RegistrationQueries.Mau02Row(1, "u", "U", true, "i", "n", "p", true))).get(0).keySet());
  }
}
