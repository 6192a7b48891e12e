package vn.mohinh.webapp;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.mohinh.organization.OrganizationDirectory;
import vn.mohinh.organization.OrganizationProperties;
import vn.mohinh.organization.Role;
import vn.mohinh.organization.UnitGroups;
import vn.mohinh.security.RoleGrants;

/**
 * Creates and updates the saved Tasklist filters of {@link TasklistFilters} at start-up, after the
 * organisation is loaded ({@code OrganizationLoader} runs first). Idempotent: a filter is found
 * by its key property, changed only where it differs, and never duplicated; the administrator owns
 * the filters, and each role's groups get READ on their own filters only.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
public class TasklistFilterInstaller implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(TasklistFilterInstaller.class);

  /** The groups whose READ grants on our filters this class manages. */
  static final Set<String> MANAGED_GROUPS =
      Set.of(UnitGroups.ALL_UNITS, Role.REVIEWER.groupId(), Role.APPROVER.groupId());

  private final FilterService filters;
  private final TaskService tasks;
  private final AuthorizationService authorizations;
  private final RoleGrants grants;
  private final OrganizationDirectory directory;
  private final OrganizationProperties organization;

  public TasklistFilterInstaller(
      FilterService filters,
      TaskService tasks,
      AuthorizationService authorizations,
      RoleGrants grants,
      OrganizationDirectory directory,
      OrganizationProperties organization) {
    this.filters = filters;
    this.tasks = tasks;
    this.authorizations = authorizations;
    this.grants = grants;
    this.directory = directory;
    this.organization = organization;
  }

  @Override
  public void run(ApplicationArguments args) {
    install();
  }

  /** Brings the filters to what {@link TasklistFilters} defines; returns the ids by key. */
  public Map<String, String> install() {
    Map<String, Filter> existing = new HashMap<>();
    for (Filter filter : filters.createTaskFilterQuery().list()) {
      Object key = filter.getProperties() == null ? null : filter.getProperties().get(TasklistFilters.KEY_PROPERTY);
      if (key instanceof String k) {
        Filter other = existing.putIfAbsent(k, filter);
        if (other != null) {
          LOG.warn("Removing a duplicate Tasklist filter '{}' ({})", filter.getName(), filter.getId());
          filters.deleteFilter(filter.getId());
        }
      }
    }
    Map<String, String> ids = new LinkedHashMap<>();
    List<String> changed = new ArrayList<>();
    for (TasklistFilter wanted : TasklistFilters.all(tasks, directory.bloc())) {
      Filter filter = existing.get(wanted.key());
      boolean created = filter == null;
      if (created) {
        filter = filters.newTaskFilter();
      }
      String nameBefore = created ? null : filter.getName();
      String ownerBefore = created ? null : filter.getOwner();
      String queryBefore = created ? null : ((FilterEntity) filter).getQueryInternal();
      Map<String, Object> propertiesBefore = created ? null : filter.getProperties();
      Map<String, Object> properties = properties(wanted);
      filter.setName(wanted.name());
      filter.setOwner(organization.adminUsername());
      filter.setQuery(wanted.query());
      filter.setProperties(properties);
      boolean differs =
          created
              || !wanted.name().equals(nameBefore)
              || !organization.adminUsername().equals(ownerBefore)
              || !Objects.equals(queryBefore, ((FilterEntity) filter).getQueryInternal())
              || !Objects.equals(properties, propertiesBefore);
      if (differs) {
        filter = filters.saveFilter(filter);
        changed.add(wanted.name());
      }
      ids.put(wanted.key(), filter.getId());
      grantRead(filter.getId(), wanted.groups());
    }
    if (!changed.isEmpty()) {
      LOG.info("Tasklist filters created or updated: {}", changed);
    }
    return ids;
  }

  /** READ for the filter's groups; the other managed groups lose any grant they had on it. */
  private void grantRead(String filterId, List<String> groups) {
    for (String group : groups) {
      grants.grant(group, Resources.FILTER, filterId, Permissions.READ);
    }
    for (Authorization auth :
        authorizations.createAuthorizationQuery()
            .authorizationType(AUTH_TYPE_GRANT)
            .resourceType(Resources.FILTER)
            .resourceId(filterId)
            .list()) {
      if (auth.getGroupId() != null && MANAGED_GROUPS.contains(auth.getGroupId()) && !groups.contains(auth.getGroupId())) {
        authorizations.deleteAuthorization(auth.getId());
      }
    }
  }

  /** What Tasklist reads from a filter's properties, and our key. */
  static Map<String, Object> properties(TasklistFilter filter) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put(TasklistFilters.KEY_PROPERTY, filter.key());
    properties.put("description", filter.description());
    properties.put("priority", filter.priority());
    properties.put("refresh", false);
    properties.put("showUndefinedVariable", false);
    List<Map<String, Object>> variables = new ArrayList<>();
    filter.variables().forEach((name, label) -> {
      Map<String, Object> variable = new LinkedHashMap<>();
      variable.put("name", name);
      variable.put("label", label);
      variables.add(variable);
    });
    properties.put("variables", variables);
    return properties;
  }
}
