package vn.mohinh.evaluation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mohinh.organization.OrganizationDirectory;
import vn.mohinh.organization.Unit;
import vn.mohinh.platform.EngineClock;
import vn.mohinh.registration.InitiativeGroup;
import vn.mohinh.registration.RegistrationProperties;
import vn.mohinh.report.AcceptedModel;
import vn.mohinh.report.ModelCatalog;
import vn.mohinh.report.ReportService;
import vn.mohinh.report.ReportStatus;
import vn.mohinh.report.ResultReport;

/** The figures of a year: computed from the domain tables at any time, stored when the cycle ends. */
@Service
public class YearSummaryService {

  private final OrganizationDirectory directory;
  private final ModelCatalog models;
  private final ReportService reports;
  private final EvaluationRepository evaluations;
  private final YearSummaryRepository summaries;
  private final RegistrationProperties registration;

  public YearSummaryService(
      OrganizationDirectory directory, ModelCatalog models, ReportService reports, EvaluationRepository evaluations,
      YearSummaryRepository summaries, RegistrationProperties registration) {
    this.registration = registration;
    this.directory = directory;
    this.models = models;
    this.reports = reports;
    this.evaluations = evaluations;
    this.summaries = summaries;
  }

  /** The figures as they are now. */
  public YearSummary compute(int year) {
    List<Unit> registering = directory.registeringUnits();
    Set<String> registeringCodes = new HashSet<>();
    registering.forEach(u -> registeringCodes.add(u.code()));
    List<AcceptedModel> accepted = models.acceptedModels(year);
    Set<String> withModel = new HashSet<>();
    int continuing = 0;
    Map<String, YearSummary.Count> groups = new LinkedHashMap<>();
    for (InitiativeGroup group : registration.initiativeGroups()) {
      groups.put(group.code(), new YearSummary.Count(group.code(), group.name(), 0));
    }
    for (AcceptedModel m : accepted) {
      if (registeringCodes.contains(m.unitCode())) {
        withModel.add(m.unitCode());
      }
      if (Boolean.TRUE.equals(m.continuing())) {
        continuing++;
      }
      String key = m.groupCode() == null ? "" : m.groupCode();
      YearSummary.Count c = groups.get(key);
      groups.put(
          key,
          new YearSummary.Count(
              key, c != null ? c.label() : m.groupName() == null ? key : m.groupName(), c == null ? 1 : c.count() + 1));
    }
    List<YearSummary.Count> byGroup = new ArrayList<>(groups.values());

    int onTime = 0;
    int late = 0;
    int missing = 0;
    List<ResultReport> all = reports.reportsOfYear(year);
    for (ResultReport r : all) {
      if (r.received()) {
        if (Boolean.FALSE.equals(r.onTime())) {
          late++;
        } else {
          onTime++;
        }
      } else if (r.status() == ReportStatus.MISSING) {
        missing++;
      }
    }

    Map<CommendationLevel, Integer> levels = new LinkedHashMap<>();
    Map<CommendationLevel, String> labels = new LinkedHashMap<>();
    for (CommendationLevel level : CommendationLevel.values()) {
      levels.put(level, 0);
      labels.put(level, level.label());
    }
    int commended = 0;
    for (EvaluationRepository.Commendation c : evaluations.commendationsOf(year)) {
      levels.merge(c.level(), 1, Integer::sum);
      labels.put(c.level(), c.levelLabel());
      if (c.level().commended()) {
        commended++;
      }
    }
    List<YearSummary.Count> byLevel = new ArrayList<>();
    levels.forEach((level, count) -> byLevel.add(new YearSummary.Count(level.name(), labels.get(level), count)));

    return new YearSummary(
        year, registering.size(), withModel.size(), registering.size() - withModel.size(), accepted.size(),
        accepted.size() - continuing, continuing, byGroup, all.size(), onTime, late, missing, byLevel, commended,
        evaluations.showcaseCandidates(year).size(), EngineClock.now());
  }

  /** Computes and stores the figures of the year (again, if they were stored before). */
  @Transactional
  public YearSummary store(int year) {
    YearSummary summary = compute(year);
    summaries.save(summary);
    return summary;
  }

  /** The figures stored when the year's cycle ended, if it has. */
  public Optional<YearSummary> stored(int year) {
    return summaries.find(year);
  }
}
