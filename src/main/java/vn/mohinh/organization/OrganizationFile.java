package vn.mohinh.organization;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The organisation file as written by the administrator (YAML). */
public record OrganizationFile(
    BlocEntry bloc,
    List<UnitEntry> units,
    @JsonProperty("mass-organisations") List<UnitEntry> massOrganisations,
    List<PersonEntry> people) {

  public OrganizationFile {
    units = units == null ? List.of() : List.copyOf(units);
    massOrganisations = massOrganisations == null ? List.of() : List.copyOf(massOrganisations);
    people = people == null ? List.of() : List.copyOf(people);
  }

  public record BlocEntry(
      String code,
      String name,
      @JsonProperty("header-name") String headerName,
      @JsonProperty("short-name") String shortName,
      String place,
      @JsonProperty("reviewing-office") String reviewingOffice,
      @JsonProperty("approving-committee") String approvingCommittee) {}

  /** A base unit (with cells when it is a committee), a cell or a mass organisation. */
  public record UnitEntry(String code, String name, UnitKind kind, List<UnitEntry> cells) {
    public UnitEntry {
      cells = cells == null ? List.of() : List.copyOf(cells);
    }
  }

  public record PersonEntry(
      String username, String name, String email, String unit, Position position, List<Role> roles) {
    public PersonEntry {
      roles = roles == null ? List.of() : List.copyOf(roles);
    }
  }
}
