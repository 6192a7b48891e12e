package vn.mohinh.document;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The generators, laid out as configured under {@code mohinh.documents.*}. */
@Configuration
public class DocumentConfiguration {

  @Bean
  PlanDocxGenerator planDocxGenerator(DocumentProperties properties) {
    return new PlanDocxGenerator(properties.docxOptions());
  }

  @Bean
  ReportDocxGenerator reportDocxGenerator(DocumentProperties properties) {
    return new ReportDocxGenerator(properties.docxOptions());
  }

  @Bean
  SummaryXlsxGenerator summaryXlsxGenerator() {
    return new SummaryXlsxGenerator();
  }

  @Bean
  BlocSummaryXlsxGenerator blocSummaryXlsxGenerator() {
    return new BlocSummaryXlsxGenerator();
  }

  @Bean
  CommendationXlsxGenerator commendationXlsxGenerator() {
    return new CommendationXlsxGenerator();
  }
}
