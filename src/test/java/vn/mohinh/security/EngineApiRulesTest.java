package vn.mohinh.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EngineApiRulesTest {

  private static final List<String> MOUNTS = List.of("/engine-rest", "/camunda/api/engine");

  @ParameterizedTest
  @CsvSource({
    "GET, /engine-rest/task/1/variables, Read",
    "POST, /engine-rest/task/1/submit-form, TaskSubmission",
    "POST, /engine-rest/engine/default/task/1/complete, TaskSubmission",
    "POST, /camunda/api/engine/engine/default/task/1/submit-form, TaskSubmission",
    "POST, /engine-rest//task/1/complete/, TaskSubmission",
    "POST, /engine-rest/task;a=b/1/complete, TaskSubmission",
    "POST, /engine-rest/%74ask/1/complete, TaskSubmission",
    "POST, /engine-rest/process-definition/key/p/submit-form, StartSubmission",
    "POST, /engine-rest/process-definition/key/p/tenant-id/t/start, StartSubmission",
    "POST, /engine-rest/process-definition/p:1:2/start, StartSubmission",
    "POST, /engine-rest/task/1/claim, UserWrite",
    "POST, /engine-rest/task, UserWrite",
    "POST, /engine-rest/history/task/count, UserWrite",
    "POST, /engine-rest/filter/f/list, UserWrite",
    "PUT, /engine-rest/user/u/credentials, UserWrite",
    "POST, /engine-rest/history/cleanup, RawWrite",
    "PUT, /engine-rest/task/1/variables/year, RawWrite",
    "POST, /engine-rest/task/1/resolve, RawWrite",
    "POST, /engine-rest/message, RawWrite",
    "DELETE, /engine-rest/process-instance/1, RawWrite",
    "POST, /engine-rest/task/1/%2e%2e/claim, RawWrite",
    "PATCH, /engine-rest/task/1, RawWrite",
  })
  void classifies(String method, String uri, String kind) {
    String path = EngineApiRules.relativePath(uri, "", MOUNTS);
    assertThat(EngineApiRules.classify(method, path).getClass().getSimpleName()).as(path).isEqualTo(kind);
  }
}
