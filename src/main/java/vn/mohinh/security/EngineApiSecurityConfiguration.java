package vn.mohinh.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.ZoneId;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts the {@link EngineApiGuard} in front of both doors to the engine: the REST API
 * ({@code /engine-rest/*}, after its HTTP Basic authentication) and the webapps' engine API
 * ({@code /camunda/api/engine/*}, used by Tasklist and Cockpit with the login session).
 */
@Configuration
public class EngineApiSecurityConfiguration {

  static final String REST_MOUNT = "/engine-rest";

  @Bean
  SubmissionValidator submissionValidator(
      EngineApiSecurityProperties properties, @Value("${mohinh.time-zone:Asia/Ho_Chi_Minh}") String zone) {
    return new SubmissionValidator(properties.maxTextLength(), new CamundaFeelEvaluator(), ZoneId.of(zone));
  }

  @Bean
  SubmissionForms submissionForms(TaskService tasks, FormService forms, RepositoryService repository,
      IdentityService identity, @Value("${mohinh.time-zone:Asia/Ho_Chi_Minh}") String zone) {
    return new SubmissionForms(tasks, forms, repository, identity, new ObjectMapper(), ZoneId.of(zone));
  }

  @Bean
  TaskComments taskComments(TaskService tasks, HistoryService history, IdentityService identity) {
    return new TaskComments(tasks, history, identity);
  }

  @Bean
  FilterRegistrationBean<EngineApiGuard> engineApiGuard(
      SubmissionForms forms,
      TaskComments comments,
      SubmissionValidator validator,
      IdentityService identity,
      EngineApiSecurityProperties properties,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
    String webappEngine = (webappPath.endsWith("/") ? webappPath.substring(0, webappPath.length() - 1) : webappPath)
        + "/api/engine";
    EngineApiGuard guard = new EngineApiGuard(REST_MOUNT, webappEngine, forms, validator, comments, identity, properties);
    FilterRegistrationBean<EngineApiGuard> registration = new FilterRegistrationBean<>(guard);
    registration.setName("mohinh-engine-api-guard");
    registration.addUrlPatterns(REST_MOUNT + "/*", webappEngine + "/*");
    registration.setOrder(11); // after the REST API's authentication (10)
    return registration;
  }
}
