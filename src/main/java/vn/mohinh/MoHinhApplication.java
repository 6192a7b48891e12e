package vn.mohinh;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class MoHinhApplication {
  public static void main(String[] args) {
    SpringApplication.run(MoHinhApplication.class, args);
  }
}
