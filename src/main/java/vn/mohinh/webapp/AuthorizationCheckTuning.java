package vn.mohinh.webapp;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Makes the engine's authorization check cheap at national size.
 *
 * <p>Before every authorization check, Camunda's {@link AuthorizationManager} loads the ids of all
 * groups that hold any authorization ({@code SELECT distinct(GROUP_ID_) FROM ACT_RU_AUTHORIZATION},
 * once per command, i.e. once per REST call) to drop the user's groups that hold none from the
 * query. With authorization on, Camunda writes a task authorization for each candidate group of
 * every open task, so that table has a row per open task and group (a cell's task: the cell and its
 * committee), and the statement reads it all, on every Tasklist list and count. Measured on
 * PostgreSQL with 100,000 open tasks of 50,000 cells ({@code InboxQueryCost}), it was most of the
 * time of an inbox page with explicit criteria.
 *
 * <p>The product's people belong to a handful of groups (their unit, {@code units}, maybe a role),
 * so the filtering buys nothing: this plugin gives the engine an {@link AuthorizationManager} that
 * uses the authenticated groups as they are. The queries return exactly the same rows (a group that
 * holds no authorization matches none); only the unneeded statement is gone.
 */
@Component
public class AuthorizationCheckTuning extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<SessionFactory> factories = new ArrayList<>();
    if (configuration.getCustomSessionFactories() != null) {
      factories.addAll(configuration.getCustomSessionFactories());
    }
    factories.add(new DirectGroupsAuthorizationManagerFactory());
    configuration.setCustomSessionFactories(factories);
  }

  /** Opens {@link DirectGroupsAuthorizationManager}s in place of the engine's own. */
  public static final class DirectGroupsAuthorizationManagerFactory implements SessionFactory {

    @Override
    public Class<?> getSessionType() {
      return AuthorizationManager.class;
    }

    @Override
    public Session openSession() {
      return new DirectGroupsAuthorizationManager();
    }
  }

  /** An {@link AuthorizationManager} that checks the authenticated groups without first listing all groups. */
  public static final class DirectGroupsAuthorizationManager extends AuthorizationManager {

    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      if (authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()) {
        return List.of();
      }
      return new ArrayList<>(authenticatedGroupIds.stream().filter(java.util.Objects::nonNull).distinct().toList());
    }
  }
}
