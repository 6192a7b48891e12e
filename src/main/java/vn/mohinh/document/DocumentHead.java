package vn.mohinh.document;

import java.time.LocalDate;
import java.util.List;

/**
 * What every party document carries around its body: the issuer (header and signature), the
 * number line, the date line and the "Nơi nhận:" list.
 *
 * @param recipients the recipients before the file copy, without dash or punctuation
 *     ("Đảng ủy Khối (báo cáo)"); "Lưu." is added as the last line unless given
 */
public record DocumentHead(Issuer issuer, DocumentNumber number, LocalDate issuedOn, List<String> recipients) {

  public DocumentHead {
    if (issuer == null || issuedOn == null) {
      throw new IllegalArgumentException("issuer and issuedOn are required");
    }
    recipients = recipients == null ? List.of() : recipients.stream().map(Texts::clean).filter(r -> !r.isEmpty()).toList();
  }

  /** The date line: {@code Trà Vinh, ngày 05 tháng 02 năm 2026}. */
  public String dateLine() {
    return Texts.dateLine(issuer.place(), issuedOn);
  }

  /** The "Nơi nhận:" lines as printed: {@code - Đảng ủy Khối (báo cáo),} … {@code - Lưu.} */
  public List<String> recipientLines() {
    return recipientLines(recipients);
  }

  static List<String> recipientLines(List<String> recipients) {
    List<String> given = recipients.stream()
        .map(r -> r.replaceFirst("^[-–•+]\\s*", "").replaceFirst("[,;.]+$", "").strip())
        .filter(r -> !r.isEmpty())
        .toList();
    boolean hasFile = !given.isEmpty() && given.get(given.size() - 1).startsWith("Lưu");
    java.util.ArrayList<String> lines = new java.util.ArrayList<>();
    for (int i = 0; i < given.size(); i++) {
      boolean last = i == given.size() - 1 && hasFile;
      lines.add("- " + given.get(i) + (last ? "." : ","));
    }
    if (!hasFile) {
      lines.add("- Lưu.");
    }
    return lines;
  }
}
