package vn.mohinh.document;

import vn.mohinh.organization.UnitKind;

/**
 * Who issues a document, as printed in its header and signature block (Hướng dẫn 36-HD/VPTW).
 *
 * @param superiorBody the body directly above the issuer, printed top left in regular capitals
 *     ("ĐẢNG BỘ KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH", or "ĐẢNG BỘ SỞ TÀI CHÍNH" above one of its cells)
 * @param issuingBody the issuing body, printed below it in bold capitals ("Chi bộ Văn phòng", "Đảng ủy Sở Tài chính")
 * @param onBehalfOf the body the signatory signs for: the "T/M …" line ("CHI BỘ", "ĐẢNG ỦY")
 * @param numberCode the issuer's code in document numbers ("CB" in {@code 12-KH/CB}, "ĐU" in {@code 07-BC/ĐU})
 * @param signatoryTitle the signatory's title ("BÍ THƯ")
 * @param signatoryName the signatory's name; blank leaves the space for a handwritten name
 * @param place the place of the date line ("Trà Vinh")
 */
public record Issuer(
    String superiorBody,
    String issuingBody,
    String onBehalfOf,
    String numberCode,
    String signatoryTitle,
    String signatoryName,
    String place) {

  public Issuer {
    superiorBody = Texts.clean(superiorBody);
    issuingBody = Texts.require(issuingBody, "issuingBody");
    onBehalfOf = Texts.clean(onBehalfOf);
    numberCode = Texts.clean(numberCode);
    signatoryTitle = Texts.clean(signatoryTitle);
    signatoryName = Texts.clean(signatoryName);
    place = Texts.require(place, "place");
  }

  /**
   * The issuer for a party unit: a cell or base cell signs "T/M CHI BỘ" with code CB, a committee
   * "T/M ĐẢNG ỦY" with code ĐU; the secretary (BÍ THƯ) signs.
   */
  public static Issuer ofUnit(
      String superiorBody, String issuingBody, UnitKind kind, String signatoryName, String place) {
    return new Issuer(
        superiorBody,
        issuingBody,
        Texts.upper(kind.signatoryBody()),
        kind.documentCode(),
        "BÍ THƯ",
        signatoryName,
        place);
  }

  /** The signature block of the issuer (T/M …, title, name). */
  public Signature signature() {
    return new Signature(onBehalfOf.isEmpty() ? "" : "T/M " + onBehalfOf, signatoryTitle, signatoryName);
  }
}
