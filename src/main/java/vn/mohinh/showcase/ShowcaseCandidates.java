package vn.mohinh.showcase;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The evaluation's hand-over to the publication (bean {@code showcaseCandidates}): an execution
 * listener at the end of {@code Task_RecordCommendations} of Process_ReportPhase, when the approved
 * models marked "nhân rộng" have been flagged in {@code mh_showcase_candidate}. Each flagged model of
 * the year still waiting (TO_PUBLISH) is proposed for publication ({@link ShowcaseService#propose}):
 * the reviewing office gets its editing task. Runs in the evaluation's transaction; a retried step
 * proposes nothing twice.
 */
@Component(ShowcaseCandidates.BEAN_NAME)
public class ShowcaseCandidates implements ExecutionListener {

  public static final String BEAN_NAME = "showcaseCandidates";
  private static final Logger LOG = LoggerFactory.getLogger(ShowcaseCandidates.class);

  private final ShowcaseService service;
  private final ShowcaseRepository repository;

  public ShowcaseCandidates(ShowcaseService service, ShowcaseRepository repository) {
    this.service = service;
    this.repository = repository;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Object year = execution.getVariable("year");
    if (!(year instanceof Number number)) {
      throw new IllegalStateException("The report phase has no year");
    }
    int proposed = 0;
    for (String initiativeId : repository.candidatesToPublish(number.intValue())) {
      if (service.propose(initiativeId, number.intValue()).isPresent()) {
        proposed++;
      }
    }
    LOG.info("{} models of {} flagged by the evaluation are in the publication process", proposed, year);
  }
}
