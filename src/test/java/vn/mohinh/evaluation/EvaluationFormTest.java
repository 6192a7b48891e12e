package vn.mohinh.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.mohinh.platform.InvalidInputException;

/** Scores per criterion, their weighted total and the server-side check of the evaluation form. */
class EvaluationFormTest {

  final List<Criterion> defaults = EvaluationProperties.defaults().criteria();

  static Map<String, Object> scores(Object... values) {
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < values.length; i++) {
      map.put(EvaluationForm.scoreKey(i + 1), values[i]);
    }
    map.put(EvaluationForm.COMMENT, "Thiết thực, hiệu quả");
    return map;
  }

  @Test
  void theDefaultsAreTheFiveCriteriaOfThePlanEachOutOfTenWithEqualWeights() {
    assertThat(defaults).extracting(Criterion::label)
        .containsExactly("Thiết thực", "Hiệu quả", "Sáng tạo", "Sức lan tỏa", "Khả năng nhân rộng");
    assertThat(defaults).allSatisfy(c -> {
      assertThat(c.weight()).isEqualByComparingTo("1");
      assertThat(c.scaleMax()).isEqualByComparingTo("10");
    });
  }

  @Test
  void theTotalIsTheWeightedScoreOnAHundred() {
    EvaluationForm.Submitted s = EvaluationForm.parse(scores(8.0, 9.0, 7.5, 8.0, 10.0), defaults);
    assertThat(s.card().total()).isEqualByComparingTo("85.00");
    assertThat(EvaluationForm.parse(scores(10.0, 10.0, 10.0, 10.0, 10.0), defaults).card().total()).isEqualByComparingTo("100");
    assertThat(EvaluationForm.parse(scores(0, 0, 0, 0, 0), defaults).card().total()).isEqualByComparingTo("0");

    List<Criterion> weighted =
        List.of(
            new Criterion("A", "Thiết thực", new BigDecimal("2"), new BigDecimal("10")),
            new Criterion("B", "Sáng tạo", BigDecimal.ONE, new BigDecimal("20")));
    // 100 × (2 × 9/10 + 1 × 10/20) / 3 = 76.666… → 76.67
    assertThat(EvaluationForm.parse(scores(9, 10), weighted).card().total()).isEqualByComparingTo("76.67");
  }

  @Test
  void theFormShowsOneFieldPerCriterionWithItsScaleAndHidesTheRest() {
    Map<String, Object> fields = EvaluationForm.fields(defaults, Map.of("EFFECTIVE", new BigDecimal("7.5")), "Tốt");
    assertThat(fields.get("evaluationScore1Label")).isEqualTo("1. Thiết thực (0–10 điểm)");
    assertThat(fields.get("evaluationScore1Max")).isEqualTo(10.0);
    assertThat(fields.get("evaluationScore2")).isEqualTo(7.5);
    assertThat(fields.get("evaluationScore6Label")).isNull();
    assertThat(fields).containsKey("evaluationScore8").containsEntry(EvaluationForm.COMMENT, "Tốt");

    List<Criterion> weighted =
        List.of(new Criterion("A", "Thiết thực", new BigDecimal("2"), new BigDecimal("10")), new Criterion("B", "Sáng tạo", BigDecimal.ONE, BigDecimal.TEN));
    assertThat(EvaluationForm.fields(weighted, Map.of(), null).get("evaluationScore1Label")).isEqualTo("1. Thiết thực (0–10 điểm, hệ số 2)");
  }

  @Test
  void scoresOutOfRangeMissingOrTooPreciseAreRefusedTogether() {
    Map<String, Object> values = scores(10.5, -1, 7.125, null, "tám");
    values.put(EvaluationForm.scoreKey(6), 5.0);
    values.put(EvaluationForm.COMMENT, " ");

    assertThatThrownBy(() -> EvaluationForm.parse(values, defaults))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).problems()).containsExactly(
            "Điểm “Thiết thực” phải từ 0 đến 10",
            "Điểm “Hiệu quả” phải từ 0 đến 10",
            "Điểm “Sáng tạo” chỉ được có tối đa hai chữ số thập phân",
            "Chưa chấm điểm “Sức lan tỏa”",
            "Điểm “Khả năng nhân rộng”: “tám” không phải là số",
            "Không có tiêu chí thứ 6 để chấm",
            "Chưa nhập nhận xét, đánh giá"));
  }

  @Test
  void badCriteriaConfigurationStopsTheStart() {
    assertThatThrownBy(
            () -> new EvaluationProperties(
                List.of(new Criterion("a b", "", BigDecimal.ZERO, null), new Criterion("X", "X", BigDecimal.ONE, BigDecimal.TEN),
                    new Criterion("X", "Y", BigDecimal.ONE, BigDecimal.TEN)), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("criterion key 'a b'")
        .hasMessageContaining("used twice")
        .hasMessageContaining("positive weight")
        .hasMessageContaining("positive scale-max");
  }
}
