package vn.mohinh.document;

/**
 * The signature block at the bottom right of a document.
 *
 * @param onBehalfOf the first line, "T/M CHI BỘ", "T/M ĐẢNG ỦY", "T/M BAN THƯỜNG VỤ"; may be empty
 * @param title the signatory's title, "BÍ THƯ"
 * @param name the signatory's name; blank leaves the space for a handwritten name
 */
public record Signature(String onBehalfOf, String title, String name) {

  public Signature {
    onBehalfOf = Texts.upper(Texts.clean(onBehalfOf));
    title = Texts.upper(Texts.clean(title));
    name = Texts.clean(name);
  }
}
