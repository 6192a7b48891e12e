package vn.mohinh.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The validator on its own, against the test form (no Spring, no engine). */
class SubmissionValidatorTest {

  private final SubmissionValidator validator =
      new SubmissionValidator(20_000, new CamundaFeelEvaluator(), ZoneId.of("Asia/Ho_Chi_Minh"));
  private final FormSchema form = SubmissionSamples.planForm();

  static java.util.List<org.junit.jupiter.params.provider.Arguments> badInputs() {
    return SubmissionSamples.badInputs();
  }

  static java.util.List<org.junit.jupiter.params.provider.Arguments> acceptedTexts() {
    return SubmissionSamples.acceptedTexts();
  }

  private Optional<InvalidSubmission> validate(ObjectNode variables) {
    return validator.validate(form, variables, SubmissionSamples.current());
  }

  @Test
  void aCompleteSubmissionAsTasklistSendsItIsAccepted() {
    assertThat(validate(SubmissionSamples.valid())).isEmpty();
  }

  @Test
  void emptyOptionalFieldsMayBeNullOrLeftOut() {
    ObjectNode v = SubmissionSamples.valid();
    v.putObject("budget").putNull("value");
    v.remove("fields");
    v.remove("activities");
    v.putObject("contact").putNull("value");
    v.putObject("email").put("value", "");
    assertThat(validate(v)).isEmpty();
  }

  @Test
  void aFieldHiddenByItsConditionMayBeEmptyEvenIfRequired() {
    ObjectNode v = SubmissionSamples.valid();
    v.putObject("status").put("value", "moi");
    v.remove("previousModel");
    assertThat(validate(v)).isEmpty();
    v.putObject("previousModel").putNull("value");
    assertThat(validate(v)).isEmpty();
  }

  @Test
  void typedValuesAsRestClientsSendThemAreAccepted() {
    ObjectNode v = SubmissionSamples.valid();
    v.putObject("members").put("type", "Integer").put("value", 30);
    v.putObject("budget").put("type", "Double").put("value", 1.5);
    v.putObject("agree").put("type", "Boolean").put("value", true);
    v.putObject("modelName").put("type", "String").put("value", "Một tên hợp lệ");
    v.putObject("meetingTime").put("value", "2026-03-01T08:30");
    assertThat(validate(v)).isEmpty();
  }

  @Test
  void theReadOnlyFieldMayBeSentBackUnchanged() {
    ObjectNode v = SubmissionSamples.valid();
    v.remove("unitName");
    assertThat(validate(v)).isEmpty();
  }

  @Test
  void aTaskWithoutFormAcceptsNoVariables() {
    ObjectNode v = SubmissionSamples.JSON.createObjectNode();
    assertThat(validator.validate(FormSchema.empty(), v, Map.of())).isEmpty();
    v.putObject("anything").put("value", 1);
    assertThat(validator.validate(FormSchema.empty(), v, Map.of())).get().extracting(InvalidSubmission::field).isEqualTo("anything");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void badInputIsRefusedNamingTheField(String name, Consumer<ObjectNode> change, String field, String word) {
    ObjectNode v = SubmissionSamples.valid();
    change.accept(v);
    Optional<InvalidSubmission> problem = validate(v);
    assertThat(problem).as(name).isPresent();
    assertThat(problem.get().field()).isEqualTo(field);
    assertThat(problem.get().message()).contains(word);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("acceptedTexts")
  void textThatLooksLikeCodeIsAcceptedAsText(String name, String text) {
    ObjectNode v = SubmissionSamples.valid();
    v.putObject("situation").put("value", text);
    assertThat(validate(v)).isEmpty();
  }
}
