package vn.mohinh.organization;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mohinh.security.RoleGrants;

/**
 * Mirrors the directory into Camunda users, groups and memberships, idempotently. Only what the
 * directory manages is touched: groups named by {@link UnitGroups} and {@link Role}, and users that
 * the directory knows. A password, once set, is never reset.
 */
@Service
public class IdentityMirror {

  private static final Logger LOG = LoggerFactory.getLogger(IdentityMirror.class);
  static final String GROUP_TYPE_UNIT = "UNIT";
  static final String GROUP_TYPE_ROLE = "ROLE";

  private final IdentityService identity;
  private final OrganizationRepository repository;
  private final RoleGrants grants;

  public IdentityMirror(IdentityService identity, OrganizationRepository repository, RoleGrants grants) {
    this.identity = identity;
    this.repository = repository;
    this.grants = grants;
  }

  /**
   * @param bloc names the role groups after the bloc's offices
   * @param initialPasswords the password a new user gets, by username (absent: the account has none)
   */
  @Transactional
  public void mirror(Bloc bloc, InitialPasswords initialPasswords) {
    Map<String, String> wantedGroups = new LinkedHashMap<>();
    wantedGroups.put(UnitGroups.ALL_UNITS, "Cấp ủy các chi bộ, đảng bộ cơ sở và đoàn thể");
    wantedGroups.put(Role.REVIEWER.groupId(), bloc.reviewingOffice());
    wantedGroups.put(Role.APPROVER.groupId(), bloc.approvingCommittee());
    wantedGroups.put(Role.ADMIN.groupId(), "Quản trị hệ thống");
    wantedGroups.forEach((id, name) -> ensureGroup(id, name, GROUP_TYPE_ROLE));

    List<Unit> units = repository.findActiveUnits();
    for (Unit unit : units) {
      ensureGroup(unit.groupId(), unit.displayName(), GROUP_TYPE_UNIT);
    }
    Set<String> activeUnitGroups = units.stream().map(Unit::groupId).collect(Collectors.toSet());
    for (Group group : identity.createGroupQuery().groupType(GROUP_TYPE_UNIT).list()) {
      if (!activeUnitGroups.contains(group.getId())) {
        LOG.info("Removing the group of a unit no longer in the organisation file: {}", group.getId());
        identity.deleteGroup(group.getId());
      }
    }

    Set<String> activeUsernames = new HashSet<>();
    for (Person person : repository.findActivePeople()) {
      activeUsernames.add(person.username());
      ensureUser(person, initialPasswords);
      syncMemberships(person.username(), wantedMemberships(person));
    }
    for (OrganizationRepository.StoredPerson stored : repository.findAllPeople()) {
      String username = stored.person().username();
      if (!stored.active() && !activeUsernames.contains(username) && userExists(username)) {
        LOG.info("Removing the account of a person no longer in the organisation file: {}", username);
        identity.deleteUser(username);
      }
    }
    grants.grantRoles();
  }

  private void ensureGroup(String id, String name, String type) {
    Group group = identity.createGroupQuery().groupId(id).singleResult();
    if (group == null) {
      group = identity.newGroup(id);
      group.setName(name);
      group.setType(type);
      identity.saveGroup(group);
    } else if (!name.equals(group.getName()) || !type.equals(group.getType())) {
      group.setName(name);
      group.setType(type);
      identity.saveGroup(group);
    }
  }

  private void ensureUser(Person person, InitialPasswords initialPasswords) {
    String[] names = splitName(person.fullName());
    User user = identity.createUserQuery().userId(person.username()).singleResult();
    if (user == null) {
      user = identity.newUser(person.username());
      user.setFirstName(names[0]);
      user.setLastName(names[1]);
      user.setEmail(person.email());
      user.setPassword(initialPasswords.forUser(person.username()).orElseGet(InitialPasswords::unusable));
      identity.saveUser(user);
    } else if (!names[0].equals(user.getFirstName())
        || !names[1].equals(user.getLastName())
        || !java.util.Objects.equals(person.email(), user.getEmail())) {
      user.setFirstName(names[0]);
      user.setLastName(names[1]);
      user.setEmail(person.email());
      identity.saveUser(user);
    }
  }

  private boolean userExists(String username) {
    return identity.createUserQuery().userId(username).count() > 0;
  }

  private static Set<String> wantedMemberships(Person person) {
    Set<String> groups = new HashSet<>();
    if (person.unitCode() != null) {
      groups.add(UnitGroups.groupOf(person.unitCode()));
      groups.add(UnitGroups.ALL_UNITS);
    }
    person.roles().forEach(role -> groups.add(role.groupId()));
    return groups;
  }

  private void syncMemberships(String username, Set<String> wanted) {
    Set<String> current =
        identity.createGroupQuery().groupMember(username).list().stream()
            .map(Group::getId)
            .collect(Collectors.toSet());
    for (String groupId : wanted) {
      if (!current.contains(groupId)) {
        identity.createMembership(username, groupId);
      }
    }
    for (String groupId : current) {
      if (isManaged(groupId) && !wanted.contains(groupId)) {
        identity.deleteMembership(username, groupId);
      }
    }
  }

  static boolean isManaged(String groupId) {
    if (groupId.startsWith(UnitGroups.UNIT_PREFIX) || groupId.equals(UnitGroups.ALL_UNITS)) {
      return true;
    }
    for (Role role : Role.values()) {
      if (role.groupId().equals(groupId)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Camunda shows "first last": a Vietnamese full name keeps its order when the given name (the
   * last word) is the "last name".
   */
  static String[] splitName(String fullName) {
    String name = fullName.strip();
    int space = name.lastIndexOf(' ');
    return space < 0 ? new String[] {name, ""} : new String[] {name.substring(0, space), name.substring(space + 1)};
  }
}
