package vn.mohinh.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.mohinh.platform.InvalidInputException;

/** The server-side check of the report form (mẫu 03), whatever the browser let through. */
class ReportFormTest {

  static Map<String, Object> complete() {
    Map<String, Object> values = new HashMap<>();
    for (ReportField field : ReportField.values()) {
      values.put(field.key(), field.required() ? "  " + field.label() + "\r\ndòng hai  " : null);
    }
    values.put("reportIndicator1Name", "Thời gian giải quyết hồ sơ");
    values.put("reportIndicator1Unit", "ngày");
    values.put("reportIndicator1Before", 12.0);
    values.put("reportIndicator1After", 5.0);
    return values;
  }

  @Test
  void aCompleteReportIsReadWithItsFiguresComparedWithBefore() {
    Map<String, Object> values = complete();
    values.put("reportIndicator3Name", "Tỷ lệ hồ sơ trực tuyến");
    values.put("reportIndicator3Unit", "%");
    values.put("reportIndicator3Before", "35,5");
    values.put("reportIndicator3After", 80);

    ReportContent content = ReportForm.parse(values);

    assertThat(content.situation()).isEqualTo(ReportField.SITUATION.label() + "\ndòng hai");
    assertThat(content.lessons()).isNull();
    assertThat(content.indicators()).hasSize(2);
    Indicator first = content.indicators().get(0);
    assertThat(first.name()).isEqualTo("Thời gian giải quyết hồ sơ");
    assertThat(first.before()).isEqualByComparingTo("12");
    assertThat(first.change()).isEqualByComparingTo("-7");
    Indicator second = content.indicators().get(1);
    assertThat(second.seq()).isEqualTo(2);
    assertThat(second.before()).isEqualByComparingTo(new BigDecimal("35.5"));
    assertThat(second.after()).isEqualByComparingTo("80");
  }

  @Test
  void theFormIsPrefilledWithWhatWasSentAndReadsBackTheSame() {
    ReportContent content = ReportForm.parse(complete());
    Map<String, Object> fields = ReportForm.fields(content);
    assertThat(fields).containsKeys(ReportField.keys().toArray(String[]::new));
    assertThat(fields.get("reportIndicator1Before")).isEqualTo(12.0);
    assertThat(ReportForm.parse(fields)).isEqualTo(content);
  }

  @Test
  void everyProblemIsNamedAtOnce() {
    Map<String, Object> values = complete();
    values.put("reportNecessity", "   ");
    values.put("reportNextSteps", "x".repeat(ReportField.TEXT_LIMIT + 1));
    values.put("reportIndicator2Name", "Số tiền tiết kiệm");
    values.put("reportIndicator2Before", "nhiều");

    assertThatThrownBy(() -> ReportForm.parse(values))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).problems())
                    .containsExactlyInAnyOrder(
                        "Chưa nhập “I. Sự cần thiết phải xây dựng mô hình”",
                        "“III. Hướng tới” dài quá 4000 ký tự",
                        "Số liệu so sánh dòng 2 (trước khi thực hiện): “nhiều” không phải là số",
                        "Số liệu so sánh dòng 2: chưa nhập số liệu sau khi thực hiện mô hình"));
  }

  @Test
  void atLeastOneFigureComparedWithBeforeIsRequired() {
    Map<String, Object> values = complete();
    values.put("reportIndicator1Name", null);
    values.put("reportIndicator1Unit", null);
    values.put("reportIndicator1Before", null);
    values.put("reportIndicator1After", null);

    assertThatThrownBy(() -> ReportForm.parse(values))
        .hasMessage("Cần ít nhất một chỉ tiêu có số liệu so sánh trước và sau khi thực hiện mô hình");
  }

  @Test
  void aFigureWithoutItsNameIsRefused() {
    Map<String, Object> values = complete();
    values.put("reportIndicator1Name", "");
    assertThatThrownBy(() -> ReportForm.parse(values)).hasMessageContaining("dòng 1: chưa nhập tên chỉ tiêu");
    values.put("reportIndicator1Name", "Chỉ tiêu");
    values.put("reportIndicator1After", Double.NaN);
    assertThatThrownBy(() -> ReportForm.parse(values)).hasMessageContaining("không phải là số");
    values.put("reportIndicator1After", 1e16);
    assertThatThrownBy(() -> ReportForm.parse(values)).hasMessageContaining("số quá lớn");
    values.put("reportIndicator1After", true);
    assertThatThrownBy(() -> ReportForm.parse(values)).hasMessageContaining("không phải là số");
  }

  @Test
  void markdownEscapesWhatPeopleWrote() {
    assertThat(Markdown.paragraphs("*Chú ý* <b>đậm</b>\n\n# 1. Tiêu đề")).isEqualTo("\\*Chú ý\\* \\<b\\>đậm\\</b\\>\n\n\\# 1\\. Tiêu đề");
    assertThat(Markdown.paragraphs(null)).isEqualTo("_(không có)_");
    assertThat(Markdown.number(new BigDecimal("1234.5"))).isEqualTo("1.234,5");
    assertThat(Markdown.score(new BigDecimal("85.5"))).isEqualTo("85,50");
    assertThat(Markdown.shown("a \"b\"\nc").getValue().toString()).isEqualTo("\"a \\\"b\\\"\\nc\"");
  }
}
