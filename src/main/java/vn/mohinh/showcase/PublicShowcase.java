package vn.mohinh.showcase;

import java.time.Instant;

/**
 * A published model as the public sees it, and nothing more: no scores, comments, people or
 * internal ids beyond its own public id. The public page and the Atom feed only ever get these.
 *
 * @param id the public, stable id (URL and Atom entry id)
 * @param unitName the unit that carries the model out
 * @param body plain text; paragraphs are separated by blank lines
 */
public record PublicShowcase(
    String id,
    int year,
    String groupCode,
    String groupName,
    String unitName,
    String title,
    String summary,
    String body,
    Instant publishedAt,
    Instant updatedAt) {

  /** The body as paragraphs (blank lines separate them). */
  public java.util.List<String> paragraphs() {
    return Paragraphs.of(body);
  }
}
