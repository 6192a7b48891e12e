package db.migration;

import java.sql.SQLException;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Brings the per-task grants made before {@code vn.mohinh.security.TaskGrantsWithoutGlobalRead} to
 * what it grants now: a group that reads every task (READ on TASK {@code *}: reviewers, approvers)
 * keeps its per-task grant without READ (bit 2 of PERMS_), which it already holds globally; its
 * other permissions (UPDATE or TASK_WORK) stay. Without it, the open tasks of such a group keep
 * slowing its lists (issue 10, docs/benchmark.md) until they are done. Grants only (TYPE_ = 1);
 * the same statement on H2 and PostgreSQL (no bit operator common to both: {@code mod(PERMS_ / 2, 2)}).
 */
public class V72__TaskGrantsWithoutGlobalRead extends BaseJavaMigration {

  public static final String STATEMENT = """
      update ACT_RU_AUTHORIZATION set PERMS_ = PERMS_ - 2, REV_ = REV_ + 1
      where TYPE_ = 1 and RESOURCE_TYPE_ = 7 and RESOURCE_ID_ <> '*' and GROUP_ID_ is not null
        and mod(PERMS_ / 2, 2) = 1
        and GROUP_ID_ in (
          select G.GROUP_ID_ from ACT_RU_AUTHORIZATION G
          where G.TYPE_ = 1 and G.RESOURCE_TYPE_ = 7 and G.RESOURCE_ID_ = '*' and G.GROUP_ID_ is not null
            and mod(G.PERMS_ / 2, 2) = 1)
      """;

  @Override
  public void migrate(Context context) throws SQLException {
    EngineTables.change(context.getConnection(), "ACT_RU_AUTHORIZATION", STATEMENT);
  }
}
