package vn.mohinh.platform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Flyway migrates after the process engine has created or updated its schema, so that a migration
 * of the product may add to Camunda's tables (V70: the index on ACT_RU_TASK.PARENT_TASK_ID_). The
 * engine itself never reads the product's tables while it is built.
 */
@Configuration(proxyBeanMethods = false)
public class EngineSchemaFirst {

  static final String FLYWAY_INITIALIZER = "flywayInitializer";
  /** The Camunda starter's engine bean (a factory bean); "processEngine" when an application defines its own. */
  static final List<String> PROCESS_ENGINE = List.of("processEngineFactoryBean", "processEngine");

  @Bean
  static BeanFactoryPostProcessor flywayAfterEngineSchema() {
    return beanFactory -> {
      if (!beanFactory.containsBeanDefinition(FLYWAY_INITIALIZER)) {
        return;
      }
      BeanDefinition flyway = beanFactory.getBeanDefinition(FLYWAY_INITIALIZER);
      List<String> dependsOn = new ArrayList<>(flyway.getDependsOn() == null ? List.of() : Arrays.asList(flyway.getDependsOn()));
      for (String engine : PROCESS_ENGINE) {
        if (beanFactory.containsBeanDefinition(engine) && !dependsOn.contains(engine)) {
          dependsOn.add(engine);
          flyway.setDependsOn(dependsOn.toArray(String[]::new));
          return;
        }
      }
    };
  }
}
