package vn.mohinh.document;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.mohinh.organization.Bloc;
import vn.mohinh.organization.OrganizationDirectory;
import vn.mohinh.organization.Person;
import vn.mohinh.organization.Unit;

/**
 * Who issues a unit's documents, from the organisation directory (Hướng dẫn 36-HD/VPTW): above a
 * cell its đảng bộ ("ĐẢNG BỘ SỞ TÀI CHÍNH"), above a base unit the bloc's header name; a committee
 * issues as its đảng ủy ("ĐẢNG ỦY SỞ TÀI CHÍNH"), a cell as itself; the secretary signs.
 */
@Component
public class DocumentIssuers {

  private final OrganizationDirectory directory;
  private final DocumentProperties properties;

  public DocumentIssuers(OrganizationDirectory directory, DocumentProperties properties) {
    this.directory = directory;
    this.properties = properties;
  }

  /** The issuer of a unit's documents (plans, reports, the committee's mẫu 02). */
  public Issuer forUnit(String unitCode) {
    Unit unit = directory.requireUnit(unitCode);
    Bloc bloc = directory.bloc();
    String superior = unit.parentName() != null ? unit.parentName() : bloc.headerName();
    String issuing = unit.isCommittee() ? committeeOf(unit.name()) : unit.name();
    String signatory = directory.signatory(unitCode).map(Person::fullName).orElse(null);
    return Issuer.ofUnit(superior, issuing, unit.kind(), signatory, place());
  }

  /** The reviewing office, which compiles the bloc-wide lists. */
  public Issuer forReviewingOffice() {
    Bloc bloc = directory.bloc();
    return new Issuer(bloc.headerName(), bloc.reviewingOffice(), "", "", "", null, place());
  }

  /** The "Nơi nhận:" of a unit's documents: the committee above a cell, the bloc's committee above a base unit. */
  public List<String> recipientsFor(String unitCode) {
    Unit unit = directory.requireUnit(unitCode);
    String above = unit.parentName() != null ? committeeOf(unit.parentName()) : committeeOf(directory.bloc().shortName());
    return List.of(above + " (báo cáo)");
  }

  /** The place of the date line: configured, or the bloc's. */
  public String place() {
    String configured = properties.place();
    return configured == null || configured.isBlank() ? directory.bloc().place() : configured.strip();
  }

  /** The committee (đảng ủy) of a đảng bộ: "Đảng bộ Sở Tài chính" → "Đảng ủy Sở Tài chính". */
  static String committeeOf(String partyOrganisation) {
    String name = Texts.clean(partyOrganisation);
    String prefix = "đảng bộ ";
    if (name.length() > prefix.length() && name.substring(0, prefix.length()).toLowerCase(Locale.ROOT).equals(prefix)) {
      return "Đảng ủy " + name.substring(prefix.length());
    }
    return name;
  }
}
