package vn.mohinh.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.UrlResource;

class ProcessResourcesDeployerTest {

  @Test
  void theNameIsTheSameFromTheFileSystemAndFromTheJar() throws Exception {
    UrlResource file = new UrlResource(new URL("file:/home/x/mohinh/target/classes/processes/annual-cycle.bpmn"));
    UrlResource jar =
        new UrlResource(new URL("jar:file:/opt/mohinh.jar!/BOOT-INF/classes!/processes/annual-cycle.bpmn"));
    UrlResource form = new UrlResource(new URL("jar:file:/opt/mohinh.jar!/BOOT-INF/classes!/forms/write-plan.form"));

    assertThat(ProcessResourcesDeployer.stableName(file)).isEqualTo("processes/annual-cycle.bpmn");
    assertThat(ProcessResourcesDeployer.stableName(jar)).isEqualTo("processes/annual-cycle.bpmn");
    assertThat(ProcessResourcesDeployer.stableName(form)).isEqualTo("forms/write-plan.form");
  }
}
