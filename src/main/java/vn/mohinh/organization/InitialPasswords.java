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

  /**
   * A password nobody knows, for an account that has no initial password: it cannot be used to log
   * in until the administrator sets one (an account without any password cannot be checked).
   */
  public static String unusable() {
    // Digits only after a fixed prefix: Camunda's policy refuses a password containing a name.
    StringBuilder password = new StringBuilder("Zq!");
    for (int i = 0; i < 40; i++) {
      password.append(RANDOM.nextInt(10));
    }
    return password.toString();
  }

  private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

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
