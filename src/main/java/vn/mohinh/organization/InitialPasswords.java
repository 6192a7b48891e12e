package vn.mohinh.organization;

import java.util.Optional;

/**
 * The password a newly created account gets. Outside the demo profile only the first
 * administrator gets one (from configuration or the environment); everyone else gets theirs from
 * the administrator in Camunda Admin.
 */
public final class InitialPasswords {

  private final String demoPassword;
  private final String adminUsername;
  private final String adminPassword;

  public InitialPasswords(String demoPassword, String adminUsername, String adminPassword) {
    this.demoPassword = blankToNull(demoPassword);
    this.adminUsername = adminUsername;
    this.adminPassword = blankToNull(adminPassword);
  }

  public Optional<String> forUser(String username) {
    if (username.equals(adminUsername) && adminPassword != null) {
      return Optional.of(adminPassword);
    }
    return Optional.ofNullable(demoPassword);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  @Override
  public String toString() {
    return "InitialPasswords[demo=" + (demoPassword != null) + ", admin=" + adminUsername + "]";
  }
}
