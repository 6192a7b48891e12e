package vn.mohinh.notification;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.stereotype.Component;
import vn.mohinh.organization.Role;

/**
 * Who is asking for an admin page, and whether they are an administrator ({@code camunda-admin}).
 * The user is the one the engine knows for the request (set by the product's authentication
 * filter), else the one logged in to the Camunda webapps in the same HTTP session: one login for
 * Tasklist, Cockpit and the product's pages.
 */
@Component
public class AdminAccess {

  private final ProcessEngine engine;

  public AdminAccess(ProcessEngine engine) {
    this.engine = engine;
  }

  /** The requesting user and their groups. */
  public record Caller(String userId, List<String> groupIds) {}

  public Optional<Caller> caller(HttpServletRequest request) {
    IdentityService identity = engine.getIdentityService();
    Authentication current = identity.getCurrentAuthentication();
    if (current != null && current.getUserId() != null) {
      return Optional.of(new Caller(current.getUserId(), current.getGroupIds() == null ? List.of() : current.getGroupIds()));
    }
    HttpSession session = request.getSession(false);
    if (session == null) {
      return Optional.empty();
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    if (authentications == null) {
      return Optional.empty();
    }
    if (authentications.getAuthenticationForProcessEngine(engine.getName()) instanceof UserAuthentication user
        && user.getIdentityId() != null) {
      return Optional.of(new Caller(user.getIdentityId(), user.getGroupIds() == null ? List.of() : user.getGroupIds()));
    }
    return Optional.empty();
  }

  public boolean isAdmin(Caller caller) {
    String admins = Role.ADMIN.groupId();
    if (caller.groupIds().contains(admins)) {
      return true;
    }
    return engine.getIdentityService().createGroupQuery().groupMember(caller.userId()).groupId(admins).count() > 0;
  }
}
