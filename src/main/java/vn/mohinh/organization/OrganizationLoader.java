package vn.mohinh.organization;

import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Loads the organisation file at start-up: domain tables first, then Camunda's identity. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class OrganizationLoader implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(OrganizationLoader.class);

  private final OrganizationProperties properties;
  private final OrganizationSynchronizer synchronizer;
  private final IdentityMirror mirror;
  private final OrganizationDirectory directory;
  private final IdentityService identity;

  public OrganizationLoader(
      OrganizationProperties properties,
      OrganizationSynchronizer synchronizer,
      IdentityMirror mirror,
      OrganizationDirectory directory,
      IdentityService identity) {
    this.properties = properties;
    this.synchronizer = synchronizer;
    this.mirror = mirror;
    this.directory = directory;
    this.identity = identity;
  }

  @Override
  public void run(ApplicationArguments args) {
    load();
  }

  /** Reads the configured file and applies it; returns what changed. */
  public SyncReport load() {
    if (properties.file() == null || !properties.file().exists()) {
      throw new InvalidOrganizationFileException(
          "Không tìm thấy tệp tổ chức (mohinh.organization.file): " + properties.file(), null);
    }
    LOG.info("Organisation file: {}", properties.file().getDescription());
    OrganizationFile file = new OrganizationFileReader().read(properties.file());
    return apply(file);
  }

  public SyncReport apply(OrganizationFile file) {
    requireFirstAdminPassword();
    Bloc bloc = toBloc(file.bloc());
    SyncReport report = synchronizer.synchronize(file);
    mirror.mirror(bloc, initialPasswords());
    ensureFirstAdmin();
    directory.setBloc(bloc);
    LOG.info("Organisation '{}' loaded: {}", bloc.name(), report);
    return report;
  }

  private InitialPasswords initialPasswords() {
    return new InitialPasswords(properties.demoPassword(), properties.adminUsername(), properties.adminPassword());
  }

  /** Outside the demo profile nobody has a default password: the first admin's must be configured. */
  private void requireFirstAdminPassword() {
    boolean adminExists = identity.createUserQuery().userId(properties.adminUsername()).count() > 0;
    boolean configured =
        (properties.adminPassword() != null && !properties.adminPassword().isBlank())
            || (properties.demoPassword() != null && !properties.demoPassword().isBlank());
    if (!adminExists && !configured) {
      throw new IllegalStateException(
          "Chưa có mật khẩu cho tài khoản quản trị đầu tiên '" + properties.adminUsername()
              + "': đặt biến môi trường MOHINH_ADMIN_PASSWORD (hoặc mohinh.organization.admin-password)"
              + " rồi khởi động lại. / The first administrator's password is missing: set MOHINH_ADMIN_PASSWORD.");
    }
  }

  /** The first administrator exists even if the organisation file does not name one. */
  private void ensureFirstAdmin() {
    String admin = properties.adminUsername();
    if (identity.createUserQuery().userId(admin).count() == 0) {
      var user = identity.newUser(admin);
      user.setFirstName("Quản trị");
      user.setLastName("hệ thống");
      user.setPassword(initialPasswords().forUser(admin).orElseGet(InitialPasswords::unusable));
      identity.saveUser(user);
    }
    if (identity.createGroupQuery().groupId(Role.ADMIN.groupId()).groupMember(admin).count() == 0) {
      identity.createMembership(admin, Role.ADMIN.groupId());
    }
  }

  private static Bloc toBloc(OrganizationFile.BlocEntry b) {
    String headerName = b.headerName() == null || b.headerName().isBlank() ? b.name().toUpperCase(java.util.Locale.ROOT) : b.headerName();
    String shortName = b.shortName() == null || b.shortName().isBlank() ? b.name() : b.shortName();
    return new Bloc(b.code(), b.name(), headerName, shortName, b.place(), b.reviewingOffice(), b.approvingCommittee());
  }
}
