package vn.mohinh.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** processes/ and forms/ are deployed together, under stable names, and only when they changed. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DeploymentTest {

  @Autowired ProcessEngine engine;
  @Autowired ProcessResourcesDeployer deployer;

  @Test
  void processesAndFormsAreDeployedTogetherUnderStableNames() {
    RepositoryService repository = engine.getRepositoryService();
    String deploymentId = repository.createDeploymentQuery().deploymentName(ProcessResourcesDeployer.DEPLOYMENT_NAME)
        .orderByDeploymentTime().desc().list().get(0).getId();
    List<String> names = repository.getDeploymentResources(deploymentId).stream().map(Resource::getName).toList();

    assertThat(names).isNotEmpty().allSatisfy(name -> assertThat(name).matches("(processes|forms)/[^:]+"));
    assertThat(names).anySatisfy(name -> assertThat(name).endsWith(".bpmn"));
    assertThat(names).anySatisfy(name -> assertThat(name).endsWith(".form"));
  }

  @Test
  void aRestartWithNothingChangedCreatesNoNewVersion() {
    RepositoryService repository = engine.getRepositoryService();
    long deployments = repository.createDeploymentQuery().count();
    long definitions = repository.createProcessDefinitionQuery().count();

    deployer.postProcessEngineBuild(engine);

    assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
    assertThat(repository.createProcessDefinitionQuery().count()).isEqualTo(definitions);
  }
}
