package vn.mohinh.webapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.mohinh.organization.Bloc;
import vn.mohinh.organization.OrganizationDirectory;

/** The controller alone, with a stubbed directory; reads our config.js files from the classpath. */
class WebappConfigControllerTest {

  private static final String NAME = "Đảng bộ Khối \"Trà Vinh\" l'an </script><script>alert(1)</script> \\ x\ny";
  private static final String ESCAPED =
      "Đảng bộ Khối \\\"Trà Vinh\\\" l\\'an \\u003C/script\\u003E\\u003Cscript\\u003Ealert(1)\\u003C/script\\u003E \\\\ x\\ny";

  private final OrganizationDirectory directory = mock(OrganizationDirectory.class);
  private final WebappConfigController controller = new WebappConfigController(directory);

  @BeforeEach
  void bloc() {
    when(directory.bloc()).thenReturn(bloc(NAME));
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void servesTheConfigWithTheEscapedBlocName(String app) {
    ResponseEntity<String> response = controller.config(app);

    assertEquals(HttpStatus.OK, response.getStatusCode());
    assertEquals(MediaType.parseMediaType("application/javascript;charset=UTF-8"), response.getHeaders().getContentType());
    assertEquals("no-cache", response.getHeaders().getCacheControl());
    String body = response.getBody();
    assertTrue(body.contains("vendor: '" + ESCAPED + "'"), body);
    assertFalse(body.contains(WebappConfigController.PLACEHOLDER), "placeholder left in " + app);
    assertFalse(body.contains("</script>"), "unescaped </script> in " + app);
    assertFalse(body.contains(NAME), "raw name in " + app);
    assertTrue(body.contains("availableLocales: ['vi', 'en', 'de']"), body);
    assertTrue(body.contains("fallbackLocale: 'vi'"), body);
    assertTrue(body.contains("export default {"), body);
  }

  @Test
  void keepsTheTasklistShortcuts() {
    String body = controller.config("tasklist").getBody();

    assertTrue(body.contains("key: 'ctrl+alt+c'"), body);
    assertTrue(body.contains("name: '– Công việc'"), body);
  }

  @Test
  void readsTheNameAtEveryRequest() {
    assertTrue(controller.config("admin").getBody().contains("vendor: '" + ESCAPED + "'"));

    when(directory.bloc()).thenReturn(bloc("Đảng bộ Khối mới"));

    assertTrue(controller.config("admin").getBody().contains("vendor: 'Đảng bộ Khối mới'"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"optimize", "Tasklist", "..", "tasklist ", ""})
  void unknownAppIsNotFound(String app) {
    ResponseEntity<String> response = controller.config(app);

    assertEquals(HttpStatus.NOT_FOUND, response.getStatusCode());
    assertNull(response.getBody());
  }

  @Test
  void organisationNotLoadedYetIsServiceUnavailable() {
    when(directory.bloc()).thenThrow(new IllegalStateException("not loaded"));

    assertEquals(HttpStatus.SERVICE_UNAVAILABLE, controller.config("tasklist").getStatusCode());
  }

  @Test
  void escapesForAJavaScriptStringInsideHtml() {
    assertEquals("a\\\\b\\'c\\\"d\\u003C\\u003E\\u0026\\r\\n\\t\\u0001\\u2028e",
        WebappConfigController.jsString("a\\b'c\"d<>&\r\n\t\u0001\u2028e"));
    assertEquals("Đảng bộ Khối", WebappConfigController.jsString("Đảng bộ Khối"));
  }

  private static Bloc bloc(String name) {
    return new Bloc("dk", name, "Tỉnh ủy", "Đảng bộ Khối", "Trà Vinh", "Ban Tuyên giáo", "Ban Thường vụ");
  }
}
