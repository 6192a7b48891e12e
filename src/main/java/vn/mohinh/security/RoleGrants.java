package vn.mohinh.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.springframework.stereotype.Component;
import vn.mohinh.organization.Role;
import vn.mohinh.organization.UnitGroups;

/**
 * The bloc-wide grants per group, in Camunda's authorization model. A unit's people get Tasklist
 * only: what they see of the cycle comes from the per-task grants Camunda gives the candidate
 * groups of each task (their unit's group, and the committee's for a cell). The reviewer and the
 * approver read the whole bloc and use Cockpit; administrators (camunda-admin) get everything.
 * Grants are added when missing and never duplicated.
 */
@Component
public class RoleGrants {

  private final AuthorizationService authorizations;

  public RoleGrants(AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  public void grantRoles() {
    // Administrators: everything, as Camunda's own first-admin setup grants it.
    for (Resources resource : Resources.values()) {
      grant(Role.ADMIN.groupId(), resource, ANY, Permissions.ALL);
    }
    String units = UnitGroups.ALL_UNITS;
    grant(units, Resources.APPLICATION, "tasklist", Permissions.ACCESS);

    for (String office : List.of(Role.REVIEWER.groupId(), Role.APPROVER.groupId())) {
      grant(office, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      grant(office, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
      grant(office, Resources.PROCESS_DEFINITION, ANY,
          ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_TASK,
          ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY);
      grant(office, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.READ);
      grant(office, Resources.TASK, ANY, TaskPermissions.READ);
      grant(office, Resources.DEPLOYMENT, ANY, Permissions.READ);
      grant(office, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
      grant(office, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
      grant(office, Resources.USER, ANY, Permissions.READ);
      grant(office, Resources.GROUP, ANY, Permissions.READ);
    }
    // The reviewing office opens the year and starts inspections from Tasklist.
    String reviewer = Role.REVIEWER.groupId();
    grant(reviewer, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.CREATE_INSTANCE);
    grant(reviewer, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE);
  }

  /** Adds the permissions to the group's grant on the resource, creating the grant if needed. */
  public void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization auth =
        authorizations.createAuthorizationQuery()
            .authorizationType(AUTH_TYPE_GRANT)
            .groupIdIn(groupId)
            .resourceType(resource)
            .resourceId(resourceId)
            .singleResult();
    boolean changed = false;
    if (auth == null) {
      auth = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
      auth.setGroupId(groupId);
      auth.setResource(resource);
      auth.setResourceId(resourceId);
      changed = true;
    }
    for (Permission permission : permissions) {
      if (!auth.isPermissionGranted(permission)) {
        auth.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizations.saveAuthorization(auth);
    }
  }
}
