package vn.mohinh.organization;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings the domain tables in line with the organisation file: adds what is new, updates what
 * changed, deactivates what was removed (kept for history), and touches nothing else.
 */
@Service
public class OrganizationSynchronizer {

  private final OrganizationRepository repository;

  public OrganizationSynchronizer(OrganizationRepository repository) {
    this.repository = repository;
  }

  @Transactional
  public SyncReport synchronize(OrganizationFile file) {
    List<Unit> wantedUnits = units(file);
    Map<String, OrganizationRepository.StoredUnit> storedUnits =
        repository.findAllUnits().stream()
            .collect(Collectors.toMap(s -> s.unit().code(), Function.identity()));
    int unitsAdded = 0;
    int unitsUpdated = 0;
    for (Unit unit : wantedUnits) {
      OrganizationRepository.StoredUnit stored = storedUnits.get(unit.code());
      if (stored == null) {
        repository.insertUnit(unit);
        unitsAdded++;
      } else if (!stored.active() || !sameUnit(stored.unit(), unit)) {
        repository.updateUnit(unit);
        unitsUpdated++;
      }
    }
    Set<String> wantedCodes = wantedUnits.stream().map(Unit::code).collect(Collectors.toSet());

    List<Person> wantedPeople = people(file);
    Map<String, OrganizationRepository.StoredPerson> storedPeople =
        repository.findAllPeople().stream()
            .collect(Collectors.toMap(s -> s.person().username(), Function.identity()));
    int peopleAdded = 0;
    int peopleUpdated = 0;
    for (Person person : wantedPeople) {
      OrganizationRepository.StoredPerson stored = storedPeople.get(person.username());
      if (stored == null) {
        repository.insertPerson(person);
        peopleAdded++;
      } else if (!stored.active() || !stored.person().equals(person)) {
        repository.updatePerson(person);
        peopleUpdated++;
      }
    }
    Set<String> wantedUsernames = wantedPeople.stream().map(Person::username).collect(Collectors.toSet());
    int peopleRemoved = 0;
    for (OrganizationRepository.StoredPerson stored : storedPeople.values()) {
      if (stored.active() && !wantedUsernames.contains(stored.person().username())) {
        repository.deactivatePerson(stored.person().username());
        peopleRemoved++;
      }
    }
    int unitsRemoved = 0;
    for (OrganizationRepository.StoredUnit stored : storedUnits.values()) {
      if (stored.active() && !wantedCodes.contains(stored.unit().code())) {
        repository.deactivateUnit(stored.unit().code());
        unitsRemoved++;
      }
    }
    return new SyncReport(unitsAdded, unitsUpdated, unitsRemoved, peopleAdded, peopleUpdated, peopleRemoved);
  }

  private static boolean sameUnit(Unit a, Unit b) {
    return a.name().equals(b.name())
        && a.kind() == b.kind()
        && java.util.Objects.equals(a.parentCode(), b.parentCode())
        && a.sortOrder() == b.sortOrder();
  }

  /**
   * Units in file order, each committee before its cells (the parent must exist first). The sort
   * order is the position in the file (mass organisations are numbered on their own).
   */
  static List<Unit> units(OrganizationFile file) {
    List<Unit> units = new ArrayList<>();
    int order = 0;
    for (OrganizationFile.UnitEntry entry : file.units()) {
      units.add(new Unit(entry.code(), entry.name(), entry.kind(), null, null, ++order));
      for (OrganizationFile.UnitEntry cell : entry.cells()) {
        units.add(new Unit(cell.code(), cell.name(), UnitKind.CELL, entry.code(), entry.name(), ++order));
      }
    }
    int massOrder = 0;
    for (OrganizationFile.UnitEntry entry : file.massOrganisations()) {
      units.add(new Unit(entry.code(), entry.name(), UnitKind.MASS_ORGANISATION, null, null, ++massOrder));
    }
    return units;
  }

  static List<Person> people(OrganizationFile file) {
    Map<String, Person> people = new LinkedHashMap<>();
    for (OrganizationFile.PersonEntry entry : file.people()) {
      Set<Role> roles = EnumSet.noneOf(Role.class);
      roles.addAll(entry.roles());
      people.put(
          entry.username(),
          new Person(entry.username(), entry.name().strip(), blankToNull(entry.email()), entry.unit(), entry.position(), roles));
    }
    return new ArrayList<>(people.values());
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  static Set<String> codes(List<Unit> units) {
    return new HashSet<>(units.stream().map(Unit::code).toList());
  }
}
