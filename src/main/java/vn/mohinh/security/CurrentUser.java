package vn.mohinh.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import vn.mohinh.organization.Role;
import vn.mohinh.organization.UnitGroups;

/**
 * The person behind a request to the product's own pages and endpoints ({@code /app/**},
 * {@code /api/**}): the same account as in Tasklist, Cockpit and the REST API.
 */
public record CurrentUser(String userId, List<String> groupIds) {

  static final String REQUEST_ATTRIBUTE = CurrentUser.class.getName();

  public CurrentUser {
    groupIds = List.copyOf(groupIds);
  }

  /** The authenticated user of the request; the authentication filter guarantees one under /app and /api. */
  public static CurrentUser of(HttpServletRequest request) {
    return find(request).orElseThrow(() -> new IllegalStateException("Request is not authenticated"));
  }

  public static Optional<CurrentUser> find(HttpServletRequest request) {
    return Optional.ofNullable((CurrentUser) request.getAttribute(REQUEST_ATTRIBUTE));
  }

  public boolean hasRole(Role role) {
    return groupIds.contains(role.groupId());
  }

  public boolean isAdmin() {
    return hasRole(Role.ADMIN);
  }

  /** The units the user belongs to (codes), from their unit groups. */
  public List<String> unitCodes() {
    return groupIds.stream().map(UnitGroups::unitOf).filter(code -> code != null).toList();
  }
}
