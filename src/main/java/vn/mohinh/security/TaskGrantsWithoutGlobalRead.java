package vn.mohinh.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Resources.TASK;

import java.util.Arrays;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Camunda gives every candidate group of a task a grant on that task with READ and UPDATE (or
 * TASK_WORK). For a group that already reads every task ({@code READ} on {@code TASK *}, as the
 * reviewers and approvers hold through {@link RoleGrants}), the per-task READ adds nothing but a row
 * that every task query of that group joins: Camunda's authorization join matches
 * {@code AUTH.RESOURCE_ID_ in (RES.ID_, D.KEY_, '*')}, which PostgreSQL can only answer with a
 * nested loop over all of the group's READ rows, one per open task (~10,000 acceptance tasks at
 * 100,000 open tasks: 7 s per list, docs/benchmark.md).
 *
 * <p>This provider leaves READ out of the per-task grant of such a group and keeps the rest: the
 * group still works on (claims, completes) exactly the tasks it is a candidate of, and on no other
 * task; it reads them through its global grant, as before. Groups without a global READ on tasks
 * (the units) get Camunda's grant unchanged. Camunda's own provider comes back with
 * {@code mohinh.security.per-task-read-for-global-readers=true}.
 */
@Component
@ConditionalOnProperty(name = "mohinh.security.per-task-read-for-global-readers", havingValue = "false", matchIfMissing = true)
public class TaskGrantsWithoutGlobalRead extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setResourceAuthorizationProvider(new Provider());
  }

  /** Camunda's default authorization provider, without the per-task READ of globally reading groups. */
  public static class Provider extends DefaultAuthorizationProvider {

    @Override
    protected AuthorizationEntity createOrUpdateAuthorization(
        Task task, String userId, String groupId, Resource resource, boolean isHistoric, Permission... permissions) {
      if (groupId != null && resource == TASK && !isHistoric && readsEveryTask(groupId)) {
        permissions = Arrays.stream(permissions).filter(p -> p != Permissions.READ).toArray(Permission[]::new);
      }
      return super.createOrUpdateAuthorization(task, userId, groupId, resource, isHistoric, permissions);
    }

    private boolean readsEveryTask(String groupId) {
      AuthorizationEntity global = getGrantAuthorizationByGroupId(groupId, TASK, ANY);
      return global != null && global.isPermissionGranted(Permissions.READ);
    }
  }
}
