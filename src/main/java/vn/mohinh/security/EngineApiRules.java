package vn.mohinh.security;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sorts requests to the engine's REST API (the path below {@code /engine-rest} or the webapps'
 * {@code /api/engine}, with or without {@code /engine/{name}}) into reads, submissions that must
 * be validated against their form, the few writes every user may make (claim, unclaim, comment,
 * queries sent by POST, their own password), and everything else: raw writes, for the
 * administrators only. Unknown writes are raw writes (deny by default).
 */
public final class EngineApiRules {

  /** What a request is. */
  public sealed interface Kind permits Read, TaskSubmission, StartSubmission, UserWrite, RawWrite {}

  public record Read() implements Kind {}

  /** {@code POST /task/{id}/submit-form} or {@code /complete}. */
  public record TaskSubmission(String taskId) implements Kind {}

  /** {@code POST /process-definition/{id}/…} or {@code /process-definition/key/{key}[/tenant-id/{t}]/…}, submit-form or start. */
  public record StartSubmission(String definitionId, String key, String tenantId) implements Kind {}

  public record UserWrite() implements Kind {}

  public record RawWrite() implements Kind {}

  private static final Pattern TASK_SUBMISSION = Pattern.compile("^/task/([^/]+)/(submit-form|complete)$");
  private static final Pattern START_BY_ID = Pattern.compile("^/process-definition/([^/]+)/(submit-form|start)$");
  private static final Pattern START_BY_KEY =
      Pattern.compile("^/process-definition/key/([^/]+)(?:/tenant-id/([^/]+))?/(submit-form|start)$");
  private static final Pattern NAMED_ENGINE = Pattern.compile("^/engine/[^/]+(/.*)?$");

  private static final List<Pattern> USER_POSTS =
      List.of(
          Pattern.compile("^/task/[^/]+/(claim|unclaim)$"),
          Pattern.compile("^/task/[^/]+/comment/create$"),
          // queries sent by POST (Tasklist and Cockpit use them); the engine filters what they return
          Pattern.compile("^/(task|process-instance|execution|variable-instance|job|job-definition|incident|external-task"
              + "|case-instance|case-execution|event-subscription)(/count)?$"),
          Pattern.compile("^/history/(?!cleanup$)[a-z-]+(/count)?$"),
          Pattern.compile("^/filter/[^/]+/(list|count|singleResult)$"),
          Pattern.compile("^/identity/password-policy$"));
  private static final Pattern OWN_CREDENTIALS = Pattern.compile("^/user/[^/]+/credentials$");

  private EngineApiRules() {}

  public static Kind classify(String method, String path) {
    String m = method.toUpperCase(java.util.Locale.ROOT);
    if (m.equals("GET") || m.equals("HEAD") || m.equals("OPTIONS")) {
      return new Read();
    }
    if (m.equals("POST")) {
      Matcher task = TASK_SUBMISSION.matcher(path);
      if (task.matches()) {
        return new TaskSubmission(task.group(1));
      }
      Matcher byKey = START_BY_KEY.matcher(path);
      if (byKey.matches()) {
        return new StartSubmission(null, byKey.group(1), byKey.group(2));
      }
      Matcher byId = START_BY_ID.matcher(path);
      if (byId.matches() && !byId.group(1).equals("key")) {
        return new StartSubmission(byId.group(1), null, null);
      }
      for (Pattern p : USER_POSTS) {
        if (p.matcher(path).matches()) {
          return new UserWrite();
        }
      }
    }
    if (m.equals("PUT") && OWN_CREDENTIALS.matcher(path).matches()) {
      return new UserWrite(); // the engine lets users change their own password only (and checks the old one)
    }
    return new RawWrite();
  }

  /**
   * The path of a request below the engine API's mount point, normalised as the JAX-RS runtime
   * sees it (path parameters removed, percent-decoding, duplicate and trailing slashes removed,
   * {@code /engine/{name}} removed); null if the request is not for the engine API or the path is
   * not acceptable (an encoded slash, a dot segment, bad encoding).
   */
  public static String relativePath(String requestUri, String contextPath, List<String> mounts) {
    String path = requestUri;
    if (contextPath != null && !contextPath.isEmpty() && path.startsWith(contextPath)) {
      path = path.substring(contextPath.length());
    }
    StringBuilder normal = new StringBuilder();
    for (String segment : path.split("/")) {
      int semicolon = segment.indexOf(';');
      if (semicolon >= 0) {
        segment = segment.substring(0, semicolon);
      }
      if (segment.isEmpty()) {
        continue;
      }
      String decoded;
      try {
        decoded = URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return "/\u0000invalid";
      }
      if (decoded.contains("/") || decoded.equals(".") || decoded.equals("..") || decoded.contains("\\")) {
        return "/\u0000invalid";
      }
      normal.append('/').append(decoded);
    }
    String p = normal.toString();
    for (String mount : mounts) {
      if (p.equals(mount) || p.startsWith(mount + "/")) {
        String rest = p.substring(mount.length());
        Matcher named = NAMED_ENGINE.matcher(rest);
        if (named.matches()) {
          rest = named.group(1) == null ? "" : named.group(1);
        }
        return rest.isEmpty() ? "/" : rest;
      }
    }
    return null;
  }
}
