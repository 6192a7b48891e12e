package vn.mohinh.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates the product's own pages and endpoints with the same identity as the Camunda
 * webapps: the Tasklist/Cockpit login session, or HTTP Basic for API clients (with Camunda's
 * login-attempt limits). Unauthenticated page requests are sent to the login page; API requests
 * get 401. While the request runs, the engine's authorization checks apply to the user.
 */
public class ProductAuthenticationFilter extends OncePerRequestFilter {

  static final String ENGINE = "default";
  static final String LOGIN_PAGE = "/camunda/app/welcome/default/";

  private final IdentityService identity;

  public ProductAuthenticationFilter(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    CurrentUser user = fromSession(request);
    if (user == null) {
      user = fromBasicAuth(request);
    }
    if (user == null) {
      refuse(request, response);
      return;
    }
    request.setAttribute(CurrentUser.REQUEST_ATTRIBUTE, user);
    identity.setAuthentication(user.userId(), user.groupIds());
    try {
      chain.doFilter(request, response);
    } finally {
      identity.clearAuthentication();
    }
  }

  private static CurrentUser fromSession(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    Authentication authentication =
        authentications == null ? null : authentications.getAuthenticationForProcessEngine(ENGINE);
    if (authentication instanceof UserAuthentication userAuthentication) {
      List<String> groups = userAuthentication.getGroupIds();
      return new CurrentUser(userAuthentication.getName(), groups == null ? List.of() : groups);
    }
    return null;
  }

  private CurrentUser fromBasicAuth(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return null;
    }
    String userId = decoded.substring(0, colon);
    if (!identity.checkPassword(userId, decoded.substring(colon + 1))) {
      return null;
    }
    List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    return new CurrentUser(userId, groups);
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String accept = request.getHeader("Accept");
    boolean page = "GET".equals(request.getMethod()) && accept != null && accept.contains("text/html")
        && request.getRequestURI().startsWith(request.getContextPath() + "/app/");
    if (page) {
      response.sendRedirect(request.getContextPath() + LOGIN_PAGE);
      return;
    }
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setHeader("WWW-Authenticate", "Basic realm=\"mohinh\", charset=\"UTF-8\"");
    response.setContentType("application/json;charset=UTF-8");
    response.getWriter().write("{\"type\":\"Unauthenticated\",\"message\":\"Cần đăng nhập để truy cập.\"}");
  }
}
