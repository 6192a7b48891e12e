package vn.mohinh.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.mohinh.organization.OrganizationFile;
import vn.mohinh.organization.OrganizationFile.PersonEntry;
import vn.mohinh.organization.OrganizationFile.UnitEntry;
import vn.mohinh.organization.Position;
import vn.mohinh.organization.Role;
import vn.mohinh.organization.UnitKind;

/**
 * A generated organisation of any size, in the shape of a real bloc: a share of the base units are
 * committees (đảng bộ cơ sở) with cells, the others base cells; three mass organisations; the
 * reviewing office and the standing committee. Every unit has a secretary ({@code <code>.bithu})
 * and, when {@code peoplePerUnit} is 2, a committee member ({@code <code>.capuy}), all with an address.
 */
public final class SyntheticOrganization {

  public static final String REVIEWER = "btg.truongban";
  public static final String REVIEWER_2 = "btg.chuyenvien";
  public static final String APPROVER = "btv.bithu";

  /** A unit that registers models: its code, its committee (cells) and who works for it. */
  public record UnitInfo(String code, UnitKind kind, String parent, String secretary) {}

  private final OrganizationFile file;
  private final Map<String, UnitInfo> units;
  private final int baseUnits;
  private final int cells;
  private final int people;

  private SyntheticOrganization(OrganizationFile file, Map<String, UnitInfo> units, int baseUnits, int cells, int people) {
    this.file = file;
    this.units = units;
    this.baseUnits = baseUnits;
    this.cells = cells;
    this.people = people;
  }

  public static SyntheticOrganization build(int baseUnits, int cellsPerCommittee, double committeeShare, int peoplePerUnit) {
    int committees = (int) Math.round(baseUnits * committeeShare);
    List<UnitEntry> entries = new ArrayList<>();
    List<PersonEntry> persons = new ArrayList<>();
    Map<String, UnitInfo> units = new LinkedHashMap<>();
    int cells = 0;
    for (int i = 1; i <= baseUnits; i++) {
      boolean committee = i <= committees;
      String code = String.format(committee ? "db%05d" : "cb%05d", i);
      List<UnitEntry> cellEntries = new ArrayList<>();
      units.put(code, new UnitInfo(code, committee ? UnitKind.COMMITTEE : UnitKind.BASE_CELL, null, code + ".bithu"));
      addPeople(persons, code, peoplePerUnit);
      if (committee) {
        for (int c = 1; c <= cellsPerCommittee; c++) {
          String cell = code + "-c" + String.format("%02d", c);
          cellEntries.add(new UnitEntry(cell, "Chi bộ số " + c + " – Đảng bộ cơ sở số " + i, UnitKind.CELL, null));
          units.put(cell, new UnitInfo(cell, UnitKind.CELL, code, cell + ".bithu"));
          addPeople(persons, cell, peoplePerUnit);
          cells++;
        }
      }
      entries.add(new UnitEntry(code, (committee ? "Đảng bộ cơ sở số " : "Chi bộ cơ sở số ") + i,
          committee ? UnitKind.COMMITTEE : UnitKind.BASE_CELL, cellEntries));
    }
    List<UnitEntry> mass = List.of(
        new UnitEntry("cdk", "Công đoàn Khối", UnitKind.MASS_ORGANISATION, null),
        new UnitEntry("dtnk", "Đoàn Thanh niên Khối", UnitKind.MASS_ORGANISATION, null),
        new UnitEntry("hcbk", "Hội Cựu chiến binh Khối", UnitKind.MASS_ORGANISATION, null));
    for (UnitEntry m : mass) {
      persons.add(new PersonEntry(m.code() + ".chutich", "Chủ tịch " + m.name(), m.code() + ".chutich@bench.example.org",
          m.code(), Position.CHAIR, List.of()));
    }
    persons.add(new PersonEntry(REVIEWER, "Trưởng ban Thử nghiệm", REVIEWER + "@bench.example.org", null, null, List.of(Role.REVIEWER)));
    persons.add(new PersonEntry(REVIEWER_2, "Chuyên viên Thử nghiệm", REVIEWER_2 + "@bench.example.org", null, null, List.of(Role.REVIEWER)));
    persons.add(new PersonEntry(APPROVER, "Bí thư Thử nghiệm", APPROVER + "@bench.example.org", null, null, List.of(Role.APPROVER)));
    persons.add(new PersonEntry("admin", "Quản trị Thử nghiệm", "admin@bench.example.org", null, null, List.of(Role.ADMIN)));
    OrganizationFile file =
        new OrganizationFile(
            new OrganizationFile.BlocEntry("bench", "Đảng bộ Khối Thử nghiệm hiệu năng", null, "Đảng bộ Khối", "Vĩnh Long",
                "Ban Tuyên giáo và Dân vận Đảng ủy Khối", "Ban Thường vụ Đảng ủy Khối"),
            entries, mass, persons);
    return new SyntheticOrganization(file, units, baseUnits, cells, persons.size());
  }

  private static void addPeople(List<PersonEntry> persons, String unit, int peoplePerUnit) {
    persons.add(new PersonEntry(unit + ".bithu", "Bí thư " + unit, unit + ".bithu@bench.example.org", unit, Position.SECRETARY, List.of()));
    if (peoplePerUnit > 1) {
      persons.add(new PersonEntry(unit + ".capuy", "Cấp ủy viên " + unit, unit + ".capuy@bench.example.org", unit,
          Position.COMMITTEE_MEMBER, List.of()));
    }
  }

  public OrganizationFile file() {
    return file;
  }

  public UnitInfo unit(String code) {
    UnitInfo unit = units.get(code);
    if (unit == null) {
      throw new IllegalArgumentException("No unit " + code);
    }
    return unit;
  }

  public Map<String, UnitInfo> units() {
    return units;
  }

  /** The secretary's groups, as Camunda's identity mirror gives them. */
  public static List<String> groupsOf(String user) {
    if (user.startsWith("btg.")) {
      return List.of("reviewers");
    }
    if (user.startsWith("btv.")) {
      return List.of("approvers");
    }
    return List.of("unit-" + user.substring(0, user.indexOf('.')), "units");
  }

  public int baseUnits() {
    return baseUnits;
  }

  public int cells() {
    return cells;
  }

  public int people() {
    return people;
  }

  public int registeringUnits() {
    return baseUnits + cells;
  }
}
