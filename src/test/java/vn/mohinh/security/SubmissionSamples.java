package vn.mohinh.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The test form {@code security/security-test-plan.form}, a valid submission to it as Tasklist
 * sends it, and the bad inputs every layer must refuse (the validator on its own and the REST API
 * on both doors).
 */
final class SubmissionSamples {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String PLAN_FORM = "security/security-test-plan.form";

  private SubmissionSamples() {}

  static String resource(String name) {
    try (InputStream in = SubmissionSamples.class.getClassLoader().getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static FormSchema planForm() {
    return FormSchema.parse(resource(PLAN_FORM), JSON);
  }

  /** The variables the task sees (the process owns them). */
  static Map<String, Object> current() {
    Map<String, Object> current = new LinkedHashMap<>();
    current.put("unitCode", "stc-vp");
    current.put("unitName", "Chi bộ Văn phòng");
    current.put("year", new BigDecimal(2026));
    current.put("initiativeId", "ini-1");
    current.put("decision", "approved");
    current.put("followerOptions", List.of(Map.of("label", "Chị Lan", "value", "lan"), Map.of("label", "Anh Hùng", "value", "hung")));
    return current;
  }

  /** A valid submission, as Tasklist sends it: every field, untyped scalars, lists and objects as Json text. */
  static ObjectNode valid() {
    ObjectNode v = JSON.createObjectNode();
    v.putObject("unitName").put("value", "Chi bộ Văn phòng");
    v.putObject("modelName").put("value", "Dân vận khéo trong cải cách hành chính");
    v.putObject("group").put("value", "g2");
    v.putObject("status").put("value", "dang-trien-khai");
    v.putObject("previousModel").put("value", "Mô hình năm 2025");
    v.putObject("startDate").put("value", "2026-03-01");
    v.putObject("meetingTime").putNull("value");
    v.putObject("situation").put("value", "Chi bộ có 25 đảng viên…");
    v.putObject("members").put("value", 25);
    v.putObject("budget").put("value", 12.5);
    v.putObject("agree").put("value", true);
    v.putObject("fields").put("type", "Json").put("value", "[\"a\",\"c\"]");
    v.putObject("tags").putNull("value");
    v.putObject("follower").put("value", "lan");
    v.putObject("phone").putNull("value");
    v.putObject("email").put("value", "chibo@travinh.example.org");
    v.putObject("activities").put("type", "Json").put("value", "[{\"title\":\"Họp chi bộ\",\"month\":3}]");
    v.putObject("contact").put("type", "Json").put("value", "{\"name\":\"Nguyễn Văn A\"}");
    return v;
  }

  private static Consumer<ObjectNode> set(String key, Object value) {
    return v -> v.set(key, JSON.valueToTree(value instanceof Map ? value : Map.of("value", value)));
  }

  private static Consumer<ObjectNode> typed(String key, String type, Object value) {
    return v -> {
      ObjectNode dto = v.putObject(key).put("type", type);
      dto.set("value", JSON.valueToTree(value));
    };
  }

  private static Consumer<ObjectNode> nulled(String key) {
    return v -> v.putObject(key).putNull("value");
  }

  private static Consumer<ObjectNode> removed(String key) {
    return v -> v.remove(key);
  }

  /** name, change to the valid submission, field expected in the refusal, a word the message must contain. */
  static List<Arguments> badInputs() {
    return List.of(
        Arguments.of("unknown variable", set("foo", "bar"), "foo", "foo"),
        Arguments.of("protected variable year", set("year", 2030), "year", "year"),
        Arguments.of("protected variable unitCode", set("unitCode", "bvdk-noi"), "unitCode", "unitCode"),
        Arguments.of("protected variable initiativeId", set("initiativeId", "ini-2"), "initiativeId", "initiativeId"),
        Arguments.of("another person's decision", set("decision", "returned"), "decision", "decision"),
        Arguments.of("a deadline", typed("deadline", "Date", "2027-01-01T00:00:00.000+0700"), "deadline", "deadline"),
        Arguments.of("read-only field changed", set("unitName", "Đảng bộ khác"), "unitName", "Đơn vị"),
        Arguments.of("required text missing", removed("modelName"), "modelName", "Tên mô hình"),
        Arguments.of("required text null", nulled("modelName"), "modelName", "Tên mô hình"),
        Arguments.of("required text empty", set("modelName", ""), "modelName", "Tên mô hình"),
        Arguments.of("required checkbox null", nulled("agree"), "agree", "Cam kết thực hiện"),
        Arguments.of("required date missing", removed("startDate"), "startDate", "Ngày bắt đầu"),
        Arguments.of("required when shown (continuing model)", nulled("previousModel"), "previousModel", "Mô hình năm trước"),
        Arguments.of("text as number", set("modelName", 12345), "modelName", "Tên mô hình"),
        Arguments.of("text as object", typed("situation", "Json", "{\"a\":1}"), "situation", "Đặc điểm tình hình"),
        Arguments.of("text with explicit wrong type", typed("modelName", "Integer", 5), "modelName", "Tên mô hình"),
        Arguments.of("number as text", set("members", "25"), "members", "Số đảng viên"),
        Arguments.of("number with decimals where integer", set("members", 2.5), "members", "Số đảng viên"),
        Arguments.of("number below min", set("members", 0), "members", "Số đảng viên"),
        Arguments.of("number above max", set("members", 501), "members", "Số đảng viên"),
        Arguments.of("negative budget", set("budget", -1), "budget", "Kinh phí"),
        Arguments.of("integer overflow", typed("members", "Integer", new BigDecimal("99999999999")), "members", "Số đảng viên"),
        Arguments.of("boolean as text", set("agree", "true"), "agree", "Cam kết thực hiện"),
        Arguments.of("select outside options", set("group", "g9"), "group", "Nhóm mô hình"),
        Arguments.of("radio outside options", set("status", "da-xong"), "status", "Tình trạng"),
        Arguments.of("select from variable, outside", set("follower", "mallory"), "follower", "Người theo dõi"),
        Arguments.of("checklist value outside", typed("fields", "Json", "[\"a\",\"z\"]"), "fields", "Lĩnh vực"),
        Arguments.of("checklist not a list", set("fields", "a"), "fields", "Lĩnh vực"),
        Arguments.of("taglist duplicates", typed("tags", "Json", "[\"x\",\"x\"]"), "tags", "Từ khóa"),
        Arguments.of("invalid date", set("startDate", "2026-02-30"), "startDate", "Ngày bắt đầu"),
        Arguments.of("date in another format", set("startDate", "01/03/2026"), "startDate", "Ngày bắt đầu"),
        Arguments.of("invalid date-time", set("meetingTime", "2026-03-01 25:00"), "meetingTime", "Buổi họp"),
        Arguments.of("too short", set("modelName", "abc"), "modelName", "Tên mô hình"),
        Arguments.of("longer than the field's maxLength", set("modelName", "x".repeat(201)), "modelName", "Tên mô hình"),
        Arguments.of("longer than the global limit", set("situation", "x".repeat(20_001)), "situation", "Đặc điểm tình hình"),
        Arguments.of("control character", set("situation", "a\u0000b"), "situation", "Đặc điểm tình hình"),
        Arguments.of("pattern mismatch", set("phone", "12ab"), "phone", "Điện thoại"),
        Arguments.of("not an email", set("email", "không-phải-email"), "email", "Thư điện tử"),
        Arguments.of("dynamic list item missing required", typed("activities", "Json", "[{\"month\":3}]"), "activities[0].title", "Tên hoạt động"),
        Arguments.of("dynamic list item unknown key", typed("activities", "Json", "[{\"title\":\"Họp\",\"year\":2020}]"), "activities[0].year", "year"),
        Arguments.of("dynamic list month out of range", typed("activities", "Json", "[{\"title\":\"Họp\",\"month\":13}]"), "activities[0].month", "Tháng"),
        Arguments.of("group unknown key", typed("contact", "Json", "{\"name\":\"A\",\"unitCode\":\"x\"}"), "contact.unitCode", "unitCode"),
        Arguments.of("Json that is not JSON", typed("fields", "Json", "[\"a\""), "fields", "Lĩnh vực"),
        Arguments.of("Java object type", (Consumer<ObjectNode>) v -> v.set("contact", JSON.valueToTree(Map.of("type", "Object", "value", "{}",
            "valueInfo", Map.of("objectTypeName", "com.evil.Gadget", "serializationDataFormat", "application/json")))), "contact", "Người liên hệ"),
        Arguments.of("file upload into a text field", typed("situation", "File", "aGVsbG8="), "situation", "Đặc điểm tình hình"),
        Arguments.of("extra property in the value", (Consumer<ObjectNode>) v -> v.set("modelName", JSON.valueToTree(Map.of("value", "Tên mô hình hợp lệ", "script", "x"))), "modelName", "Tên mô hình"));
  }

  /** Accepted: stored as the text it is (escaped wherever shown, never executed or evaluated). */
  static List<Arguments> acceptedTexts() {
    return List.of(
        Arguments.of("script tag", "<script>alert('xss')</script>"),
        Arguments.of("html", "<img src=x onerror=alert(1)><b>đậm</b>"),
        Arguments.of("spreadsheet formula", "=HYPERLINK(\"http://evil.example\",\"bấm\")"),
        Arguments.of("formula with plus", "+cmd|' /C calc'!A0"),
        Arguments.of("template syntax", "${7*7} #{7*7} {{7*7}}"),
        Arguments.of("sql", "'; drop table mh_person; --"),
        Arguments.of("vietnamese and emoji", "Học tập và làm theo Bác 🇻🇳 – “tấm gương”"));
  }
}
