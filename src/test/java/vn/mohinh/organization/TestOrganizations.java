package vn.mohinh.organization;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Loads an organisation file into domain tables without Spring, for process tests. */
public final class TestOrganizations {

  private TestOrganizations() {}

  public static OrganizationDirectory load(JdbcClient jdbc, String classpathResource) {
    OrganizationFile file = new OrganizationFileReader().read(new ClassPathResource(classpathResource));
    OrganizationRepository repository = new OrganizationRepository(jdbc);
    new OrganizationSynchronizer(repository).synchronize(file);
    OrganizationDirectory directory = new OrganizationDirectory(repository);
    OrganizationFile.BlocEntry b = file.bloc();
    directory.setBloc(
        new Bloc(b.code(), b.name(), b.name().toUpperCase(), b.name(), b.place(), b.reviewingOffice(), b.approvingCommittee()));
    return directory;
  }
}
