package vn.mohinh.cycle;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.mohinh.document.DocumentLinks;
import vn.mohinh.platform.EngineUser;
import vn.mohinh.platform.TaskForms;
import vn.mohinh.registration.RegistrationQueries;
import vn.mohinh.registration.RegistrationViews;

/**
 * Task_RegistrationSummary of Process_AnnualCycle (forms/registration-summary.form): the reviewing
 * office reads the bloc-wide registration of the year, computed from the domain tables (every model,
 * the figures, the units without a model), and closes the registration phase.
 */
@Component(RegistrationSummaryTaskListener.BEAN_NAME)
public class RegistrationSummaryTaskListener implements TaskListener {

  public static final String BEAN_NAME = "registrationSummaryTaskListener";

  public static final List<String> SHOWN =
      List.of("summaryYear", "summaryFigures", "summaryGroups", "summaryRows", "summaryMissingText", "summaryMissingUnits",
          "summaryDownloadUrl");

  private final RegistrationQueries queries;
  private final CycleService cycle;
  private final DeadlineCalendar calendar;

  public RegistrationSummaryTaskListener(RegistrationQueries queries, CycleService cycle, DeadlineCalendar calendar) {
    this.queries = queries;
    this.cycle = cycle;
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateTask task) {
    int year = ((Number) task.getVariable(OpenYearDelegate.VAR_YEAR)).intValue();
    switch (task.getEventName()) {
      case EVENTNAME_CREATE, EVENTNAME_ASSIGNMENT -> show(task, year);
      case EVENTNAME_COMPLETE -> {
        String user = EngineUser.of(task.getProcessEngineServices());
        cycle.closeRegistration(year, user != null ? user : task.getAssignee());
      }
      default -> {}
    }
  }

  private void show(DelegateTask task, int year) {
    RegistrationQueries.BlocSummary summary = queries.blocSummary(year);
    Map<String, Object> shown = new LinkedHashMap<>();
    shown.put("summaryYear", year);
    shown.put("summaryDownloadUrl", DocumentLinks.blocSummary(year));
    shown.put(
        "summaryFigures",
        summary.models() + " mô hình được Khối tiếp nhận (" + summary.newModels() + " mô hình mới, " + summary.continuing()
            + " mô hình đang triển khai thực hiện); " + summary.unitsWithAcceptedModel() + "/" + summary.registeringUnits()
            + " đơn vị có mô hình.");
    shown.put(
        "summaryGroups",
        summary.byGroup().entrySet().stream()
            .map(e -> Map.<String, Object>of("group", e.getKey(), "count", e.getValue()))
            .toList());
    shown.put("summaryRows", RegistrationViews.blocRows(summary.rows()));
    shown.put("summaryMissingText", RegistrationViews.missingText(summary.missing(), calendar.properties().zone()));
    shown.put("summaryMissingUnits", RegistrationViews.missingUnits(summary.missing()));
    TaskForms.show(task, shown);
  }
}
