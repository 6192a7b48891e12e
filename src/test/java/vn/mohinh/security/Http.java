package vn.mohinh.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A small HTTP client for the tests: HTTP Basic on the REST API, or a webapp login session. */
final class Http {

  static final String PASSWORD = "MoHinh@2026";
  private static final ObjectMapper JSON = new ObjectMapper();

  record Response(int status, String body, String contentType, String location) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("Not JSON (" + status + "): " + body, e);
      }
    }

    @Override
    public String toString() {
      return status + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
    }
  }

  private final String base;
  private final HttpClient client;
  private final CookieManager cookies;
  private final String basic;

  private Http(String base, String user, String password, boolean session) {
    this.base = base;
    this.cookies = session ? new CookieManager() : null;
    HttpClient.Builder builder = HttpClient.newBuilder();
    if (session) {
      builder.cookieHandler(cookies);
    }
    this.client = builder.build();
    this.basic = user == null || session ? null
        : "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** HTTP Basic as {@code user} with the demo password; null: anonymous. */
  static Http basic(int port, String user) {
    return new Http("http://localhost:" + port, user, PASSWORD, false);
  }

  static Http basic(int port, String user, String password) {
    return new Http("http://localhost:" + port, user, password, false);
  }

  /** A browser-like session, logged in to a webapp ("tasklist", "cockpit") as Tasklist does it. */
  static Http webapp(int port) {
    return new Http("http://localhost:" + port, null, null, true);
  }

  /** Logs in to a webapp; returns the login's status (200, or 401/403). */
  int login(String app, String user, String password) {
    get("/camunda/app/" + app + "/default/");
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
        + URLEncoder.encode(password, StandardCharsets.UTF_8);
    Response r = send("POST", "/camunda/api/admin/auth/user/default/login/" + app, form,
        "application/x-www-form-urlencoded");
    get("/camunda/app/" + app + "/default/"); // fresh CSRF token for the new session
    return r.status();
  }

  Response get(String path) {
    return send("GET", path, null, null);
  }

  /** A GET as a browser asks for a page ({@code Accept: text/html}); redirects are not followed. */
  Response getPage(String path) {
    return send("GET", path, null, null, "text/html");
  }

  Response post(String path, String json) {
    return send("POST", path, json, "application/json");
  }

  /** A POST of the session without its anti-forgery header, as a forged cross-site request would be. */
  Response postWithoutCsrfToken(String path, String json) {
    return send("POST", path, json, "application/json", "application/json", false);
  }

  Response send(String method, String path, String body, String contentType) {
    return send(method, path, body, contentType, "application/json");
  }

  Response send(String method, String path, String body, String contentType, String accept) {
    return send(method, path, body, contentType, accept, true);
  }

  private Response send(String method, String path, String body, String contentType, String accept, boolean csrf) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .header("Accept", accept);
    if (body != null) {
      request.header("Content-Type", contentType == null ? "application/json" : contentType);
    }
    if (basic != null) {
      request.header("Authorization", basic);
    }
    if (cookies != null && csrf) {
      for (HttpCookie cookie : cookies.getCookieStore().getCookies()) {
        if (cookie.getName().equals("XSRF-TOKEN")) {
          request.header("X-XSRF-TOKEN", cookie.getValue());
        }
      }
    }
    try {
      HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Response(response.statusCode(), response.body(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.headers().firstValue("Location").orElse(""));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
