package vn.mohinh.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** forms/change-deadline.form asks what ChangeDeadlineDelegate reads, and processes/change-deadline.bpmn binds it. */
class ChangeDeadlineFormTest {

  private static JsonNode form() throws Exception {
    try (InputStream in = ChangeDeadlineFormTest.class.getResourceAsStream("/forms/change-deadline.form")) {
      return new ObjectMapper().readTree(in);
    }
  }

  @Test
  void theFormAsksExactlyWhatTheDelegateReads() throws Exception {
    JsonNode form = form();
    assertThat(form.get("id").asText()).isEqualTo("Form_ChangeDeadline");
    List<String> keys = new ArrayList<>();
    form.get("components").forEach(c -> {
      if (c.hasNonNull("key")) {
        keys.add(c.get("key").asText());
      }
    });
    assertThat(keys).containsExactlyElementsOf(ChangeDeadlineDelegate.FIELDS);
    JsonNode kind = null;
    for (JsonNode c : form.get("components")) {
      if (ChangeDeadlineDelegate.FIELD_KIND.equals(c.path("key").asText())) {
        kind = c;
      }
      if (List.of(ChangeDeadlineDelegate.FIELD_YEAR, ChangeDeadlineDelegate.FIELD_KIND, ChangeDeadlineDelegate.FIELD_DATE,
          ChangeDeadlineDelegate.FIELD_REASON).contains(c.path("key").asText())) {
        assertThat(c.path("validate").path("required").asBoolean()).as(c.path("key").asText()).isTrue();
      }
    }
    List<String> values = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    kind.get("values").forEach(v -> {
      values.add(v.get("value").asText());
      labels.add(v.get("label").asText());
    });
    assertThat(values).containsExactlyElementsOf(Arrays.stream(DeadlineKind.values()).map(Enum::name).toList());
    assertThat(labels).containsExactly(
        "Hạn nộp kế hoạch của chi bộ", "Hạn nộp hồ sơ đăng ký về Khối", "Ngày mở báo cáo kết quả", "Hạn báo cáo kết quả");
  }

  @Test
  void theProcessBindsTheFormAndOpensInTheModeler() throws Exception {
    try (InputStream in = getClass().getResourceAsStream("/processes/change-deadline.bpmn")) {
      String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(xml).contains(
          "camunda:formRef=\"Form_ChangeDeadline\" camunda:formRefBinding=\"deployment\"",
          "modeler:executionPlatformVersion=\"7.24.0\"", "camunda:historyTimeToLive", "<bpmndi:BPMNDiagram",
          "${" + ChangeDeadlineDelegate.BEAN_NAME + "}");
      assertThat(xml).doesNotContain("isStartableInTasklist=\"false\"");
    }
  }
}
