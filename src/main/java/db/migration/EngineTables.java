package db.migration;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The product's changes to the engine's tables, made only where they exist: not in the pure-engine
 * tests' domain database, where Flyway migrates without the engine's schema.
 */
final class EngineTables {

  private EngineTables() {}

  /** Runs {@code sql} if the engine's {@code table} exists here. */
  static void change(Connection connection, String table, String sql) throws SQLException {
    if (!exist(connection, table)) {
      return;
    }
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  static boolean exist(Connection connection, String table) throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    for (String name : new String[] {table.toUpperCase(), table.toLowerCase()}) {
      try (ResultSet tables = meta.getTables(null, null, name, null)) {
        if (tables.next()) {
          return true;
        }
      }
    }
    return false;
  }
}
