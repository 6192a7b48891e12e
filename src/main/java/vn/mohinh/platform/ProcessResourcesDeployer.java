package vn.mohinh.platform;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys {@code processes/} (BPMN, DMN) and {@code forms/} together, under names relative to the
 * classpath root, so that the deployment is the same whether the application runs from
 * {@code spring-boot:run} (files) or from the jar, and a restart with nothing changed creates no
 * new version. The BPMN bind their forms with {@code formRefBinding="deployment"}, so all
 * resources are always deployed together.
 */
@Component
public class ProcessResourcesDeployer extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(ProcessResourcesDeployer.class);
  public static final String DEPLOYMENT_NAME = "mohinh";
  static final List<String> ROOTS = List.of("processes", "forms");
  static final List<String> PATTERNS =
      List.of("classpath*:processes/**/*.bpmn", "classpath*:processes/**/*.dmn", "classpath*:forms/**/*.form");

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    DeploymentBuilder builder =
        engine.getRepositoryService()
            .createDeployment()
            .name(DEPLOYMENT_NAME)
            .source(DEPLOYMENT_NAME)
            .enableDuplicateFiltering(false);
    List<String> names = new ArrayList<>();
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    try {
      for (String pattern : PATTERNS) {
        for (Resource resource : resolver.getResources(pattern)) {
          String name = stableName(resource);
          if (names.contains(name)) {
            continue;
          }
          try (InputStream in = resource.getInputStream()) {
            builder.addInputStream(name, new java.io.ByteArrayInputStream(in.readAllBytes()));
          }
          names.add(name);
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read the process resources", e);
    }
    if (names.isEmpty()) {
      LOG.warn("No process resources found under {}", ROOTS);
      return;
    }
    Deployment deployment = builder.deploy();
    LOG.info("Process resources {} in deployment {} ({})", names, deployment.getId(), deployment.getDeploymentTime());
  }

  /** "processes/annual-cycle.bpmn" whatever the resource's URL looks like. */
  static String stableName(Resource resource) throws IOException {
    String url = resource.getURL().toString().replace('\\', '/');
    for (String root : ROOTS) {
      int at = url.lastIndexOf("/" + root + "/");
      if (at >= 0) {
        return url.substring(at + 1);
      }
    }
    throw new IllegalStateException("Not a process resource: " + url);
  }
}
