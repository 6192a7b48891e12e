package vn.mohinh.security;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the authentication of the product's own pages ({@code /app/**}) and API ({@code /api/**}). */
@Configuration
public class ProductSecurityConfiguration {

  @Bean
  FilterRegistrationBean<ProductAuthenticationFilter> productAuthenticationFilter(IdentityService identity) {
    FilterRegistrationBean<ProductAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProductAuthenticationFilter(identity));
    registration.setName("mohinh-product-authentication");
    registration.addUrlPatterns("/app/*", "/api/*");
    registration.setOrder(20);
    return registration;
  }
}
