package vn.mohinh.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** processes/commendation-level.dmn on the plain DMN engine: every level boundary, just below and at it. */
class CommendationLevelDecisionTest {

  private static DmnEngine engine;
  private static DmnDecision decision;

  @BeforeAll
  static void parse() throws Exception {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = CommendationLevelDecisionTest.class.getResourceAsStream("/processes/commendation-level.dmn")) {
      decision = engine.parseDecision("Decision_CommendationLevel", in);
    }
  }

  private static DmnDecisionRuleResult decide(double score, String previousLevel, int commendedYears, boolean onTime) {
    return engine
        .evaluateDecisionTable(
            decision,
            Variables.createVariables()
                .putValue("totalScore", score)
                .putValue("previousLevel", previousLevel)
                .putValue("commendedYears", commendedYears)
                .putValue("onTime", onTime))
        .getSingleResult();
  }

  @ParameterizedTest(name = "{0} điểm, trước: {1}, {2} năm, đúng hạn {3} → {4}, nhân rộng {5}")
  @CsvSource({
    // below every threshold
    "0,      NONE,             0, true,  NONE,             false",
    "64.99,  NONE,             0, true,  NONE,             false",
    "64.99,  BLOC_CERTIFICATE, 5, true,  NONE,             false",
    // biểu dương from 65
    "65,     NONE,             0, true,  PRAISE,           false",
    "65,     NONE,             0, false, PRAISE,           false",
    "79.99,  NONE,             0, true,  PRAISE,           false",
    "79.99,  HIGHER_AWARD,     4, true,  PRAISE,           false",
    // giấy khen from 80, on time
    "80,     NONE,             0, true,  BLOC_CERTIFICATE, true",
    "89.99,  BLOC_CERTIFICATE, 3, true,  BLOC_CERTIFICATE, true",
    // late from 80: biểu dương, still showcased
    "80,     NONE,             0, false, PRAISE,           true",
    "100,    HIGHER_AWARD,     5, false, PRAISE,           true",
    // from 90: the higher level needs history
    "90,     NONE,             0, true,  BLOC_CERTIFICATE, true",
    "90,     PRAISE,           1, true,  BLOC_CERTIFICATE, true",
    "90,     BLOC_CERTIFICATE, 1, true,  HIGHER_AWARD,     true",
    "90,     HIGHER_AWARD,     1, true,  HIGHER_AWARD,     true",
    "90,     PRAISE,           2, true,  HIGHER_AWARD,     true",
    "89.99,  PRAISE,           2, true,  BLOC_CERTIFICATE, true",
    "100,    NONE,             0, true,  BLOC_CERTIFICATE, true",
  })
  void proposesTheLevel(double score, String previous, int years, boolean onTime, String level, boolean showcase) {
    DmnDecisionRuleResult result = decide(score, previous, years, onTime);

    assertThat(result.<String>getEntry("level")).isEqualTo(level);
    assertThat(result.<Boolean>getEntry("showcase")).isEqualTo(showcase);
    assertThat(result.<String>getEntry("levelLabel")).isEqualTo(CommendationLevel.valueOf(level).label());
    assertThat(result.<String>getEntry("note")).isNotBlank();
  }

  @Test
  void everyOutputIsAKnownLevelWithItsLabel() {
    for (Map.Entry<String, Object> e : decide(95, "BLOC_CERTIFICATE", 2, true).entrySet()) {
      assertThat(e.getKey()).isIn("level", "levelLabel", "showcase", "note");
    }
    assertThat(CommendationLevel.of(decide(95, "BLOC_CERTIFICATE", 2, true).getEntry("level"))).isEqualTo(CommendationLevel.HIGHER_AWARD);
  }
}
