package vn.mohinh.benchmark;

import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.mohinh.MoHinhApplication;
import vn.mohinh.notification.OutboxSenderRunner;
import vn.mohinh.organization.OrganizationLoader;
import vn.mohinh.organization.SyncReport;
import vn.mohinh.platform.EngineClock;

/**
 * The product as it runs: the Spring Boot application with its configuration (authorization on,
 * history full, forms validated, mail through the outbox), on a random port, on the database
 * given; the job executor off (the benchmark executes the jobs), mail delivered by SMTP to the
 * benchmark's local server when the benchmark drives the sender.
 */
public final class ProductApp implements AutoCloseable {

  public static final String PASSWORD = "MoHinh@2026";

  private final ConfigurableApplicationContext context;
  public final ProcessEngine engine;
  public final JdbcClient jdbc;
  public final DataSource dataSource;
  public final boolean postgres;

  private ProductApp(ConfigurableApplicationContext context, boolean postgres) {
    this.context = context;
    this.engine = context.getBean(ProcessEngine.class);
    this.jdbc = context.getBean(JdbcClient.class);
    this.dataSource = context.getBean(DataSource.class);
    this.postgres = postgres;
  }

  public static ProductApp start(Database.Target db, int smtpPort) {
    Map<String, Object> p = new HashMap<>();
    p.put("spring.datasource.url", db.url());
    p.put("spring.datasource.username", db.user());
    p.put("spring.datasource.password", db.password());
    p.put("server.port", "0");
    p.put("spring.main.banner-mode", "off");
    p.put("camunda.bpm.job-execution.enabled", "false");
    p.put("mohinh.organization.file", "classpath:organization/test-bloc.yml");
    p.put("mohinh.organization.demo-password", PASSWORD);
    p.put("mohinh.mail.delivery", "smtp");
    p.put("mohinh.mail.auto-send", "false");
    p.put("spring.mail.host", "127.0.0.1");
    p.put("spring.mail.port", String.valueOf(smtpPort));
    p.put("logging.level.root", "warn");
    p.put("logging.level.vn.mohinh", "warn");
    p.put("logging.level.org.camunda.bpm.engine.context", "off");
    p.put("logging.level.org.camunda.bpm.engine.jobexecutor", "off");
    String revokes = System.getProperty("bench.revokes");
    if (revokes != null && !revokes.isBlank()) {
      p.put("camunda.bpm.authorization.authorization-check-revokes", revokes);
    }
    // As command-line arguments: they win over application.yml (builder properties would not).
    String[] args = p.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    SpringApplicationBuilder builder = new SpringApplicationBuilder(MoHinhApplication.class);
    if (db.kind().equals("postgres")) {
      builder.profiles("postgres");
    }
    // The notification feature reads the engine's clock, which the benchmark moves.
    builder.initializers(ctx -> ctx.getBeanFactory().registerSingleton("benchClock", EngineClock.INSTANCE));
    return new ProductApp(builder.run(args), db.kind().equals("postgres"));
  }

  public SyncReport load(SyntheticOrganization org) {
    return context.getBean(OrganizationLoader.class).apply(org.file());
  }

  public int port() {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  public OutboxSenderRunner outbox() {
    return context.getBean(OutboxSenderRunner.class);
  }

  public String property(String name) {
    return context.getEnvironment().getProperty(name);
  }

  @Override
  public void close() {
    context.close();
  }
}
