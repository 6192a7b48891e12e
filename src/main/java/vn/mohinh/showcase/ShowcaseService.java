package vn.mohinh.showcase;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mohinh.catalog.InitiativeCatalog;
import vn.mohinh.catalog.ModelRef;
import vn.mohinh.catalog.ModelSection;
import vn.mohinh.workflow.Authorizations;
import vn.mohinh.platform.EngineClock;
import vn.mohinh.platform.InvalidInputException;

/**
 * Publication of good models (nhân rộng, giới thiệu cách làm hay): a model is proposed (by the
 * evaluation, {@link #propose}, or by the reviewing office from Tasklist), its text is edited for the
 * public, the head of the reviewing office approves it, and it is published on the public page and
 * in the Atom feed. A publication can be withdrawn ({@link #unpublish}); every step leaves a trace.
 */
@Service
public class ShowcaseService {

  private static final Logger LOG = LoggerFactory.getLogger(ShowcaseService.class);
  public static final String PROCESS_KEY = "Process_ShowcasePublication";
  public static final String UNPUBLISH_MESSAGE = "ShowcaseUnpublishRequested";
  public static final int TITLE_MAX = 300;
  public static final int SUMMARY_MAX = 1000;
  public static final int BODY_MAX = 20000;
  public static final int REASON_MAX = 2000;

  private final ShowcaseRepository repository;
  private final InitiativeCatalog catalog;
  private final ObjectProvider<ProcessEngine> engine;

  public ShowcaseService(ShowcaseRepository repository, InitiativeCatalog catalog, ObjectProvider<ProcessEngine> engine) {
    this.repository = repository;
    this.catalog = catalog;
    this.engine = engine;
  }

