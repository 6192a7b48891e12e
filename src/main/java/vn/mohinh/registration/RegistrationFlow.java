package vn.mohinh.registration;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.mohinh.organization.OrganizationDirectory;
import vn.mohinh.organization.Unit;
import vn.mohinh.organization.UnitGroups;

/**
 * What the registration's BPMN asks while it runs, as bean {@code registrationFlow}: the collections
 * of its multi-instances, its gateway conditions, task names, groups and deadline kinds. Read-only.
 */
@Component(RegistrationFlow.BEAN_NAME)
public class RegistrationFlow {

  public static final String BEAN_NAME = "registrationFlow";

  private final OrganizationDirectory directory;
  private final SubmissionService submissions;
  private final InitiativeRepository initiatives;

  public RegistrationFlow(OrganizationDirectory directory, SubmissionService submissions, InitiativeRepository initiatives) {
    this.directory = directory;
    this.submissions = submissions;
    this.initiatives = initiatives;
  }

  /** Every base unit of the bloc (committees and base cells), in the organisation's order. */
  public List<String> baseUnitCodes() {
    return directory.baseUnits().stream().map(Unit::code).toList();
  }

  /** The units that write plans under a base unit: a committee itself and each of its cells; a base cell itself. */
  public List<String> planningUnits(String baseUnitCode) {
    Unit unit = directory.requireUnit(baseUnitCode);
    List<String> codes = new ArrayList<>();
    codes.add(unit.code());
    if (unit.isCommittee()) {
      directory.cellsOf(unit.code()).forEach(cell -> codes.add(cell.code()));
    }
    return codes;
  }

  public boolean isCommittee(String unitCode) {
    return directory.requireUnit(unitCode).isCommittee();
  }

  /** A cell's plan is reviewed by its committee; a committee's own and a base cell's are not. */
  public boolean reviewedByCommittee(String unitCode) {
    return directory.requireUnit(unitCode).isCell();
  }

  /** The deadline kind of a unit's plan ({@code CELL_PLAN} for a cell, else {@code SUBMISSION}). */
  public String planDeadline(String unitCode) {
    return PlanService.planDeadline(directory.requireUnit(unitCode)).name();
  }

  /** "Chi bộ Văn phòng – Đảng bộ Sở Tài chính" */
  public String unitName(String unitCode) {
    return directory.requireUnit(unitCode).displayName();
  }

  /** The candidate group of a cell's review: its committee's group. */
  public List<String> committeeGroup(String cellCode) {
    Unit cell = directory.requireUnit(cellCode);
    return List.of(UnitGroups.groupOf(cell.parentCode() == null ? cell.code() : cell.parentCode()));
  }

  /** The models of a base unit sent back for revision (collection of the revision round). */
  public List<String> plansToRevise(int year, String baseUnitCode) {
    return submissions.toRevise(year, baseUnitCode);
  }

  /** The unit a model belongs to. */
  public String unitOfInitiative(String initiativeId) {
    return initiatives.find(initiativeId).map(Initiative::unitCode).orElseThrow(() -> new IllegalStateException("No model " + initiativeId));
  }
}
