package vn.mohinh.showcase;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the publication of good models ({@code mohinh.showcase}).
 *
 * @param approverUsers who approves a publication: the head of the reviewing office (Trưởng ban
 *     Tuyên giáo), by username. Users not active in the directory are ignored.
 * @param approverGroups groups that may approve as well (e.g. {@code approvers}, the standing
 *     committee, if the bloc wants it to approve publications). When neither names anybody active,
 *     the reviewing office ({@code reviewers}) approves.
 * @param pageSize models per page of the public list
 * @param feedSize entries of the Atom feed (the most recent publications)
 */
@ConfigurationProperties("mohinh.showcase")
public record ShowcaseProperties(List<String> approverUsers, List<String> approverGroups, Integer pageSize, Integer feedSize) {

  public ShowcaseProperties {
    approverUsers = clean(approverUsers);
    approverGroups = clean(approverGroups);
    pageSize = pageSize == null || pageSize < 1 ? 20 : Math.min(pageSize, 200);
    feedSize = feedSize == null || feedSize < 1 ? 50 : Math.min(feedSize, 500);
  }

  private static List<String> clean(List<String> values) {
    return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).distinct().toList();
  }
}
