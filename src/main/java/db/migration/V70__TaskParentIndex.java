package db.migration;

import java.sql.SQLException;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Camunda 7.24 looks up ACT_RU_TASK by PARENT_TASK_ID_ on every task completion (sub-tasks), and
 * neither its H2 nor its PostgreSQL schema indexes that column: each completion scans the task
 * table, which at 100,000 open tasks dominates the completion (issue 10, docs/benchmark.md). In the
 * application Flyway runs after the engine created its schema (vn.mohinh.platform.EngineSchemaFirst);
 * where the domain schema lives without the engine's tables (some tests), there is nothing to index.
 */
public class V70__TaskParentIndex extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws SQLException {
    EngineTables.change(context.getConnection(), "ACT_RU_TASK",
        "create index if not exists ix_mh_act_ru_task_parent on ACT_RU_TASK (PARENT_TASK_ID_)");
  }
}
