package vn.mohinh.platform;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.util.Arrays;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import vn.mohinh.organization.OrganizationDirectory;
import vn.mohinh.organization.OrganizationProperties;

/** Says at start-up which profile, database and organisation file are in use. Never logs secrets. */
@Component
public class StartupReport {

  private static final Logger LOG = LoggerFactory.getLogger(StartupReport.class);

  private final Environment environment;
  private final DataSource dataSource;
  private final OrganizationProperties organization;
  private final OrganizationDirectory directory;

  public StartupReport(
      Environment environment, DataSource dataSource, OrganizationProperties organization, OrganizationDirectory directory) {
    this.environment = environment;
    this.dataSource = dataSource;
    this.organization = organization;
    this.directory = directory;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void report() {
    String database;
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData meta = connection.getMetaData();
      database = meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion() + " at " + withoutSecrets(meta.getURL());
    } catch (Exception e) {
      database = "unavailable (" + e.getMessage() + ")";
    }
    LOG.info(
        "Ready: profiles {}, database {}, organisation file {} ({}), Tasklist at {}/camunda/app/tasklist/",
        Arrays.toString(environment.getActiveProfiles()),
        database,
        organization.file() == null ? "none" : organization.file().getDescription(),
        directory.bloc().name(),
        environment.getProperty("mohinh.base-url", "http://localhost:8080"));
  }

  static String withoutSecrets(String url) {
    return url == null ? null : url.replaceAll("(?i)(password|pwd)=[^;&]*", "$1=***");
  }
}
