package vn.mohinh.security;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.mohinh.security.EngineApiRules.Kind;
import vn.mohinh.security.EngineApiRules.RawWrite;
import vn.mohinh.security.EngineApiRules.StartSubmission;
import vn.mohinh.security.EngineApiRules.TaskSubmission;
import vn.mohinh.security.EngineApiRules.UserWrite;
import vn.mohinh.security.SubmissionForms.Access;
import vn.mohinh.security.SubmissionForms.Lookup;

/**
 * Guards the engine's REST API, both {@code /engine-rest/**} and the webapps' own
 * {@code /camunda/api/engine/**} (Tasklist, Cockpit):
 *
 * <ul>
 *   <li>every submission ({@code task/{id}/submit-form}, {@code task/{id}/complete}, a process
 *       definition's {@code submit-form} and {@code start}) is checked against its form by the
 *       {@link SubmissionValidator} before it reaches the engine; a refused one answers 400 with
 *       {@code {"type":"InvalidSubmission","field":…,"message":…}} and changes nothing;
 *   <li>request bodies larger than the limit are refused before they are parsed (413);
 *   <li>writes outside forms (variables, task properties, identity links, delegation, modification,
 *       messages, signals, deployments, jobs, …) are for the configured groups (administrators)
 *       only: others get 403.
 * </ul>
 *
 * Requests without an authenticated user pass unchanged: the engine API's own authentication
 * refuses them.
 */
