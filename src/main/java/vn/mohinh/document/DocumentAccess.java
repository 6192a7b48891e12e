package vn.mohinh.document;

import org.springframework.stereotype.Component;
import vn.mohinh.organization.OrganizationDirectory;
import vn.mohinh.organization.Role;
import vn.mohinh.organization.Unit;
import vn.mohinh.security.CurrentUser;

/**
 * Who may download which documents: a unit's people their unit's, a committee's people also its
 * cells'; the reviewer and the approver the whole bloc's; the administrator everything.
 */
@Component
public class DocumentAccess {

  private final OrganizationDirectory directory;

  public DocumentAccess(OrganizationDirectory directory) {
    this.directory = directory;
  }

  /** Whether the user may read the documents of the unit. */
  public boolean mayReadUnit(CurrentUser user, String unitCode) {
    if (mayReadBloc(user)) {
      return true;
    }
    if (user.unitCodes().contains(unitCode)) {
      return true;
    }
    return directory.unit(unitCode)
        .map(Unit::parentCode)
        .filter(parent -> user.unitCodes().contains(parent))
        .isPresent();
  }

  /** Whether the user may read bloc-wide documents (the bloc summary, the commendation list). */
  public boolean mayReadBloc(CurrentUser user) {
    return user.isAdmin() || user.hasRole(Role.REVIEWER) || user.hasRole(Role.APPROVER);
  }
}
