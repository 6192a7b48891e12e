package vn.mohinh.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.mohinh.cycle.CycleRepository;
import vn.mohinh.cycle.DeadlineCalendar;
import vn.mohinh.document.DocumentLinks;
import vn.mohinh.notification.OutboxMail;
import vn.mohinh.notification.OutboxRepository;
import vn.mohinh.registration.Initiative;
import vn.mohinh.registration.InitiativeRepository;
import vn.mohinh.registration.PlanField;
import vn.mohinh.registration.PlanService;
import vn.mohinh.testsupport.YearData;

/**
 * Safe output, end to end: hostile text typed into plans goes through the real submission path
 * (the REST API, its guard and form check, the registration process and its services) and is
 * checked in every place it is shown again — the mails (HTML part escaped, text part as typed),
 * the admin's mailbox page, the plan (mẫu 01, .docx: text runs, never a field), the committee's
 * summary (mẫu 02) and the bloc summary (.xlsx: string cells, never a formula).
 *
 * <p>Covered elsewhere and not repeated here: every formula prefix and the quote prefix at the
 * generators ({@code XlsxGeneratorTest.formulaLookingEntriesAreStoredAsText}); the public showcase
 * page escapes a published model's text ({@code PublicShowcasePageTest}); the mail templates
 * escape a comment ({@code NotificationFlowTest.aReturnedPlansMailCarriesTheCommentEscaped}); code-like
 * text is accepted and stored as typed ({@code SubmissionApiTest.textThatLooksLikeCodeIsStoredAsItWasTypedAndReturnedAsJson});
 * a 1 MB text is refused with 413 naming the field and nothing stored
 * ({@code SubmissionApiTest.aTextOfOneMegabyteIsRefusedBeforeParsingNamingTheField}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SafeOutputTest {

  /** A year (and a term of document numbers, 2055–2059) no other test uses. */
  static final int YEAR = 2057;

  static final String SCRIPT = "<script>alert(1)</script>";
  static final String IMG = "<img src=x onerror=alert(document.cookie)>";
  /** One model name per cell of committee stc, each a spreadsheet formula, some with HTML too. */
  static final Map<String, String> NAMES = new LinkedHashMap<>();

  static {
    NAMES.put("stc-vp", "=HYPERLINK(\"http://evil.example\",\"bấm\") " + IMG);
    NAMES.put("stc-ns", "+cmd|' /C calc'!A0 " + SCRIPT);
    NAMES.put("stc-dn", "@SUM(1+1)*cmd|' /C calc'!A0");
    NAMES.put("stc-th", "-1+1");
  }

  static final String SITUATION = "Chi bộ có 12 đảng viên. " + SCRIPT + " " + IMG + " =HYPERLINK(\"http://evil.example\")";
  static final String COMMENT = "Bổ sung số liệu " + SCRIPT + " & “trích dẫn” " + IMG;

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired CycleRepository cycles;
  @Autowired DeadlineCalendar calendar;
  @Autowired InitiativeRepository initiatives;
  @Autowired OutboxRepository outbox;
  @Autowired JdbcClient jdbc;

  private final HttpClient client = HttpClient.newHttpClient();

  @BeforeAll
  void writeHostilePlansThroughTheRestApi() {
    // the year is open (its deadlines give the tasks their due dates); no opening mail to the bloc
    Instant now = Instant.now();
    cycles.insertYear(YEAR, now, "btg.truongban", null);
    calendar.defaultsFor(YEAR).forEach((kind, at) -> cycles.insertDeadline(YEAR, kind, at, now, "btg.truongban"));
    for (String cell : NAMES.keySet()) {
      engine.getRuntimeService().startProcessInstanceByKey("Process_PlanRegistration", YEAR + "/" + cell,
          Map.of("year", YEAR, "unitCode", cell));
      submit(cell + ".bithu", task("Task_WritePlan", cell), plan(NAMES.get(cell)));
    }
    // the committee returns one plan with a hostile comment; the cell sends it again; all approved
    submit("stc.bithu", task("Task_ReviewCellPlan", "stc-vp"), review(PlanService.RETURN, COMMENT));
    submit("stc-vp.bithu", task("Task_WritePlan", "stc-vp"), plan(NAMES.get("stc-vp")));
    for (String cell : NAMES.keySet()) {
      submit("stc.bithu", task("Task_ReviewCellPlan", cell), review(PlanService.APPROVE, null));
    }
  }

  @AfterAll
  void removeTheYear() {
    List<String> running = new ArrayList<>();
    engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKeyLike(YEAR + "/%").list()
        .forEach(p -> running.add(p.getId()));
    if (!running.isEmpty()) {
      engine.getRuntimeService().deleteProcessInstances(running, "test over", true, true);
    }
    List<String> ended = new ArrayList<>();
    engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKeyLike(YEAR + "/%").list()
        .forEach(p -> ended.add(p.getId()));
    if (!ended.isEmpty()) {
      engine.getHistoryService().deleteHistoricProcessInstances(ended);
    }
    YearData.delete(jdbc, YEAR);
  }

  // ------------------------------------------------------------------ the real submission path

  private Task task(String key, String unit) {
    List<Task> found = engine.getTaskService().createTaskQuery().taskDefinitionKey(key)
        .processInstanceBusinessKey(YEAR + "/" + unit).list();
    assertThat(found).as("%s of %s", key, unit).hasSize(1);
    return found.get(0);
  }

  /** What Tasklist sends: every field of the form, as {@code {"variables": {key: {"value": …}}}}. */
  private void submit(String user, Task task, Map<String, Object> values) {
    ObjectNode body = JSON.createObjectNode();
    ObjectNode variables = body.putObject("variables");
    values.forEach((key, value) -> variables.putObject(key).set("value", JSON.valueToTree(value)));
    Http.Response r = Http.basic(port, user).post("/engine-rest/task/" + task.getId() + "/submit-form", body.toString());
    assertThat(r.status()).as(user + " submits " + task.getTaskDefinitionKey() + ": " + r).isEqualTo(204);
  }

  private static Map<String, Object> plan(String name) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put(PlanField.NAME.key(), name);
    values.put(PlanField.GROUP.key(), "PARTY_BUILDING");
    values.put(PlanField.TYPE.key(), PlanField.NEW);
    values.put(PlanField.PERIOD.key(), "-Tháng 3 – tháng 11/" + YEAR);
    for (PlanField section : PlanField.sections()) {
      values.put(section.key(), section == PlanField.SITUATION ? SITUATION : "@" + section.label());
    }
    values.put(PlanField.ADD_ANOTHER.key(), false);
    return values;
  }

  private static Map<String, Object> review(String decision, String comment) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("reviewDecision", decision);
    values.put("reviewComment", comment);
    return values;
  }

  private String model(String unit) {
    return initiatives.ofBaseUnit(YEAR, "stc").stream().filter(i -> i.unitCode().equals(unit)).map(Initiative::id)
        .findFirst().orElseThrow();
  }

  // ------------------------------------------------------------------ mails and the mailbox

  @Test
  void theMailsCarryTheTextEscapedInHtmlAndAsTypedInPlainText() {
    List<OutboxMail> returned = outbox.findByDedupKeyPrefix("returned|" + YEAR + "|");
    List<OutboxMail> accepted = outbox.findByDedupKeyPrefix("accepted|" + YEAR + "|");
    assertThat(returned).isNotEmpty();
    assertThat(accepted).isNotEmpty();
    for (OutboxMail mail : returned) {
      assertThat(mail.bodyHtml())
          .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(document.cookie)&gt;")
          .doesNotContain(SCRIPT, IMG, "<img", "onerror=alert(document.cookie)>");
      assertThat(mail.bodyText()).contains(COMMENT);
      assertThat(mail.subject()).contains(NAMES.get("stc-vp")); // a header is text, never markup
    }
    for (OutboxMail mail : accepted) {
      assertThat(mail.bodyHtml()).doesNotContain(SCRIPT, IMG, "<img");
    }
    assertThat(accepted).anySatisfy(mail -> assertThat(mail.bodyHtml()).contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
  }

  @Test
  void theMailboxPageShowsTheMailsEscaped() {
    Http admin = Http.basic(port, "admin");
    OutboxMail mail = outbox.findByDedupKeyPrefix("returned|" + YEAR + "|").get(0);
    Http.Response list = admin.getPage("/app/admin/mail");
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.body()).contains("&lt;img src=x onerror=alert(document.cookie)&gt;").doesNotContain(IMG);
    Http.Response view = admin.getPage("/app/admin/mail/" + mail.id());
    assertThat(view.status()).isEqualTo(200);
    assertThat(view.body())
        .contains("sandbox=\"\"")
        .doesNotContain(SCRIPT, IMG, "<img src=x");
    // the HTML part is shown only inside the sandboxed frame, as an escaped attribute
    assertThat(view.body()).contains("srcdoc=\"");
  }

  // ------------------------------------------------------------------ documents

  @Test
  void thePlanDocxHoldsTheTextAsTextRunsNeverAsAField() throws IOException {
    Download r = download("stc-vp.bithu", DocumentLinks.plan(model("stc-vp")));
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(r.bytes()));
        XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
      assertThat(extractor.getText()).contains(NAMES.get("stc-vp"), SITUATION, "-Tháng 3 – tháng 11/" + YEAR);
      String xml = doc.getDocument().xmlText();
      // the XML holds the text escaped inside w:t, never as markup, a field code or a hyperlink
      assertThat(xml).doesNotContain(SCRIPT, "<img").contains("&lt;script>alert(1)&lt;/script>", "&lt;img src=x");
      for (String code : fieldCodes(xml)) {
        assertThat(code).doesNotContain("HYPERLINK", "evil.example", "alert");
      }
      assertThat(xml).doesNotContain("w:hyperlink");
    }
  }

  @Test
  void theCommitteeAndBlocSummariesHoldEveryFormulaAsAStringCell() throws IOException {
    for (Download r : List.of(
        download("stc.bithu", DocumentLinks.summary(YEAR, "stc")),
        download("btg.truongban", DocumentLinks.blocSummary(YEAR)))) {
      assertThat(r.status()).as(r.toString()).isEqualTo(200);
      List<String> found = new ArrayList<>();
      try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.bytes()))) {
        for (Sheet sheet : wb) {
          for (Row row : sheet) {
            for (Cell cell : row) {
              assertThat(cell.getCellType()).as("cell %s", cell.getAddress()).isNotEqualTo(CellType.FORMULA);
              if (cell.getCellType() == CellType.STRING && NAMES.containsValue(cell.getStringCellValue())) {
                found.add(cell.getStringCellValue());
                assertThat(cell.getCellStyle().getQuotePrefixed()).as("quote prefix of %s", cell.getAddress()).isTrue();
              }
            }
          }
        }
      }
      assertThat(found).containsExactlyInAnyOrderElementsOf(NAMES.values());
    }
  }

  /** The instructions of every field in the document's XML ({@code w:instrText}, {@code w:fldSimple w:instr}). */
  private static List<String> fieldCodes(String xml) {
    List<String> codes = new ArrayList<>();
    Matcher instr = Pattern.compile("<w:instrText[^>]*>([^<]*)</w:instrText>").matcher(xml);
    while (instr.find()) {
      codes.add(instr.group(1));
    }
    Matcher simple = Pattern.compile("w:instr=\"([^\"]*)\"").matcher(xml);
    while (simple.find()) {
      codes.add(simple.group(1));
    }
    return codes;
  }

  record Download(int status, byte[] bytes, String contentType) {
    @Override
    public String toString() {
      return status + " " + (contentType.startsWith("application/json") ? new String(bytes, StandardCharsets.UTF_8) : contentType);
    }
  }

  private Download download(String user, String path) {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((user + ":" + Http.PASSWORD).getBytes(StandardCharsets.UTF_8)))
        .build();
    try {
      HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
      return new Download(response.statusCode(), response.body(), response.headers().firstValue("Content-Type").orElse(""));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
