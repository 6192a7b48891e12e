package vn.mohinh.report;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the report phase ({@code mohinh.report}).
 *
 * @param collectionClosesAfterDays the collection of the year's reports closes by itself this many
 *     days after the report deadline (Timer_ReportCollectionCloses): the reports that have not
 *     reached the bloc by then count as "chưa báo cáo" and the evaluation goes on without them. The
 *     reviewing office may close it earlier, once the deadline has passed (Task_CloseReportCollection).
 * @param listLimit how many rows the tables shown in Tasklist forms hold at most; the figures always count everything
 */
@ConfigurationProperties("mohinh.report")
public record ReportProperties(Integer collectionClosesAfterDays, Integer listLimit) {

  public ReportProperties {
    collectionClosesAfterDays = collectionClosesAfterDays == null || collectionClosesAfterDays < 0 ? 10 : collectionClosesAfterDays;
    listLimit = listLimit == null || listLimit < 1 ? 500 : listLimit;
  }

  public static ReportProperties defaults() {
    return new ReportProperties(null, null);
  }
}
