package vn.mohinh.registration;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.mohinh.organization.OrganizationDirectory;
import vn.mohinh.organization.Unit;
import vn.mohinh.platform.EngineClock;

/** The registration's tables, computed from the domain tables: mẫu 02, the bloc-wide list, who has no model. */
@Service
public class RegistrationQueries {

  /** The statuses that count as "registered" in mẫu 02: written and not sent back for revision. */
  static final Set<InitiativeStatus> REGISTERED =
      EnumSet.of(InitiativeStatus.SUBMITTED, InitiativeStatus.APPROVED, InitiativeStatus.ACCEPTED);

  /** A unit that has not even opened its registration task yet. */
  static final String NOT_STARTED = "Chưa bắt đầu đăng ký";

  private final InitiativeRepository initiatives;
  private final OrganizationDirectory directory;
  private final RegistrationProperties properties;

  public RegistrationQueries(InitiativeRepository initiatives, OrganizationDirectory directory, RegistrationProperties properties) {
    this.initiatives = initiatives;
    this.directory = directory;
    this.properties = properties;
  }

  /**
   * A row of mẫu 02. {@code firstOfUnit}: the unit's first model (the template names the unit on
   * that row only).
   */
  public record Mau02Row(int tt, String unitCode, String unitName, boolean firstOfUnit, String initiativeId, String name,
      String period, boolean continuing) {}

  /** A section of a plan, for reading several plans in one table. */
  public record PlanDetail(String unitName, String initiativeName, String section, String text) {}

  /** A unit that has no model accepted by the bloc yet, and where it stands. */
  public record UnitWithoutModel(String unitCode, String unitName, String baseUnitName, String state) {}

  /** Units without an accepted model: the first {@code units} of {@code total}, as of {@code at}. */
  public record MissingUnits(List<UnitWithoutModel> units, int total, int registeringUnits, Instant at) {}

  /** A model in the bloc-wide list. */
  public record BlocRow(int tt, String baseUnitName, String unitName, String name, String groupName, String period,
      Boolean continuing, InitiativeStatus status) {}

  /** The bloc-wide figures of the registration. */
  public record BlocSummary(int year, List<BlocRow> rows, int models, int continuing, int newModels,
      Map<String, Integer> byGroup, int registeringUnits, int unitsWithAcceptedModel, MissingUnits missing) {}

  /** The generated mẫu 02 of a base unit: its registered models (the committee's own and its cells'), in unit order. */
  public List<Mau02Row> mau02(int year, String baseUnitCode) {
    List<Mau02Row> rows = new ArrayList<>();
    String previousUnit = null;
    for (Initiative i : initiatives.ofBaseUnit(year, baseUnitCode, REGISTERED)) {
      Unit unit = directory.requireUnit(i.unitCode());
      rows.add(
          new Mau02Row(
              rows.size() + 1, unit.code(), unit.name(), !unit.code().equals(previousUnit), i.id(), i.name(), i.period(),
              Boolean.TRUE.equals(i.continuing())));
      previousUnit = unit.code();
    }
    return rows;
  }

  /** Every section of every registered plan of a base unit. */
  public List<PlanDetail> planDetails(int year, String baseUnitCode) {
    List<PlanDetail> details = new ArrayList<>();
    for (Initiative i : initiatives.ofBaseUnit(year, baseUnitCode, REGISTERED)) {
      String unitName = directory.requireUnit(i.unitCode()).name();
      PlanContent content = initiatives.content(i.id());
      details.add(new PlanDetail(unitName, i.name(), PlanField.GROUP.label(), groupName(i)));
      details.add(new PlanDetail(unitName, i.name(), "Ghi chú", PlanField.typeLabel(i.continuing())));
      details.add(new PlanDetail(unitName, i.name(), PlanField.PERIOD.label(), i.period()));
      for (PlanField section : PlanField.sections()) {
        String text = content.section(section);
        details.add(new PlanDetail(unitName, i.name(), section.label(), text == null ? "" : text));
      }
    }
    return details;
  }

  /**
   * The units that must register (every cell, committee and base cell) and have no model accepted by
   * the bloc for the year yet.
   */
  public MissingUnits unitsWithoutAcceptedModel(int year) {
    List<UnitWithoutModel> units = new ArrayList<>();
    List<InitiativeRepository.UnitProgress> progress = initiatives.unitsWithoutAccepted(year, properties.listLimit());
    for (InitiativeRepository.UnitProgress u : progress) {
      units.add(
          new UnitWithoutModel(
              u.unitCode(), u.unitName(), u.parentName() == null ? u.unitName() : u.parentName(),
              u.best() == null ? NOT_STARTED : u.best().label()));
    }
    // a list shorter than the limit is all of them: no second pass over every unit to count them
    int total = progress.size() < properties.listLimit() ? progress.size() : initiatives.countUnitsWithoutAccepted(year);
    return new MissingUnits(units, total, initiatives.countRegisteringUnits(), EngineClock.now());
  }

  /** The bloc-wide registration of the year. */
  public BlocSummary blocSummary(int year) {
    List<BlocRow> rows = new ArrayList<>();
    int models = 0;
    int continuing = 0;
    Map<String, Integer> byGroup = new LinkedHashMap<>();
    properties.initiativeGroups().forEach(g -> byGroup.put(g.name(), 0));
    java.util.Set<String> unitsWithAccepted = new java.util.HashSet<>();
    Map<String, Unit> units = new java.util.HashMap<>();
    directory.registeringUnits().forEach(u -> units.put(u.code(), u));
    for (Initiative i : initiatives.ofYear(year)) {
      if (i.status() == InitiativeStatus.DRAFT) {
        continue;
      }
      if (i.status() == InitiativeStatus.ACCEPTED) {
        unitsWithAccepted.add(i.unitCode());
        models++;
        if (Boolean.TRUE.equals(i.continuing())) {
          continuing++;
        }
        byGroup.merge(groupName(i), 1, Integer::sum);
      }
      if (rows.size() < properties.listLimit()) {
        Unit unit = units.get(i.unitCode());
        rows.add(
            new BlocRow(
                rows.size() + 1,
                unit == null ? i.baseUnitCode() : baseUnitName(unit),
                unit == null ? i.unitCode() : unit.name(),
                i.name(), groupName(i), i.period(), i.continuing(), i.status()));
      }
    }
    MissingUnits missing = unitsWithoutAcceptedModel(year);
    return new BlocSummary(
        year, rows, models, continuing, models - continuing, byGroup, missing.registeringUnits(), unitsWithAccepted.size(),
        missing);
  }

  private String groupName(Initiative i) {
    if (i.groupCode() == null) {
      return "";
    }
    return properties.group(i.groupCode()).map(InitiativeGroup::name).orElse(i.groupName() == null ? i.groupCode() : i.groupName());
  }

  private static String baseUnitName(Unit unit) {
    return unit.parentName() == null ? unit.name() : unit.parentName();
  }

}
