package vn.mohinh.notification;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Links into Camunda Tasklist, from {@code mohinh.base-url}. */
public final class TasklistLinks {

  private final String base;

  public TasklistLinks(String baseUrl) {
    String url = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.strip();
    while (url.endsWith("/")) {
      url = url.substring(0, url.length() - 1);
    }
    this.base = url;
  }

  /** A path of the server ("/api/…") as an absolute link. */
  public String absolute(String path) {
    return base + (path.startsWith("/") ? path : "/" + path);
  }

  /** Tasklist itself. */
  public String tasklist() {
    return base + "/camunda/app/tasklist/default/";
  }

  /** The task opened in Tasklist. */
  public String task(String taskId) {
    return base + "/camunda/app/tasklist/default/#/?task=" + URLEncoder.encode(taskId, StandardCharsets.UTF_8);
  }
}
