package vn.mohinh.showcase;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Synchroniser tokens against cross-site request forgery for the product's own pages that change
 * something (a POST from a page form): the token lives in the user's session and must come back with
 * the form ({@code _csrf}) or in the {@code X-CSRF-Token} header. A forged request from another site
 * carries the session cookie but cannot know the token.
 */
final class FormTokens {

  static final String PARAMETER = "_csrf";
  static final String HEADER = "X-CSRF-Token";
  private static final String SESSION_ATTRIBUTE = FormTokens.class.getName();
  private static final SecureRandom RANDOM = new SecureRandom();

  private FormTokens() {}

  /** The session's token, created with the session if needed. */
  static String token(HttpServletRequest request) {
    HttpSession session = request.getSession(true);
    synchronized (session) {
      String token = (String) session.getAttribute(SESSION_ATTRIBUTE);
      if (token == null) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        session.setAttribute(SESSION_ATTRIBUTE, token);
      }
      return token;
    }
  }

  /** Whether the request carries the token of its session. */
  static boolean valid(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return false;
    }
    String expected = (String) session.getAttribute(SESSION_ATTRIBUTE);
    String given = request.getParameter(PARAMETER);
    if (given == null) {
      given = request.getHeader(HEADER);
    }
    return expected != null && given != null
        && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }
}
