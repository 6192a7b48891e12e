package vn.mohinh.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits of what reaches the engine's REST API ({@code /engine-rest/**} and the webapps'
 * {@code /camunda/api/engine/**}).
 *
 * @param maxBodySize largest request body accepted on a write; larger ones are refused before parsing
 * @param maxTextLength longest text accepted in any submitted field, whatever its form says
 * @param rawWriteGroups groups that may use the API's writes outside forms (variables, modification,
 *     messages, deployments, jobs, …); everybody else gets 403 there
 */
@ConfigurationProperties("mohinh.security")
public record EngineApiSecurityProperties(DataSize maxBodySize, Integer maxTextLength, List<String> rawWriteGroups) {

  public EngineApiSecurityProperties {
    maxBodySize = maxBodySize == null ? DataSize.ofMegabytes(1) : maxBodySize;
    maxTextLength = maxTextLength == null ? 20_000 : maxTextLength;
    rawWriteGroups = rawWriteGroups == null || rawWriteGroups.isEmpty() ? List.of("camunda-admin") : List.copyOf(rawWriteGroups);
  }
}
