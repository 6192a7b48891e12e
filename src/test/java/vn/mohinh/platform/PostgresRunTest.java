package vn.mohinh.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.mohinh.organization.OrganizationDirectory;

/**
 * The product on a real PostgreSQL (embedded, from Maven Central), with the production profile:
 * no demo passwords, the first administrator's password from configuration.
 */
@SpringBootTest
@ActiveProfiles("postgres")
@Tag("own-context") // runs in a JVM of its own, see pom.xml
// close the context at the end of the class, while PostgreSQL still runs (its own shutdown hook
// stops it at JVM exit, and a context closed after that waits for dead connections)
@DirtiesContext
class PostgresRunTest {

  static final EmbeddedPostgres POSTGRES = start();

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> POSTGRES.getJdbcUrl("postgres", "postgres"));
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "postgres");
    registry.add("camunda.bpm.job-execution.enabled", () -> "false");
    registry.add("mohinh.organization.admin-password", () -> "QuanTri#Khoi2026");
    registry.add("logging.level.root", () -> "warn");
  }

  @Autowired DataSource dataSource;
  @Autowired ProcessEngine engine;
  @Autowired IdentityService identity;
  @Autowired OrganizationDirectory directory;
  @Autowired JdbcClient jdbc;

  @Test
  void theEngineAndTheDomainSchemaRunOnPostgres() throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
    }
    assertThat(jdbc.sql("select count(*) from mh_org_unit where active").query(Long.class).single()).isEqualTo(61L);
    assertThat(jdbc.sql("select count(*) from act_id_group where id_ like 'unit-%'").query(Long.class).single()).isEqualTo(61L);
    assertThat(directory.cellsOf("bvdk")).hasSize(6);
    assertThat(engine.getRepositoryService().createDeploymentQuery().deploymentName("mohinh").count()).isEqualTo(1);
  }

  @Test
  void outsideTheDemoProfileOnlyTheFirstAdministratorHasAPassword() {
    assertThat(identity.checkPassword("admin", "QuanTri#Khoi2026")).isTrue();
    assertThat(identity.checkPassword("stc-vp.bithu", "MoHinh@2026")).isFalse();
    assertThat(identity.checkPassword("btg.truongban", "MoHinh@2026")).isFalse();
  }

  private static EmbeddedPostgres start() {
    try {
      return EmbeddedPostgres.builder().start();
    } catch (IOException e) {
      throw new IllegalStateException("Cannot start the embedded PostgreSQL", e);
    }
  }
}