public class EngineApiGuard extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(EngineApiGuard.class);
  static final String ENGINE = "default";
  private static final Set<String> TASK_BODY = Set.of("variables", "withVariablesInReturn");
  private static final Set<String> START_BODY = Set.of("variables", "businessKey", "withVariablesInReturn");
  private static final Set<String> START_BODY_RAW =
      Set.of("variables", "businessKey", "withVariablesInReturn", "startInstructions", "skipCustomListeners",
          "skipIoMappings", "caseInstanceId");
  private static final int MAX_BUSINESS_KEY = 255;
  private static final Pattern TASK_COMMENTS = Pattern.compile("^/task/([^/]+)/comment$");
  private static final Pattern TASK_COMMENT_CREATE = Pattern.compile("^/task/([^/]+)/comment/create$");
  /**
   * One comment or attachment of a task: the REST API reads it by its id without looking at the
   * task, so the guard checks first that the user may read the task.
   */
  private static final Pattern TASK_HISTORY_ITEM =
      Pattern.compile("^/task/([^/]+)/(comment|attachment)/[^/]+(/data)?$");

  private final List<String> mounts;
  private final SubmissionForms forms;
  private final SubmissionValidator validator;
  private final TaskComments comments;
  private final IdentityService identity;
  private final EngineApiSecurityProperties properties;
  private final ObjectMapper json =
      JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

  /**
   * @param restMount where the REST API is mounted ({@code /engine-rest})
   * @param webappEngineMount where the webapps' engine API is mounted ({@code /camunda/api/engine})
   */
  public EngineApiGuard(String restMount, String webappEngineMount, SubmissionForms forms, SubmissionValidator validator,
      TaskComments comments, IdentityService identity, EngineApiSecurityProperties properties) {
    this.mounts = List.of(restMount, webappEngineMount);
    this.forms = forms;
    this.validator = validator;
    this.comments = comments;
    this.identity = identity;
    this.properties = properties;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = EngineApiRules.relativePath(request.getRequestURI(), request.getContextPath(), mounts);
    CurrentUser user = path == null ? null : currentUser(request);
    if (user == null) {
      chain.doFilter(request, response);
      return;
    }
    boolean rawWriter = user.groupIds().stream().anyMatch(properties.rawWriteGroups()::contains);
    Kind kind = EngineApiRules.classify(request.getMethod(), path);
    if (!rawWriter && request.getHeader("X-HTTP-Method-Override") != null) {
      kind = new RawWrite();
    }
    if (!rawWriter && request.getHeader("X-HTTP-Method-Override") == null && comments(request, response, path, user)) {
      return;
    }
    if (kind instanceof TaskSubmission || kind instanceof StartSubmission) {
      submit(request, response, chain, user, rawWriter, kind);
    } else if (kind instanceof RawWrite && !rawWriter) {
      LOG.info("Refused {} {} for {}: a write outside forms", request.getMethod(), path, user.userId());
      write(response, HttpServletResponse.SC_FORBIDDEN, Map.of(
          "type", "Forbidden",
          "message", "Bạn không có quyền thực hiện thao tác này. Dữ liệu của công việc chỉ được gửi qua biểu mẫu"
              + " của công việc (Tasklist)."));
    } else if (kind instanceof UserWrite && tooLarge(request)) {
      tooLarge(response, null, null);
    } else if (kind instanceof UserWrite && "PUT".equalsIgnoreCase(request.getMethod()) && path.endsWith("/credentials")) {
      newPassword(request, response, chain);
    } else {
      chain.doFilter(request, response);
    }
  }

  /**
   * The comments of a task the user may read now ({@link TaskComments}); a single comment or
   * attachment only if the user may read its task. True if the request has been answered.
   */
  private boolean comments(HttpServletRequest request, HttpServletResponse response, String path, CurrentUser user)
      throws IOException {
    String method = request.getMethod().toUpperCase(Locale.ROOT);
    Matcher list = TASK_COMMENTS.matcher(path);
    Matcher create = TASK_COMMENT_CREATE.matcher(path);
    Matcher item = TASK_HISTORY_ITEM.matcher(path);
    if (method.equals("GET") && list.matches()) {
      if (comments.visibleTask(list.group(1), user) == null) {
        return false; // the engine answers: the task's history if the user may read it, else 404
      }
      answer(response, HttpServletResponse.SC_OK, comments.list(list.group(1)));
      return true;
    }
    if (method.equals("POST") && create.matches()) {
      Task task = comments.visibleTask(create.group(1), user);
      if (task == null || !csrfTokenValid(request)) {
        return false; // the engine refuses a task the user does not see; the webapps' CSRF filter a missing token
      }
      Body read = readCapped(request);
      String message = read.complete() ? comments.message(read.bytes()) : null;
      if (!read.complete() || message == null || message.length() > TaskComments.MAX_MESSAGE) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("type", "InvalidRequest");
        answer.put("field", "message");
        answer.put("message", message == null && read.complete()
            ? "Ý kiến không được để trống."
            : "Ý kiến dài quá " + TaskComments.MAX_MESSAGE + " ký tự.");
        write(response, read.complete() ? HttpServletResponse.SC_BAD_REQUEST : HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
            answer);
        return true;
      }
      answer(response, HttpServletResponse.SC_OK, comments.create(task, message, user));
      return true;
    }
    if (method.equals("GET") && item.matches() && !comments.mayRead(item.group(1), user)) {
      write(response, HttpServletResponse.SC_NOT_FOUND, Map.of(
          "type", "TaskNotFound",
          "message", "Không tìm thấy công việc hoặc bạn không có quyền xem công việc này."));
      return true;
    }
    return false;
  }

  /**
   * For the webapps' API (a login session, so a browser's cookies): the request carries the
   * session's anti-forgery token, as Camunda's CSRF filter (which runs after this guard) requires.
   * The REST API authenticates every request itself (HTTP Basic, no cookies).
   */
  private boolean csrfTokenValid(HttpServletRequest request) {
    String webapp = EngineApiRules.relativePath(request.getRequestURI(), request.getContextPath(), mounts.subList(1, 2));
    if (webapp == null) {
      return true;
    }
    HttpSession session = request.getSession(false);
    Object expected = session == null ? null : session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    String given = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
    return expected instanceof String token && given != null
        && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }

  private static void answer(HttpServletResponse response, int status, byte[] json) throws IOException {
    response.setStatus(status);
    response.setContentType("application/json;charset=UTF-8");
    response.getOutputStream().write(json);
  }

  /** A weak new password is a bad request (the engine would answer 500): checked against the policy first. */
  private void newPassword(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Body read = readCapped(request);
    if (!read.complete()) {
      tooLarge(response, null, null);
      return;
    }
    String password = null;
    try {
      JsonNode root = json.readTree(read.bytes());
      password = root == null ? null : root.path("password").asText(null);
    } catch (IOException e) {
      // the engine answers for a malformed body
    }
    if (password != null && !identity.checkPasswordAgainstPolicy(password).isValid()) {
      Map<String, Object> answer = new LinkedHashMap<>();
      answer.put("type", "PasswordPolicyViolation");
      answer.put("field", "password");
      answer.put("message", "Mật khẩu mới chưa đủ mạnh: cần ít nhất 10 ký tự, gồm chữ hoa, chữ thường, chữ số"
          + " và ký tự đặc biệt.");
      write(response, HttpServletResponse.SC_BAD_REQUEST, answer);
      return;
    }
    chain.doFilter(new BodyRequest(request, read.bytes()), response);
  }

  private void submit(HttpServletRequest request, HttpServletResponse response, FilterChain chain, CurrentUser user,
      boolean rawWriter, Kind kind) throws IOException, ServletException {
    Lookup lookup = kind instanceof TaskSubmission task
        ? forms.task(task.taskId(), user)
        : forms.start(((StartSubmission) kind).definitionId(), ((StartSubmission) kind).key(),
            ((StartSubmission) kind).tenantId(), user);
    if (lookup.access() == Access.NOT_FOUND) {
      if (kind instanceof TaskSubmission) {
        write(response, HttpServletResponse.SC_NOT_FOUND, Map.of(
            "type", "TaskNotFound",
            "message", "Không tìm thấy công việc: công việc không tồn tại hoặc đã được hoàn thành."));
      } else {
        chain.doFilter(request, response); // the engine answers 404
      }
      return;
    }
    if (lookup.access() == Access.NOT_VISIBLE) {
      write(response, HttpServletResponse.SC_FORBIDDEN, Map.of(
          "type", "Forbidden",
          "message", kind instanceof TaskSubmission
              ? "Bạn không có quyền với công việc này."
              : "Bạn không có quyền khởi tạo quy trình này."));
      return;
    }
    FormSchema form = lookup.target().form();
    Body read = readCapped(request);
    if (!read.complete()) {
      tooLarge(response, oversizedField(read.bytes()), form);
      return;
    }
    byte[] body = read.bytes();
    InvalidSubmission problem = check(body, kind, rawWriter, lookup);
    if (problem != null) {
      LOG.info("Refused a submission to {} by {}: field {}: {}", request.getRequestURI(), user.userId(),
          problem.field(), problem.message());
      Map<String, Object> answer = new LinkedHashMap<>();
      answer.put("type", "InvalidSubmission");
      answer.put("field", problem.field());
      answer.put("message", problem.message());
      write(response, HttpServletResponse.SC_BAD_REQUEST, answer);
      return;
    }
    chain.doFilter(new BodyRequest(request, body), response);
  }

  private InvalidSubmission check(byte[] body, Kind kind, boolean rawWriter, Lookup lookup) {
    JsonNode root;
    if (body.length == 0) {
      root = json.createObjectNode();
    } else {
      try {
        root = json.readTree(body);
      } catch (IOException e) {
        return new InvalidSubmission(null, "Dữ liệu gửi lên không phải JSON hợp lệ.");
      }
    }
    if (root == null || root.isMissingNode()) {
      root = json.createObjectNode();
    }
    if (!root.isObject()) {
      return new InvalidSubmission(null, "Dữ liệu gửi lên phải là một đối tượng JSON.");
    }
    Set<String> allowed = kind instanceof TaskSubmission ? TASK_BODY : rawWriter ? START_BODY_RAW : START_BODY;
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!allowed.contains(name)) {
        return new InvalidSubmission(name, "Không được gửi “" + name + "” cùng biểu mẫu.");
      }
    }
    JsonNode businessKey = root.get("businessKey");
    if (businessKey != null && !businessKey.isNull()) {
      if (!businessKey.isTextual() || businessKey.asText().length() > MAX_BUSINESS_KEY
          || businessKey.asText().chars().anyMatch(c -> c < 0x20)) {
        return new InvalidSubmission("businessKey", "Mã nghiệp vụ (business key) không hợp lệ (văn bản, tối đa "
            + MAX_BUSINESS_KEY + " ký tự).");
      }
    }
    JsonNode with = root.get("withVariablesInReturn");
    if (with != null && !with.isNull() && !with.isBoolean()) {
      return new InvalidSubmission("withVariablesInReturn", "“withVariablesInReturn” phải là true hoặc false.");
    }
    return validator.validate(lookup.target().form(), root.get("variables"), lookup.target().variables()).orElse(null);
  }

  private boolean tooLarge(HttpServletRequest request) {
    return request.getContentLengthLong() > properties.maxBodySize().toBytes();
  }

  /** The body read up to the limit; {@code complete} is false if it is larger (the rest is not read). */
  private record Body(byte[] bytes, boolean complete) {}

  private Body readCapped(HttpServletRequest request) throws IOException {
    long max = properties.maxBodySize().toBytes();
    if (request.getContentLengthLong() > max * 4) {
      return new Body(new byte[0], false); // not worth reading any of it
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    InputStream in = request.getInputStream();
    int n;
    while ((n = in.read(buffer)) > 0) {
      if (out.size() + n > max) {
        out.write(buffer, 0, (int) (max - out.size()));
        return new Body(out.toByteArray(), false);
      }
      out.write(buffer, 0, n);
    }
    return new Body(out.toByteArray(), true);
  }

  /**
   * Which variable made the body too large: the one being read where the limit cut the body (a
   * streaming look at the part that was read, which never builds the values).
   */
  private String oversizedField(byte[] prefix) {
    String variable = null;
    try (JsonParser parser = json.getFactory().createParser(prefix)) {
      int depth = 0;
      boolean inVariables = false;
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
          depth++;
          if (depth == 2 && "variables".equals(parser.currentName())) {
            inVariables = true;
          }
        } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          depth--;
          if (depth < 2) {
            inVariables = false;
          }
        } else if (token == JsonToken.FIELD_NAME && inVariables && depth == 2) {
          variable = parser.currentName();
        }
      }
    } catch (IOException e) {
      // the cut: the variable being read is the one named last
    }
    return variable;
  }

  private void tooLarge(HttpServletResponse response, String field, FormSchema form) throws IOException {
    long mb = Math.max(1, properties.maxBodySize().toMegabytes());
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("type", "InvalidSubmission");
    answer.put("field", field);
    String label = field;
    if (field != null && form != null && form.root().children().get(field) != null
        && form.root().children().get(field).label() != null) {
      label = form.root().children().get(field).label();
    }
    answer.put("message", field == null
        ? "Dữ liệu gửi lên quá lớn (tối đa " + mb + " MB)."
        : "Trường “" + label + "” quá dài: dữ liệu gửi lên vượt quá " + mb + " MB.");
    write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, answer);
  }

  private void write(HttpServletResponse response, int status, Map<String, ?> body) throws IOException {
    response.setStatus(status);
    response.setContentType("application/json;charset=UTF-8");
    response.getOutputStream().write(json.writeValueAsBytes(body));
  }

  /**
   * The authenticated user: on {@code /engine-rest} the REST API's authentication filter has
   * already set it on the engine; on the webapps' API it is in the login session.
   */
  private CurrentUser currentUser(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
      var authentication = authentications == null ? null : authentications.getAuthenticationForProcessEngine(ENGINE);
      if (authentication instanceof UserAuthentication user && request.getRequestURI().contains("/api/engine/")) {
        return new CurrentUser(user.getName(), user.getGroupIds() == null ? List.of() : List.copyOf(user.getGroupIds()));
      }
    }
    Authentication current = identity.getCurrentAuthentication();
    if (current != null && current.getUserId() != null) {
      return new CurrentUser(current.getUserId(), current.getGroupIds() == null ? List.of() : current.getGroupIds());
    }
    return null;
  }

  /** The request with its body already read. */
  private static final class BodyRequest extends HttpServletRequestWrapper {
    private final byte[] body;

    BodyRequest(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException();
        }

        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      String encoding = getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding();
      return new BufferedReader(new InputStreamReader(getInputStream(), java.nio.charset.Charset.forName(encoding)));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
