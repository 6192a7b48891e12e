package vn.mohinh.security;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Every authenticated engine command of Camunda 7 first reads the distinct group ids of the whole
 * {@code ACT_RU_AUTHORIZATION} table, to drop the user's groups that have no authorization at all
 * (upstream camunda-bpm-platform issue 5485). Camunda grants each candidate group of each open task
 * an authorization, so that table grows with the open tasks: at 100,000 open tasks it holds about
 * 90,000 distinct group ids, read into memory by every Tasklist list, count and completion (about
 * 55 ms of every inbox query on H2, docs/benchmark.md).
 *
 * <p>The product's users belong to two or three groups, so the filter saves nothing: this plugin
 * keeps the user's groups as they are. The result of every authorization check is the same (a
 * group without any authorization matches no row of it). Off with
 * {@code mohinh.security.prefilter-authorized-groups=true}.
 */
@Component
@ConditionalOnProperty(name = "mohinh.security.prefilter-authorized-groups", havingValue = "false", matchIfMissing = true)
public class AuthenticatedGroupsAsIs extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<SessionFactory> factories =
        configuration.getCustomSessionFactories() == null ? new ArrayList<>() : new ArrayList<>(configuration.getCustomSessionFactories());
    factories.add(new Factory());
    configuration.setCustomSessionFactories(factories);
  }

  /** Opens the authorization manager below in place of Camunda's. */
  public static final class Factory implements SessionFactory {
    @Override
    public Class<?> getSessionType() {
      return AuthorizationManager.class;
    }

    @Override
    public Session openSession() {
      return new Manager();
    }
  }

  /** Camunda's authorization manager without the prefilter of the authenticated groups. */
  public static class Manager extends AuthorizationManager {
    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      if (authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()) {
        return EMPTY_LIST;
      }
      return new ArrayList<>(new LinkedHashSet<>(authenticatedGroupIds.stream().filter(Objects::nonNull).toList()));
    }
  }
}
