package db.migration;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Whether the engine's tables exist where Flyway migrates (not in the pure-engine tests' domain database). */
final class EngineTables {

  private EngineTables() {}

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
