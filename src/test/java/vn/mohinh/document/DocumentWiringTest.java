package vn.mohinh.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import vn.mohinh.security.CurrentUser;

/** The documents feature in the application: issuers from the directory, access rules, numbering. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DocumentWiringTest {

  @Autowired DocumentIssuers issuers;
  @Autowired DocumentAccess access;
  @Autowired DocumentNumberService numbers;
  @Autowired DocumentProperties properties;
  @Autowired IdentityService identity;

  @Test
  void issuersFollowTheUnitTree() {
    Issuer cell = issuers.forUnit("stc-vp");
    assertThat(cell.superiorBody()).isEqualTo("Đảng bộ Sở Tài chính");
    assertThat(cell.issuingBody()).isEqualTo("Chi bộ Văn phòng");
    assertThat(cell.signature()).isEqualTo(new Signature("T/M CHI BỘ", "BÍ THƯ", "Nguyễn Tấn Sang"));
    assertThat(cell.numberCode()).isEqualTo("CB");
    assertThat(cell.place()).isEqualTo("Trà Vinh");
    assertThat(issuers.recipientsFor("stc-vp")).containsExactly("Đảng ủy Sở Tài chính (báo cáo)");

    Issuer committee = issuers.forUnit("stc");
    assertThat(committee.superiorBody()).isEqualTo("ĐẢNG BỘ KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH");
    assertThat(committee.issuingBody()).isEqualTo("Đảng ủy Sở Tài chính");
    assertThat(committee.signature()).isEqualTo(new Signature("T/M ĐẢNG ỦY", "BÍ THƯ", "Huỳnh Đức Thắng"));
    assertThat(committee.numberCode()).isEqualTo("ĐU");
    assertThat(issuers.recipientsFor("stc")).containsExactly("Đảng ủy Khối (báo cáo)");

    Issuer baseCell = issuers.forUnit("cbvhnt");
    assertThat(baseCell.superiorBody()).isEqualTo("ĐẢNG BỘ KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH");
    assertThat(baseCell.issuingBody()).isEqualTo("Chi bộ Hội Văn học Nghệ thuật tỉnh");
    assertThat(baseCell.numberCode()).isEqualTo("CB");

    assertThat(issuers.forReviewingOffice().issuingBody()).isEqualTo("Ban Tuyên giáo Đảng ủy Khối");
  }

  @Test
  void aUnitsPeopleReadTheirUnitsDocumentsACommitteeAlsoItsCellsTheOfficesTheBlocs() {
    CurrentUser cell = user("stc-vp.bithu");
    assertThat(access.mayReadUnit(cell, "stc-vp")).isTrue();
    assertThat(access.mayReadUnit(cell, "stc-ns")).isFalse();
    assertThat(access.mayReadUnit(cell, "stc")).isFalse();
    assertThat(access.mayReadBloc(cell)).isFalse();

    CurrentUser committee = user("stc.bithu");
    assertThat(access.mayReadUnit(committee, "stc")).isTrue();
    assertThat(access.mayReadUnit(committee, "stc-vp")).isTrue();
    assertThat(access.mayReadUnit(committee, "bvdk-noi")).isFalse();
    assertThat(access.mayReadBloc(committee)).isFalse();

    CurrentUser otherCell = user("bvdk-noi.bithu");
    assertThat(access.mayReadUnit(otherCell, "stc-vp")).isFalse();
    assertThat(access.mayReadUnit(otherCell, "bvdk-noi")).isTrue();

    for (String office : new String[] {"btg.truongban", "btv.bithu", "admin"}) {
      assertThat(access.mayReadBloc(user(office))).as(office).isTrue();
      assertThat(access.mayReadUnit(user(office), "bvdk-noi")).as(office).isTrue();
    }
  }

  @Test
  void numbersAreAllocatedInTheApplicationsDatabase() {
    assertThat(properties.term().startYear()).isEqualTo(2025);
    assertThat(properties.term().years()).isEqualTo(5);
    assertThat(properties.docxOptions()).isEqualTo(DocxOptions.DEFAULT);
    DocumentKey key = new DocumentKey(DocumentType.PLAN, UUID.randomUUID().toString(), 2026);
    String unit = "wiring-" + UUID.randomUUID().toString().substring(0, 8);
    DocumentNumberService.Allocation first = numbers.allocate(key, unit, LocalDate.of(2026, 2, 5), "stc-vp.bithu");
    assertThat(first.number()).isEqualTo(1);
    assertThat(numbers.allocate(key, unit, LocalDate.of(2026, 2, 9), "stc-vp.bithu")).isEqualTo(first);
    assertThat(first.toDocumentNumber(DocumentType.PLAN, "CB").line()).isEqualTo("Số 01-KH/CB");
  }

  private CurrentUser user(String userId) {
    return new CurrentUser(userId, identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList());
  }
}