  /**
   * The entry point of the evaluation: the model was flagged for replication ("nhân rộng"), so its
   * publication is proposed — the process Process_ShowcasePublication starts and the reviewing office
   * gets the editing task. Safe to call inside the caller's engine command and transaction (e.g. a
   * delegate of the evaluation, whatever the current user may start) and to call twice: a model
   * already being edited or already published is not proposed again.
   *
   * @return the process instance that handles the proposal (the new one, or the one already running);
   *     empty when the model is already published
   * @throws IllegalArgumentException when there is no such model in that year
   */
  @Transactional
  public Optional<String> propose(String initiativeId, int year) {
    ModelRef model = catalog.find(initiativeId)
        .filter(m -> m.year() == year)
        .orElseThrow(() -> new IllegalArgumentException("Không có mô hình " + initiativeId + " năm " + year));
    if (repository.isPublished(model.id())) {
      LOG.info("Model {} ({}) is already published: not proposed again", model.id(), year);
      return Optional.empty();
    }
    Optional<String> running = runningProposal(model.id());
    if (running.isPresent()) {
      return running;
    }
    ProcessEngine processEngine = engine.getObject();
    ProcessInstance instance = Authorizations.withoutChecks(processEngine, () -> {
      Map<String, Object> variables = new HashMap<>();
      variables.put(ShowcaseSteps.YEAR, year);
      variables.put(ShowcaseSteps.INITIATIVE_ID, model.id());
      variables.put(ShowcaseSteps.SOURCE, ProposalSource.EVALUATION.name());
      return processEngine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, "showcase-" + model.id(), variables);
    });
    LOG.info("Publication of model {} ({}) proposed by the evaluation: process {}", model.id(), year, instance.getId());
    return Optional.of(instance.getId());
  }

  private Optional<String> runningProposal(String initiativeId) {
    Optional<String> fromTable = repository.findProposalsOf(initiativeId).stream()
        .filter(p -> p.status().open() && p.processInstanceId() != null)
        .map(Proposal::processInstanceId)
        .findFirst();
    if (fromTable.isPresent()) {
      return fromTable;
    }
    ProcessEngine processEngine = engine.getIfAvailable();
    if (processEngine == null) {
      return Optional.empty();
    }
    // Started but not yet past the choice of the model (no proposal row yet).
    return Authorizations.withoutChecks(processEngine, () -> processEngine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(PROCESS_KEY)
        .variableValueEquals(ShowcaseSteps.INITIATIVE_ID, initiativeId)
        .list().stream().map(ProcessInstance::getId).findFirst());
  }

  // ---------------------------------------------------------------- the process's steps

  /** The models of the year the reviewing office may propose: accepted, neither published nor being edited. */
  public List<ModelRef> candidates(int year) {
    java.util.Set<String> busy = repository.busyInitiatives(year);
    return catalog.acceptedModels(year).stream().filter(model -> !busy.contains(model.id())).toList();
  }

  /** Opens the proposal of the model with an editorial draft pre-filled from what the unit wrote. */
  @Transactional
  public Proposal open(String processInstanceId, String initiativeId, int year, ProposalSource source, String by) {
    Optional<Proposal> existing = repository.findProposalOfProcess(processInstanceId);
    if (existing.isPresent()) {
      return existing.get();
    }
    ModelRef model = catalog.find(initiativeId).filter(m -> m.year() == year)
        .orElseThrow(() -> new InvalidInputException("Không có mô hình đã chọn trong năm " + year));
    if (repository.isPublished(model.id())) {
      throw new InvalidInputException("Mô hình “" + model.name() + "” đã được đăng");
    }
    if (repository.findProposalsOf(model.id()).stream().anyMatch(p -> p.status().open())) {
      throw new InvalidInputException("Mô hình “" + model.name() + "” đang được biên tập để đăng");
    }
    Proposal proposal = new Proposal(
        UUID.randomUUID().toString(), model.id(), model.year(), model.unitCode(), source, ProposalStatus.EDITING,
        processInstanceId, truncate(model.name(), TITLE_MAX), null, truncate(draftBody(model.id()), BODY_MAX), 0, null,
        by, EngineClock.now(), null, null, null, null, null);
    repository.insertProposal(proposal);
    event(proposal, null, "PROPOSED", by, source == ProposalSource.EVALUATION ? "Đề xuất từ kết quả đánh giá" : null);
    return proposal;
  }

  private String draftBody(String initiativeId) {
    StringBuilder body = new StringBuilder();
    for (ModelSection section : catalog.unitText(initiativeId)) {
      if (body.length() > 0) {
        body.append("\n\n");
      }
      body.append(section.title()).append("\n").append(section.text());
    }
    return body.toString();
  }

  public Proposal proposalOfProcess(String processInstanceId) {
    return repository.findProposalOfProcess(processInstanceId)
        .orElseThrow(() -> new IllegalStateException("No showcase proposal for process " + processInstanceId));
  }

  public Optional<ModelRef> model(String initiativeId) {
    return catalog.find(initiativeId);
  }

  @Transactional
  public void saveDraft(Proposal proposal, String title, String summary, String body, String editor) {
    repository.saveDraft(proposal.id(), title, summary, body, editor, EngineClock.now());
    event(proposal, null, "EDITED", editor, null);
  }

  @Transactional
  public void returnForEditing(Proposal proposal, String comment, String by) {
    repository.returnForEditing(proposal.id(), comment, by, EngineClock.now());
    event(proposal, null, "RETURNED", by, comment);
  }

  @Transactional
  public void reject(Proposal proposal, String comment, String by) {
    repository.decide(proposal.id(), ProposalStatus.REJECTED, comment, by, EngineClock.now(), null);
    event(proposal, null, "REJECTED", by, comment);
  }

  /** Publishes the approved draft: from now on the public page and the feed show it. */
  @Transactional
  public String publish(Proposal proposal, String approvedBy) {
    if (proposal.status() == ProposalStatus.PUBLISHED && proposal.showcaseId() != null) {
      return proposal.showcaseId();
    }
    ModelRef model = catalog.find(proposal.initiativeId())
        .orElseThrow(() -> new IllegalStateException("The model " + proposal.initiativeId() + " no longer exists"));
    String id = UUID.randomUUID().toString();
    var at = EngineClock.now();
    repository.insertPublication(id, proposal, model.groupCode(), model.groupName(), model.unitName(), approvedBy, at);
    repository.decide(proposal.id(), ProposalStatus.PUBLISHED, null, approvedBy, at, id);
    repository.markCandidatePublished(proposal.initiativeId(), at);
    event(proposal, id, "PUBLISHED", approvedBy, null);
    LOG.info("Model {} published as {} (approved by {})", proposal.initiativeId(), id, approvedBy);
    return id;
  }

  /**
   * The reviewing office withdraws a publication from the public page and the feed, with the reason.
   * The publication's process (waiting at "Đang đăng") receives the request and records it; a
   * publication without a waiting process (e.g. its instance was removed in Cockpit) is withdrawn
   * directly. The trace (who, when, why) stays. The caller has checked that the person may do it.
   */
  @Transactional
  public Publication requestUnpublish(String showcaseId, String by, String reason) {
    String why = checkReason(reason);
    Publication publication = repository.findPublication(showcaseId)
        .orElseThrow(() -> new InvalidInputException("Không có bài giới thiệu này"));
    if (publication.status() != PublicationStatus.PUBLISHED) {
      throw new InvalidInputException("Bài giới thiệu này đã được gỡ trước đó");
    }
    String processInstanceId = repository.findProposal(publication.proposalId()).map(Proposal::processInstanceId).orElse(null);
    ProcessEngine processEngine = engine.getIfAvailable();
    boolean correlated = processInstanceId != null && processEngine != null && Authorizations.withoutChecks(processEngine, () -> {
      var runtime = processEngine.getRuntimeService();
      boolean waiting = runtime.createExecutionQuery()
          .processInstanceId(processInstanceId)
          .messageEventSubscriptionName(UNPUBLISH_MESSAGE)
          .count() > 0;
      if (waiting) {
        runtime.createMessageCorrelation(UNPUBLISH_MESSAGE)
            .processInstanceId(processInstanceId)
            .setVariable(ShowcaseSteps.UNPUBLISHED_BY, by)
            .setVariable(ShowcaseSteps.UNPUBLISH_REASON, why)
            .correlate();
      }
      return waiting;
    });
    if (!correlated) {
      unpublish(showcaseId, by, why);
    }
    return repository.findPublication(showcaseId).orElseThrow();
  }

  /** Withdraws the publication (the step of the process, or directly); nothing happens if it is not published any more. */
  @Transactional
  public void unpublish(String showcaseId, String by, String reason) {
    String why = checkReason(reason);
    Publication publication = repository.findPublication(showcaseId)
        .orElseThrow(() -> new IllegalStateException("No publication " + showcaseId));
    if (repository.unpublish(showcaseId, by, why, EngineClock.now())) {
      repository.insertEvent(new ShowcaseEvent(publication.proposalId(), showcaseId, publication.initiativeId(), "UNPUBLISHED", by, why,
          EngineClock.now()));
      LOG.info("Publication {} of model {} withdrawn by {}", showcaseId, publication.initiativeId(), by);
    }
  }

  private static String checkReason(String reason) {
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty()) {
      throw new InvalidInputException("Chưa nhập lý do gỡ bài");
    }
    if (why.length() > REASON_MAX) {
      throw new InvalidInputException("Lý do gỡ bài dài quá " + REASON_MAX + " ký tự");
    }
    return why;
  }

  // ---------------------------------------------------------------- reads

  /** Every publication, with its internal trace: for the reviewing office's page. */
  public List<Publication> publications() {
    return repository.findPublications();
  }

  public List<Proposal> openProposals() {
    return repository.findOpenProposals();
  }

  /** A model's publication history (proposals, publications, withdrawals), for the model's history. */
  public List<ShowcaseEvent> historyOf(String initiativeId) {
    return repository.findEventsOf(initiativeId);
  }

  public List<Publication> publicationsOf(String initiativeId) {
    return repository.findPublicationsOf(initiativeId);
  }

  private void event(Proposal proposal, String showcaseId, String action, String actor, String comment) {
    repository.insertEvent(new ShowcaseEvent(proposal.id(), showcaseId, proposal.initiativeId(), action, actor,
        truncate(comment, REASON_MAX), EngineClock.now()));
  }

  static String truncate(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}
