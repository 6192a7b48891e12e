package vn.mohinh.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Units and people in the domain tables. */
@Repository
public class OrganizationRepository {

  private static final String UNIT_SELECT =
      "select u.code, u.name, u.kind, u.parent_code, p.name as parent_name, u.sort_order, u.active "
          + "from mh_org_unit u left join mh_org_unit p on p.code = u.parent_code ";
  private static final String PERSON_SELECT =
      "select username, full_name, email, unit_code, position, roles, active from mh_person ";

  private final JdbcClient jdbc;

  public OrganizationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A stored unit with its active flag, as the synchroniser compares it. */
  public record StoredUnit(Unit unit, boolean active) {}

  /** A stored person with its active flag. */
  public record StoredPerson(Person person, boolean active) {}

  public List<StoredUnit> findAllUnits() {
    return jdbc.sql(UNIT_SELECT + "order by u.sort_order, u.code").query(OrganizationRepository::storedUnit).list();
  }

  public List<Unit> findActiveUnits() {
    return jdbc.sql(UNIT_SELECT + "where u.active = true "
            + "order by case when u.kind = 'MASS_ORGANISATION' then 1 else 0 end, u.sort_order, u.code")
        .query((rs, n) -> storedUnit(rs, n).unit())
        .list();
  }

  public Optional<Unit> findActiveUnit(String code) {
    return jdbc.sql(UNIT_SELECT + "where u.code = ? and u.active = true")
        .param(code)
        .query((rs, n) -> storedUnit(rs, n).unit())
        .optional();
  }

  public List<Unit> findActiveCells(String committeeCode) {
    return jdbc.sql(UNIT_SELECT + "where u.parent_code = ? and u.active = true order by u.sort_order")
        .param(committeeCode)
        .query((rs, n) -> storedUnit(rs, n).unit())
        .list();
  }

  public void insertUnit(Unit unit) {
    jdbc.sql(
            "insert into mh_org_unit (code, name, kind, parent_code, sort_order, active, updated_at) "
                + "values (?, ?, ?, ?, ?, true, ?)")
        .params(unit.code(), unit.name(), unit.kind().name(), unit.parentCode(), unit.sortOrder(), now())
        .update();
  }

  public void updateUnit(Unit unit) {
    jdbc.sql(
            "update mh_org_unit set name = ?, kind = ?, parent_code = ?, sort_order = ?, active = true, "
                + "updated_at = ? where code = ?")
        .params(unit.name(), unit.kind().name(), unit.parentCode(), unit.sortOrder(), now(), unit.code())
        .update();
  }

  public void deactivateUnit(String code) {
    jdbc.sql("update mh_org_unit set active = false, updated_at = ? where code = ?").params(now(), code).update();
  }

  public List<StoredPerson> findAllPeople() {
    return jdbc.sql(PERSON_SELECT + "order by username").query(OrganizationRepository::storedPerson).list();
  }

  public List<Person> findActivePeople() {
    return jdbc.sql(PERSON_SELECT + "where active = true order by username")
        .query((rs, n) -> storedPerson(rs, n).person())
        .list();
  }

  public Optional<Person> findActivePerson(String username) {
    return jdbc.sql(PERSON_SELECT + "where username = ? and active = true")
        .param(username)
        .query((rs, n) -> storedPerson(rs, n).person())
        .optional();
  }

  public List<Person> findActivePeopleOfUnit(String unitCode) {
    return jdbc.sql(PERSON_SELECT + "where unit_code = ? and active = true order by position, username")
        .param(unitCode)
        .query((rs, n) -> storedPerson(rs, n).person())
        .list();
  }

  public void insertPerson(Person person) {
    jdbc.sql(
            "insert into mh_person (username, full_name, email, unit_code, position, roles, active, updated_at) "
                + "values (?, ?, ?, ?, ?, ?, true, ?)")
        .params(
            person.username(), person.fullName(), person.email(), person.unitCode(),
            person.position() == null ? null : person.position().name(), roles(person.roles()), now())
        .update();
  }

  public void updatePerson(Person person) {
    jdbc.sql(
            "update mh_person set full_name = ?, email = ?, unit_code = ?, position = ?, roles = ?, active = true, "
                + "updated_at = ? where username = ?")
        .params(
            person.fullName(), person.email(), person.unitCode(),
            person.position() == null ? null : person.position().name(), roles(person.roles()), now(),
            person.username())
        .update();
  }

  public void deactivatePerson(String username) {
    jdbc.sql("update mh_person set active = false, updated_at = ? where username = ?").params(now(), username).update();
  }

  private static StoredUnit storedUnit(ResultSet rs, int row) throws SQLException {
    Unit unit =
        new Unit(
            rs.getString("code"),
            rs.getString("name"),
            UnitKind.valueOf(rs.getString("kind")),
            rs.getString("parent_code"),
            rs.getString("parent_name"),
            rs.getInt("sort_order"));
    return new StoredUnit(unit, rs.getBoolean("active"));
  }

  private static StoredPerson storedPerson(ResultSet rs, int row) throws SQLException {
    String position = rs.getString("position");
    Person person =
        new Person(
            rs.getString("username"),
            rs.getString("full_name"),
            rs.getString("email"),
            rs.getString("unit_code"),
            position == null ? null : Position.valueOf(position),
            parseRoles(rs.getString("roles")));
    return new StoredPerson(person, rs.getBoolean("active"));
  }

  private static String roles(Set<Role> roles) {
    return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
  }

  private static Set<Role> parseRoles(String roles) {
    if (roles == null || roles.isBlank()) {
      return EnumSet.noneOf(Role.class);
    }
    return Arrays.stream(roles.split(",")).map(Role::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
  }

  private static Timestamp now() {
    return Timestamp.from(Instant.now());
  }
}
