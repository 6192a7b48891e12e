package vn.mohinh.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OrganizationLoadingTest {

  @Autowired OrganizationLoader loader;
  @Autowired OrganizationDirectory directory;
  @Autowired IdentityService identity;
  @Autowired AuthorizationService authorizations;

  private final OrganizationFile demo = new OrganizationFileReader().read(new ClassPathResource("organization/tra-vinh.yml"));

  @AfterEach
  void restoreTheDemoFile() {
    loader.apply(demo);
  }

  @Test
  void theDemoBlocIsInTheDomainTablesAndInCamunda() {
    assertThat(directory.baseUnits()).hasSize(13);
    assertThat(directory.cellsOf("stc")).extracting(Unit::name).contains("Chi bộ Văn phòng", "Chi bộ Phòng Tin học và Thống kê").hasSize(5);
    assertThat(directory.massOrganisations()).hasSize(3);
    assertThat(directory.bloc().name()).isEqualTo("Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh Trà Vinh");

    Group cell = identity.createGroupQuery().groupId("unit-stc-vp").singleResult();
    assertThat(cell.getName()).isEqualTo("Chi bộ Văn phòng – Đảng bộ Sở Tài chính");
    assertThat(identity.createUserQuery().memberOfGroup("unit-stc-vp").list())
        .extracting(User::getId)
        .containsExactlyInAnyOrder("stc-vp.bithu", "stc-vp.capuy");
    assertThat(identity.createUserQuery().memberOfGroup("reviewers").list())
        .extracting(User::getId)
        .containsExactlyInAnyOrder("btg.truongban", "btg.chuyenvien");
    User secretary = identity.createUserQuery().userId("stc-vp.bithu").singleResult();
    assertThat(secretary.getFirstName() + " " + secretary.getLastName())
        .isEqualTo(directory.person("stc-vp.bithu").orElseThrow().fullName());
    assertThat(secretary.getEmail()).isEqualTo("stc-vp.bithu@travinh.example.org");
    assertThat(identity.checkPassword("stc-vp.bithu", "MoHinh@2026")).isTrue();
    assertThat(directory.candidateGroupsFor("stc-vp")).containsExactly("unit-stc-vp", "unit-stc");
    assertThat(directory.candidateGroupsFor("cbbtv")).containsExactly("unit-cbbtv");
  }

  @Test
  void reloadingTheSameFileChangesNothing() {
    long groups = identity.createGroupQuery().count();
    long users = identity.createUserQuery().count();
    long grants = authorizations.createAuthorizationQuery().count();

    SyncReport report = loader.apply(demo);

    assertThat(report.changedAnything()).as(report.toString()).isFalse();
    assertThat(identity.createGroupQuery().count()).isEqualTo(groups);
    assertThat(identity.createUserQuery().count()).isEqualTo(users);
    assertThat(authorizations.createAuthorizationQuery().count()).isEqualTo(grants);
  }

  @Test
  void anEditedFileUpdatesWhatChangedAndRemovesWhoLeft() {
    SyncReport report = loader.apply(edited());

    // a unit or person re-added after an earlier removal counts as updated (reactivated)
    assertThat(report.unitsAdded() + report.unitsUpdated()).as(report.toString()).isEqualTo(2);
    assertThat(report.peopleAdded() + report.peopleUpdated()).as(report.toString()).isEqualTo(2);
    assertThat(report.peopleRemoved()).as(report.toString()).isEqualTo(1);
    assertThat(directory.unit("stc-vp").orElseThrow().name()).isEqualTo("Chi bộ Văn phòng Sở");
    assertThat(identity.createGroupQuery().groupId("unit-stc-vp").singleResult().getName())
        .isEqualTo("Chi bộ Văn phòng Sở – Đảng bộ Sở Tài chính");
    // the removed person can no longer log in, and is kept (inactive) for history
    assertThat(identity.createUserQuery().userId("stc-vp.capuy").count()).isZero();
    assertThat(directory.person("stc-vp.capuy")).isEmpty();
    // the moved person now belongs to the new cell only
    assertThat(identity.createGroupQuery().groupMember("stc-ns.capuy").list())
        .extracting(Group::getId)
        .contains("unit-cbttk", "units")
        .doesNotContain("unit-stc-ns");
    // the new person has an account with the demo password
    assertThat(identity.checkPassword("cbttk.bithu", "MoHinh@2026")).isTrue();
  }

  @Test
  void aPasswordSetByThePersonIsNeverReset() {
    User user = identity.createUserQuery().userId("cbbtv.bithu").singleResult();
    user.setPassword("BaoTraVinh#2027");
    identity.saveUser(user);

    loader.apply(demo);
    loader.apply(edited());

    assertThat(identity.checkPassword("cbbtv.bithu", "BaoTraVinh#2027")).isTrue();
    assertThat(identity.checkPassword("cbbtv.bithu", "MoHinh@2026")).isFalse();
    identity.unlockUser("cbbtv.bithu"); // the failed check's login delay must not leak into other tests
    user = identity.createUserQuery().userId("cbbtv.bithu").singleResult();
    user.setPassword("MoHinh@2026");
    identity.saveUser(user);
  }

  /**
   * The demo file with: a cell renamed, a new base cell at the end with its secretary, a person
   * removed, a person moved to the new unit.
   */
  private OrganizationFile edited() {
    List<OrganizationFile.UnitEntry> units = new ArrayList<>();
    for (OrganizationFile.UnitEntry unit : demo.units()) {
      if (!unit.code().equals("stc")) {
        units.add(unit);
        continue;
      }
      List<OrganizationFile.UnitEntry> cells = new ArrayList<>();
      for (OrganizationFile.UnitEntry cell : unit.cells()) {
        cells.add(cell.code().equals("stc-vp") ? new OrganizationFile.UnitEntry("stc-vp", "Chi bộ Văn phòng Sở", null, List.of()) : cell);
      }
      units.add(new OrganizationFile.UnitEntry(unit.code(), unit.name(), unit.kind(), cells));
    }
    units.add(new OrganizationFile.UnitEntry("cbttk", "Chi bộ Thanh tra tỉnh", UnitKind.BASE_CELL, List.of()));
    List<OrganizationFile.PersonEntry> people = new ArrayList<>();
    for (OrganizationFile.PersonEntry p : demo.people()) {
      if (p.username().equals("stc-vp.capuy")) {
        continue;
      }
      people.add(p.username().equals("stc-ns.capuy")
          ? new OrganizationFile.PersonEntry(p.username(), p.name(), p.email(), "cbttk", p.position(), p.roles())
          : p);
    }
    people.add(new OrganizationFile.PersonEntry(
        "cbttk.bithu", "Lâm Thị Hồng Nhung", "cbttk.bithu@travinh.example.org", "cbttk", Position.SECRETARY, List.of()));
    return new OrganizationFile(demo.bloc(), units, demo.massOrganisations(), people);
  }
}
