package vn.mohinh.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The database server of a run: H2 in files (the product's default) or an embedded PostgreSQL.
 * Each phase gets a database of its own.
 */
public final class Database implements AutoCloseable {

  public record Target(String kind, String url, String user, String password) {}

  /** As the product's default URL (application.yml); {@code -Dbench.h2.url-options=;…} adds more. */
  static final String H2_OPTIONS = ";DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=256";

  private final String kind;
  private final Path h2Dir;
  private final EmbeddedPostgres postgres;

  private Database(String kind, Path h2Dir, EmbeddedPostgres postgres) {
    this.kind = kind;
    this.h2Dir = h2Dir;
    this.postgres = postgres;
  }

  public static Database start(String kind, Path out) throws IOException {
    if (kind.equals("postgres")) {
      return new Database(kind, null, EmbeddedPostgres.builder().setServerConfig("max_connections", "300").start());
    }
    Path dir = out.resolve("db-h2-" + System.currentTimeMillis());
    Files.createDirectories(dir);
    return new Database(kind, dir, null);
  }

  public String kind() {
    return kind;
  }

  public boolean isPostgres() {
    return postgres != null;
  }

  public EmbeddedPostgres postgres() {
    return postgres;
  }

  /**
   * A fresh database named {@code name}. H2 without its re-use of a repeated query's last result
   * (kept while the tables the query reads are unchanged): a real inbox changes all the time.
   */
  public Target create(String name) {
    if (postgres == null) {
      return new Target(kind, "jdbc:h2:file:" + h2Dir.toAbsolutePath().resolve(name) + H2_OPTIONS + ";OPTIMIZE_REUSE_RESULTS=FALSE"
          + System.getProperty("bench.h2.url-options", ""), "sa", "");
    }
    try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("drop database if exists " + name);
      s.execute("create database " + name);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return new Target(kind, postgres.getJdbcUrl("postgres", name), "postgres", "postgres");
  }

  /** "PostgreSQL 14.22 …" or "H2 2.3.232". */
  public static String version(DataSource dataSource) {
    try (Connection c = dataSource.getConnection()) {
      return c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion();
    } catch (Exception e) {
      return "n/a";
    }
  }

  /** Bytes by part: Camunda runtime (ACT_RU_*), history (ACT_HI_*), the rest of Camunda, the product's tables (mh_*). */
  public static Map<String, Long> sizes(JdbcClient jdbc, boolean postgres) {
    Map<String, Long> sizes = new LinkedHashMap<>();
    sizes.put("runtime", 0L);
    sizes.put("history", 0L);
    sizes.put("engine other", 0L);
    sizes.put("domain", 0L);
    Map<String, Long> tables = new LinkedHashMap<>();
    if (postgres) {
      jdbc.sql("select c.relname, pg_total_relation_size(c.oid) from pg_class c join pg_namespace n on n.oid = c.relnamespace "
              + "where n.nspname = current_schema() and c.relkind = 'r' and (c.relname like 'act\\_%' or c.relname like 'mh\\_%')")
          .query((rs, i) -> tables.put(rs.getString(1).toUpperCase(), rs.getLong(2))).list();
    } else {
      for (String table : jdbc.sql("select table_name from information_schema.tables where table_schema = 'PUBLIC' "
          + "and (table_name like 'ACT\\_%' or table_name like 'MH\\_%')").query(String.class).list()) {
        tables.put(table, jdbc.sql("select disk_space_used('PUBLIC.\"" + table + "\"')").query(Long.class).single());
      }
    }
    tables.forEach((table, bytes) -> {
      String part = table.startsWith("ACT_RU_") ? "runtime" : table.startsWith("ACT_HI_") ? "history" : table.startsWith("ACT_") ? "engine other" : "domain";
      sizes.merge(part, bytes, Long::sum);
    });
    return sizes;
  }

  /** Whether the index of V70 exists on ACT_RU_TASK(PARENT_TASK_ID_). */
  public static boolean parentTaskIndexExists(JdbcClient jdbc, boolean postgres) {
    String sql = postgres
        ? "select count(*) from pg_indexes where lower(tablename) = 'act_ru_task' and lower(indexdef) like '%(parent_task_id_)%'"
        : "select count(*) from information_schema.index_columns where table_name = 'ACT_RU_TASK' and column_name = 'PARENT_TASK_ID_'";
    return jdbc.sql(sql).query(Long.class).single() > 0;
  }

  @Override
  public void close() throws IOException {
    if (postgres != null) {
      postgres.close();
    }
  }
}
