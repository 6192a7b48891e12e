package vn.mohinh.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Spring tests share one context. Camunda registers its engine in a static registry that the REST
 * API reads, so a second context in the same JVM silently redirects the first one's REST calls:
 * every other configuration must run in a JVM of its own (tag "own-context", see pom.xml).
 */
class TestConventionsTest {

  static final String SHARED = "@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)";

  @Test
  void everySpringTestUsesTheSharedContextOrRunsInItsOwnJvm() throws IOException {
    List<String> offenders = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String source = Files.readString(file);
        if (!source.contains("\n@SpringBootTest") || source.contains("@Tag(\"own-context\")")) {
          continue;
        }
        boolean shared = source.contains(SHARED) && source.contains("@ActiveProfiles(\"test\")");
        boolean extraConfiguration =
            source.contains("@MockitoBean") || source.contains("@TestPropertySource") || source.contains("@DynamicPropertySource")
                || source.contains("@SpringBootTest(properties") || source.contains("@ContextConfiguration");
        if (!shared || extraConfiguration) {
          offenders.add(file.toString());
        }
      }
    }
    assertThat(offenders)
        .as("use " + SHARED + " @ActiveProfiles(\"test\") and nothing else, or tag the class @Tag(\"own-context\")")
        .isEmpty();
  }
}
