package vn.mohinh.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

class OrganizationFileReaderTest {

  private final OrganizationFileReader reader = new OrganizationFileReader();

  @Test
  void demoFileDescribesTheTraVinhBloc() {
    OrganizationFile file = reader.read(new ClassPathResource("organization/tra-vinh.yml"));

    assertThat(file.bloc().name()).isEqualTo("Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh Trà Vinh");
    assertThat(file.bloc().reviewingOffice()).isEqualTo("Ban Tuyên giáo Đảng ủy Khối");
    assertThat(file.units()).hasSizeBetween(12, 14);
    assertThat(file.units().stream().mapToInt(u -> u.cells().size()).sum()).isEqualTo(45);
    assertThat(file.massOrganisations()).hasSize(3);
    assertThat(file.units())
        .extracting(OrganizationFile.UnitEntry::name)
        .contains("Đảng bộ Sở Tài chính", "Đảng bộ Bệnh viện Đa khoa tỉnh", "Đảng bộ Công ty Điện lực Trà Vinh", "Chi bộ Báo Trà Vinh");
    OrganizationFile.UnitEntry finance = file.units().stream().filter(u -> u.code().equals("stc")).findFirst().orElseThrow();
    assertThat(finance.cells()).hasSize(5);

    Map<String, Long> peoplePerUnit =
        file.people().stream().filter(p -> p.unit() != null).collect(Collectors.groupingBy(OrganizationFile.PersonEntry::unit, Collectors.counting()));
    List<String> allUnits = OrganizationSynchronizer.units(file).stream().map(Unit::code).toList();
    assertThat(allUnits).allSatisfy(code -> assertThat(peoplePerUnit.getOrDefault(code, 0L)).as(code).isGreaterThanOrEqualTo(2));
    assertThat(file.people()).anySatisfy(p -> assertThat(p.roles()).contains(Role.REVIEWER));
    assertThat(file.people()).anySatisfy(p -> assertThat(p.roles()).contains(Role.APPROVER));
    assertThat(file.people()).anySatisfy(p -> assertThat(p.roles()).contains(Role.ADMIN));
  }

  @Test
  void everyProblemOfAFileIsReportedAtOnceInVietnamese() {
    String yaml =
        """
        bloc:
          code: x
          name: "Đảng bộ Khối thử"
          place: "Vĩnh Long"
          reviewing-office: "Ban Tuyên giáo và Dân vận"
          approving-committee: "Ban Thường vụ"
        units:
          - code: a
            name: "Đảng bộ A"
            kind: COMMITTEE
            cells:
              - code: a
                name: "Chi bộ trùng mã"
          - code: "B C"
            name: "Chi bộ có mã sai"
            kind: BASE_CELL
        people:
          - username: nguoi1
            name: "Người Một"
            email: "khong-phai-email"
            unit: khong-co
            position: SECRETARY
        """;

    assertThatThrownBy(() -> reader.read(new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(InvalidOrganizationFileException.class)
        .hasMessageContaining("mã đơn vị bị trùng")
        .hasMessageContaining("mã đơn vị chỉ gồm chữ thường")
        .hasMessageContaining("email không hợp lệ")
        .hasMessageContaining("đơn vị không tồn tại: khong-co");
  }

  @Test
  void anUnknownKeyIsRefusedRatherThanIgnored() {
    String yaml =
        """
        bloc:
          code: x
          name: "Đảng bộ Khối thử"
          place: "Vĩnh Long"
          reviewing-office: "Ban Tuyên giáo"
          approving-committee: "Ban Thường vụ"
          reviewing-ofice: "gõ nhầm"
        """;
    assertThatThrownBy(() -> reader.read(new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(InvalidOrganizationFileException.class)
        .hasMessageContaining("reviewing-ofice");
  }

  @Test
  void aVietnameseNameKeepsItsOrderInCamunda() {
    assertThat(IdentityMirror.splitName("Nguyễn Thị Lan")).containsExactly("Nguyễn Thị", "Lan");
    assertThat(IdentityMirror.splitName("Lan")).containsExactly("Lan", "");
  }
}
