package vn.mohinh.report;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.mohinh.cycle.CycleService;
import vn.mohinh.organization.OrganizationDirectory;
import vn.mohinh.organization.Unit;
import vn.mohinh.organization.UnitGroups;

/**
 * What the report phase's BPMN asks while it runs, as bean {@code reportFlow}: the collection of its
 * multi-instance, gateway conditions, task names, groups and dates, and its service tasks.
 */
@Component(ReportFlow.BEAN_NAME)
public class ReportFlow {

  public static final String BEAN_NAME = "reportFlow";

  private final ReportService reports;
  private final OrganizationDirectory directory;
  private final ReportCalendar calendar;
  private final ReportProperties properties;
  private final CycleService cycle;

  public ReportFlow(
      ReportService reports, OrganizationDirectory directory, ReportCalendar calendar, ReportProperties properties, CycleService cycle) {
    this.reports = reports;
    this.cycle = cycle;
    this.directory = directory;
    this.calendar = calendar;
    this.properties = properties;
  }

  /** Task_OpenReports: every accepted model of the year gets its report; the year enters its report phase. */
  public int openReports(int year) {
    cycle.startReporting(year);
    return reports.openReports(year);
  }

  /** The reports to collect (CallActivity_ModelReport's collection). */
  public List<String> reportIds(int year) {
    return reports.reportIds(year);
  }

  /** The unit that writes the report. */
  public String unitOf(String reportId) {
    return reports.require(reportId).unitCode();
  }

  public String initiativeName(String reportId) {
    return reports.modelOf(reports.require(reportId)).name();
  }

  /** "Chi bộ Văn phòng – Đảng bộ Sở Tài chính" */
  public String unitName(String unitCode) {
    return reports.unitName(unitCode);
  }

  /** A cell's report is reviewed by its committee; a committee's own and a base cell's go straight to the bloc. */
  public boolean reviewedByCommittee(String unitCode) {
    return directory.requireUnit(unitCode).isCell();
  }

  /** The candidate group of a cell's review: its committee's group. */
  public List<String> committeeGroup(String cellCode) {
    Unit cell = directory.requireUnit(cellCode);
    return List.of(UnitGroups.groupOf(cell.parentCode() == null ? cell.code() : cell.parentCode()));
  }

  /** When the collection closes by itself: the report deadline plus the configured days (Timer_ReportCollectionCloses). */
  public Date collectionClosesAt(int year) {
    return Date.from(closesAt(year));
  }

  public Instant closesAt(int year) {
    return calendar.reportDue(year).atZone(calendar.zone()).plusDays(properties.collectionClosesAfterDays()).toInstant();
  }

  /** Task_MarkMissingReports: what has not reached the bloc is "chưa báo cáo". */
  public int closeCollection(int year) {
    return reports.closeCollection(year).size();
  }
}
