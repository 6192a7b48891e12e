package vn.mohinh.organization;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Read access to the bloc's organisation, for every feature. */
@Service
public class OrganizationDirectory {

  private final OrganizationRepository repository;
  private volatile Bloc bloc;

  public OrganizationDirectory(OrganizationRepository repository) {
    this.repository = repository;
  }

  void setBloc(Bloc bloc) {
    this.bloc = bloc;
  }

  public Bloc bloc() {
    if (bloc == null) {
      throw new IllegalStateException("The organisation file has not been loaded yet");
    }
    return bloc;
  }

  /** Committees and base cells, in the order of the organisation file. */
  public List<Unit> baseUnits() {
    return repository.findActiveUnits().stream().filter(u -> u.kind().isBaseUnit()).toList();
  }

  public List<Unit> massOrganisations() {
    return repository.findActiveUnits().stream().filter(u -> u.kind() == UnitKind.MASS_ORGANISATION).toList();
  }

  /** Every unit that registers models: committees, their cells and base cells. */
  public List<Unit> registeringUnits() {
    return repository.findActiveUnits().stream().filter(u -> u.kind().registersModels()).toList();
  }

  public List<Unit> cellsOf(String committeeCode) {
    return repository.findActiveCells(committeeCode);
  }

  public Optional<Unit> unit(String code) {
    return repository.findActiveUnit(code);
  }

  public Unit requireUnit(String code) {
    return unit(code).orElseThrow(() -> new IllegalArgumentException("Không có đơn vị mã " + code));
  }

  public List<Person> peopleOf(String unitCode) {
    return repository.findActivePeopleOfUnit(unitCode);
  }

  public Optional<Person> person(String username) {
    return repository.findActivePerson(username);
  }

  public List<Person> withRole(Role role) {
    return repository.findActivePeople().stream().filter(p -> p.roles().contains(role)).toList();
  }

  /** The person who signs for the unit (its secretary or chair), if the directory names one. */
  public Optional<Person> signatory(String unitCode) {
    return peopleOf(unitCode).stream().filter(p -> p.position() != null && p.position().signs()).findFirst();
  }

  /**
   * The Camunda groups that work on a unit's tasks: the unit's own group and, for a cell, its
   * committee's group (a committee sees and acts on its cells' work).
   */
  public List<String> candidateGroupsFor(String unitCode) {
    Unit unit = requireUnit(unitCode);
    List<String> groups = new ArrayList<>();
    groups.add(unit.groupId());
    if (unit.parentCode() != null) {
      groups.add(UnitGroups.groupOf(unit.parentCode()));
    }
    return groups;
  }

  /** The unit above: a cell's committee, or empty for a base unit (the bloc is above it). */
  public Optional<Unit> parentOf(String unitCode) {
    Unit unit = requireUnit(unitCode);
    return unit.parentCode() == null ? Optional.empty() : unit(unit.parentCode());
  }
}
