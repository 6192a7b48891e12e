package db.migration;

import java.sql.SQLException;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Every authorized query of Camunda 7 joins the authorizations of the user and of the user's
 * groups: {@code USER_ID_ in (?, '*') or GROUP_ID_ in (…)}. Camunda indexes GROUP_ID_ alone, but
 * USER_ID_ only behind TYPE_ (its unique index), so PostgreSQL cannot combine the two and scans the
 * whole table, which holds one row per candidate group of every open task (~175,000 rows at 100,000
 * open tasks: ~20 ms of each of the reviewer's lists, docs/benchmark.md). With this index it reads the
 * user's and the groups' rows only. The same statement on H2 and PostgreSQL.
 */
public class V71__AuthorizationUserIndex extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws SQLException {
    EngineTables.change(context.getConnection(), "ACT_RU_AUTHORIZATION",
        "create index if not exists ix_mh_act_ru_auth_user on ACT_RU_AUTHORIZATION (USER_ID_)");
  }
}
