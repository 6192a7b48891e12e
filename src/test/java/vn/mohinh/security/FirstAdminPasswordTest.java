package vn.mohinh.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import vn.mohinh.organization.IdentityMirror;
import vn.mohinh.organization.InitialPasswords;
import vn.mohinh.organization.OrganizationDirectory;
import vn.mohinh.organization.OrganizationLoader;
import vn.mohinh.organization.OrganizationProperties;
import vn.mohinh.organization.OrganizationSynchronizer;

/** Outside the demo profile nobody has a default password, and start-up needs the first admin's. */
class FirstAdminPasswordTest {

  @Test
  void startUpRefusesWithoutTheFirstAdministratorsPassword() {
    IdentityService identity = mock(IdentityService.class, RETURNS_DEEP_STUBS);
    when(identity.createUserQuery().userId(anyString()).count()).thenReturn(0L);
    OrganizationLoader loader = new OrganizationLoader(
        new OrganizationProperties(null, "", "admin", ""),
        mock(OrganizationSynchronizer.class), mock(IdentityMirror.class), mock(OrganizationDirectory.class), identity);
    assertThatThrownBy(() -> loader.apply(null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("MOHINH_ADMIN_PASSWORD");
  }

  @Test
  void withoutTheDemoPasswordOnlyTheFirstAdministratorGetsOne() {
    InitialPasswords passwords = new InitialPasswords(null, "admin", "Quan-Tri#2026");
    assertThat(passwords.forUser("stc-vp.bithu")).isEmpty();
    assertThat(passwords.forUser("btg.truongban")).isEmpty();
    assertThat(passwords.forUser("admin")).contains("Quan-Tri#2026");
    assertThat(passwords.toString()).doesNotContain("Quan-Tri#2026");
    assertThat(new OrganizationProperties(null, "MoHinh@2026", "admin", "Quan-Tri#2026").toString())
        .doesNotContain("MoHinh@2026").doesNotContain("Quan-Tri#2026");
  }
}
