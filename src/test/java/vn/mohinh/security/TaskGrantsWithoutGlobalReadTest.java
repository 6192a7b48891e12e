package vn.mohinh.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The reviewers read every task through their global grant; their per-task grants carry no READ
 * (issue 10: it made their lists join one authorization row per open task). They still see, claim
 * and complete their own tasks, and still cannot work on a unit's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TaskGrantsWithoutGlobalReadTest {

  private static final String REVIEWER = "btg.chuyenvien";
  private static final List<String> REVIEWER_GROUPS = List.of("reviewers");

  @Autowired ProcessEngine engine;
  @Autowired JdbcClient jdbc;

  private final List<String> created = new ArrayList<>();

  @AfterEach
  void removeTasks() {
    engine.getIdentityService().clearAuthentication();
    for (String id : created) {
      if (engine.getTaskService().createTaskQuery().taskId(id).count() > 0) {
        engine.getTaskService().deleteTask(id, true);
      }
      engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(id).list()
          .forEach(t -> engine.getHistoryService().deleteHistoricTaskInstance(t.getId()));
      engine.getAuthorizationService().createAuthorizationQuery().resourceType(Resources.TASK).resourceId(id).list()
          .forEach(a -> engine.getAuthorizationService().deleteAuthorization(a.getId()));
    }
  }

  @Test
  void theReviewersSeeClaimAndCompleteTheirTaskWithoutAPerTaskRead() {
    Task acceptance = task("Tiếp nhận hồ sơ – kiểm thử", "reviewers");

    Authorization grant = groupGrant("reviewers", acceptance.getId());
    assertThat(grant.isPermissionGranted(Permissions.READ)).isFalse();
    assertThat(grant.isPermissionGranted(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDefaultUserPermissionForTask())).isTrue();

    as(REVIEWER, REVIEWER_GROUPS, () -> {
      assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup("reviewers").taskId(acceptance.getId()).count())
          .isEqualTo(1);
      engine.getTaskService().claim(acceptance.getId(), REVIEWER);
      engine.getTaskService().complete(acceptance.getId());
      return null;
    });
    assertThat(engine.getTaskService().createTaskQuery().taskId(acceptance.getId()).count()).isZero();
  }

  @Test
  void theReviewersStillCannotWorkOnAUnitsTask() {
    Task plan = task("Đăng ký mô hình – kiểm thử", "unit-stc-vp");

    assertThat(groupGrant("unit-stc-vp", plan.getId()).isPermissionGranted(Permissions.READ)).isTrue();
    as(REVIEWER, REVIEWER_GROUPS, () -> {
      assertThat(engine.getTaskService().createTaskQuery().taskId(plan.getId()).count()).isEqualTo(1);
      assertThatThrownBy(() -> engine.getTaskService().claim(plan.getId(), REVIEWER)).isInstanceOf(AuthorizationException.class);
      assertThatThrownBy(() -> engine.getTaskService().complete(plan.getId())).isInstanceOf(AuthorizationException.class);
      return null;
    });
    assertThat(engine.getTaskService().createTaskQuery().taskId(plan.getId()).singleResult().getAssignee()).isNull();
  }

  @Test
  void aUnitDoesNotSeeTheReviewersTask() {
    Task acceptance = task("Tiếp nhận hồ sơ – kiểm thử", "reviewers");

    long seen = as("stc-vp.bithu", List.of("unit-stc-vp", "units"),
        () -> engine.getTaskService().createTaskQuery().taskId(acceptance.getId()).count());
    assertThat(seen).isZero();
  }

  @Test
  void theMigrationTakesTheRedundantReadOffGrantsMadeBefore() {
    Task acceptance = task("Tiếp nhận hồ sơ – kiểm thử", "reviewers");
    Task plan = task("Đăng ký mô hình – kiểm thử", "unit-stc-vp");
    // a reviewers' grant as Camunda's own provider made it before this change
    Authorization old = groupGrant("reviewers", acceptance.getId());
    old.addPermission(Permissions.READ);
    engine.getAuthorizationService().saveAuthorization(old);
    int unitPermissions = jdbc.sql("select PERMS_ from ACT_RU_AUTHORIZATION where RESOURCE_ID_ = ? and GROUP_ID_ = ?")
        .params(plan.getId(), "unit-stc-vp").query(Integer.class).single();

    jdbc.sql(db.migration.V72__TaskGrantsWithoutGlobalRead.STATEMENT).update();

    Authorization migrated = groupGrant("reviewers", acceptance.getId());
    assertThat(migrated.isPermissionGranted(Permissions.READ)).isFalse();
    assertThat(migrated.isPermissionGranted(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDefaultUserPermissionForTask())).isTrue();
    assertThat(jdbc.sql("select PERMS_ from ACT_RU_AUTHORIZATION where RESOURCE_ID_ = ? and GROUP_ID_ = ?")
        .params(plan.getId(), "unit-stc-vp").query(Integer.class).single()).isEqualTo(unitPermissions);
    assertThat(groupGrant("reviewers", Authorization.ANY).isPermissionGranted(Permissions.READ)).isTrue();
  }

  private Task task(String name, String candidateGroup) {
    Task task = engine.getTaskService().newTask();
    task.setName(name);
    engine.getTaskService().saveTask(task);
    created.add(task.getId());
    engine.getTaskService().addCandidateGroup(task.getId(), candidateGroup);
    return task;
  }

  private Authorization groupGrant(String group, String taskId) {
    return engine.getAuthorizationService().createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT)
        .groupIdIn(group)
        .resourceType(Resources.TASK)
        .resourceId(taskId)
        .singleResult();
  }

  private <T> T as(String user, List<String> groups, Supplier<T> action) {
    engine.getIdentityService().setAuthentication(user, groups);
    try {
      return action.get();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }
}
