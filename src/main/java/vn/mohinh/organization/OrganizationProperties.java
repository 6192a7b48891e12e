package vn.mohinh.organization;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * Where the organisation file is and how its people get their first password.
 *
 * @param file the organisation file (YAML); the demo bloc by default
 * @param demoPassword the password every new account gets in the demo profile; empty elsewhere
 * @param adminUsername the first administrator, whose password comes from {@code adminPassword}
 * @param adminPassword the first administrator's initial password (environment: MOHINH_ADMIN_PASSWORD)
 */
@ConfigurationProperties("mohinh.organization")
public record OrganizationProperties(
    Resource file, String demoPassword, String adminUsername, String adminPassword) {

  public OrganizationProperties {
    adminUsername = adminUsername == null || adminUsername.isBlank() ? "admin" : adminUsername;
  }

  /** Secrets are never logged. */
  @Override
  public String toString() {
    return "OrganizationProperties[file=" + file + ", adminUsername=" + adminUsername + "]";
  }
}
