package vn.mohinh.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.mohinh.organization.UnitKind;

class TextsTest {

  @Test
  void dateLineHasLeadingZeros() {
    assertThat(Texts.dateLine("Trà Vinh", LocalDate.of(2026, 2, 5))).isEqualTo("Trà Vinh, ngày 05 tháng 02 năm 2026");
    assertThat(Texts.dateLine("Vĩnh Long", LocalDate.of(2026, 12, 15))).isEqualTo("Vĩnh Long, ngày 15 tháng 12 năm 2026");
  }

  @Test
  void numberLineHasLeadingZerosAndTheIssuerCode() {
    assertThat(new DocumentNumber(12, DocumentType.PLAN, "CB").line()).isEqualTo("Số 12-KH/CB");
    assertThat(new DocumentNumber(7, DocumentType.REPORT, "ĐU").line()).isEqualTo("Số 07-BC/ĐU");
    assertThat(new DocumentNumber(123, DocumentType.REPORT, "ĐU").line()).isEqualTo("Số 123-BC/ĐU");
  }

  @Test
  void multiLineEntriesBecomeParagraphsAndNothingIsLost() {
    assertThat(Texts.paragraphs("a\r\nb\rc\n\n  d  \n")).containsExactly("a", "b", "c", "d");
    assertThat(Texts.paragraphs(null)).isEmpty();
  }

  @Test
  void textIsComposedAndFreeOfCharactersOfficeFilesCannotHold() {
    String nfd = Normalizer.normalize("Trà Vinh", Normalizer.Form.NFD);
    assertThat(nfd).isNotEqualTo("Trà Vinh");
    assertThat(Texts.clean(nfd)).isEqualTo("Trà Vinh");
    assertThat(Texts.clean("a\u0001b\u000Bc\uFFFFd\uD800e")).isEqualTo("abcde");
    assertThat(Texts.clean("tab\there")).isEqualTo("tab\there");
  }

  @Test
  void capitalsAndQuotes() {
    assertThat(Texts.upper("Đảng ủy Sở Tài chính")).isEqualTo("ĐẢNG ỦY SỞ TÀI CHÍNH");
    assertThat(Texts.quoted("\"Dân vận khéo\"")).isEqualTo("“Dân vận khéo”");
    assertThat(Texts.quoted("Dân vận khéo")).isEqualTo("“Dân vận khéo”");
  }

  @Test
  void issuerOfAUnitSignsForItsBody() {
    Issuer committee = Issuer.ofUnit("X", "Đảng ủy Sở Y tế", UnitKind.COMMITTEE, "A", "Trà Vinh");
    assertThat(committee.onBehalfOf()).isEqualTo("ĐẢNG ỦY");
    assertThat(committee.numberCode()).isEqualTo("ĐU");
    assertThat(committee.signature()).isEqualTo(new Signature("T/M ĐẢNG ỦY", "BÍ THƯ", "A"));
    Issuer cell = Issuer.ofUnit("X", "Chi bộ Khoa Nhi", UnitKind.CELL, null, "Trà Vinh");
    assertThat(cell.signature()).isEqualTo(new Signature("T/M CHI BỘ", "BÍ THƯ", ""));
    assertThat(cell.numberCode()).isEqualTo("CB");
    assertThatThrownBy(() -> Issuer.ofUnit("X", " ", UnitKind.CELL, null, "Trà Vinh"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void recipientsEndWithTheFileCopy() {
    assertThat(DocumentHead.recipientLines(List.of("Đảng ủy Khối (báo cáo)", "- Ban Tuyên giáo,")))
        .containsExactly("- Đảng ủy Khối (báo cáo),", "- Ban Tuyên giáo,", "- Lưu.");
    assertThat(DocumentHead.recipientLines(List.of("Đảng ủy Khối (báo cáo)", "Lưu VP")))
        .containsExactly("- Đảng ủy Khối (báo cáo),", "- Lưu VP.");
    assertThat(DocumentHead.recipientLines(List.of())).containsExactly("- Lưu.");
  }

  @Test
  void termsRepeatFromTheConfiguredStart() {
    DocumentProperties.Term term = new DocumentProperties.Term(2025, 5);
    assertThat(term.startOf(2025)).isEqualTo(2025);
    assertThat(term.startOf(2029)).isEqualTo(2025);
    assertThat(term.startOf(2030)).isEqualTo(2030);
    assertThat(term.startOf(2024)).isEqualTo(2020);
  }
}
