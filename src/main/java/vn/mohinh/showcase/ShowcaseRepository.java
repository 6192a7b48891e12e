package vn.mohinh.showcase;

import static vn.mohinh.workflow.SqlTimes.at;
import static vn.mohinh.workflow.SqlTimes.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Proposals, publications and their history in mh_showcase_proposal, mh_showcase, mh_showcase_event. */
@Repository
public class ShowcaseRepository {

  private static final String PROPOSAL_SELECT =
      "select id, initiative_id, model_year, unit_code, source, status, process_instance_id, title, summary, body, "
          + "return_count, last_comment, proposed_by, proposed_at, edited_by, edited_at, decided_by, decided_at, showcase_id "
          + "from mh_showcase_proposal ";
  /** Only the public columns: what {@link PublicShowcase} holds. */
  private static final String PUBLIC_SELECT =
      "select id, model_year, group_code, group_name, unit_name, title, summary, body, published_at, updated_at from mh_showcase ";
  private static final String PUBLICATION_SELECT =
      "select id, model_year, group_code, group_name, unit_name, title, summary, body, published_at, updated_at, "
          + "initiative_id, proposal_id, status, published_by, approved_by, unpublished_at, unpublished_by, unpublish_reason "
          + "from mh_showcase ";

  private final JdbcClient jdbc;

  public ShowcaseRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  // ---------------------------------------------------------------- proposals

  public void insertProposal(Proposal p) {
    jdbc.sql("insert into mh_showcase_proposal (id, initiative_id, model_year, unit_code, source, status, process_instance_id, "
                + "title, summary, body, return_count, last_comment, proposed_by, proposed_at) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(p.id(), p.initiativeId(), p.year(), p.unitCode(), p.source().name(), p.status().name(), p.processInstanceId(),
            p.title(), p.summary(), p.body(), p.returnCount(), p.lastComment(), p.proposedBy(), at(p.proposedAt()))
        .update();
  }

  public Optional<Proposal> findProposal(String id) {
    return jdbc.sql(PROPOSAL_SELECT + "where id = ?").param(id).query(ShowcaseRepository::proposal).optional();
  }

  public Optional<Proposal> findProposalOfProcess(String processInstanceId) {
    return jdbc.sql(PROPOSAL_SELECT + "where process_instance_id = ?").param(processInstanceId).query(ShowcaseRepository::proposal).optional();
  }

  public List<Proposal> findProposalsOf(String initiativeId) {
    return jdbc.sql(PROPOSAL_SELECT + "where initiative_id = ? order by proposed_at").param(initiativeId).query(ShowcaseRepository::proposal).list();
  }

  public List<Proposal> findOpenProposals() {
    return jdbc.sql(PROPOSAL_SELECT + "where status in ('EDITING', 'AWAITING_APPROVAL') order by proposed_at")
        .query(ShowcaseRepository::proposal).list();
  }

  public void saveDraft(String id, String title, String summary, String body, String editor, Instant at) {
    jdbc.sql("update mh_showcase_proposal set title = ?, summary = ?, body = ?, status = ?, edited_by = ?, edited_at = ? where id = ?")
        .params(title, summary, body, ProposalStatus.AWAITING_APPROVAL.name(), editor, at(at), id)
        .update();
  }

  public void returnForEditing(String id, String comment, String decidedBy, Instant at) {
    jdbc.sql("update mh_showcase_proposal set status = ?, return_count = return_count + 1, last_comment = ?, decided_by = ?, "
                + "decided_at = ? where id = ?")
        .params(ProposalStatus.EDITING.name(), comment, decidedBy, at(at), id)
        .update();
  }

  public void decide(String id, ProposalStatus status, String comment, String decidedBy, Instant at, String showcaseId) {
    jdbc.sql("update mh_showcase_proposal set status = ?, last_comment = coalesce(?, last_comment), decided_by = ?, decided_at = ?, "
                + "showcase_id = coalesce(?, showcase_id) where id = ?")
        .params(status.name(), comment, decidedBy, at(at), showcaseId, id)
        .update();
  }

  // ---------------------------------------------------------------- publications

  public void insertPublication(String id, Proposal p, String groupCode, String groupName, String unitName, String approvedBy, Instant at) {
    jdbc.sql("insert into mh_showcase (id, proposal_id, initiative_id, model_year, group_code, group_name, unit_name, title, summary, body, "
                + "status, published_at, published_by, approved_by, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(id, p.id(), p.initiativeId(), p.year(), groupCode, groupName, unitName, p.title(), p.summary(), p.body(),
            PublicationStatus.PUBLISHED.name(), at(at), p.editedBy(), approvedBy, at(at))
        .update();
  }

  /** Withdraws a publication; false if it is not (or no longer) published. */
  public boolean unpublish(String id, String by, String reason, Instant at) {
    return jdbc.sql("update mh_showcase set status = ?, unpublished_at = ?, unpublished_by = ?, unpublish_reason = ?, updated_at = ? "
                + "where id = ? and status = ?")
        .params(PublicationStatus.UNPUBLISHED.name(), at(at), by, reason, at(at), id, PublicationStatus.PUBLISHED.name())
        .update() == 1;
  }

  public Optional<Publication> findPublication(String id) {
    return jdbc.sql(PUBLICATION_SELECT + "where id = ?").param(id).query(ShowcaseRepository::publication).optional();
  }

  public List<Publication> findPublications() {
    return jdbc.sql(PUBLICATION_SELECT + "order by published_at desc, id").query(ShowcaseRepository::publication).list();
  }

  public List<Publication> findPublicationsOf(String initiativeId) {
    return jdbc.sql(PUBLICATION_SELECT + "where initiative_id = ? order by published_at").param(initiativeId)
        .query(ShowcaseRepository::publication).list();
  }

  /** The models of the year that are published or have a proposal being edited or approved. */
  public java.util.Set<String> busyInitiatives(int year) {
    return new java.util.HashSet<>(jdbc.sql("select initiative_id from mh_showcase where model_year = ? and status = ? union "
                + "select initiative_id from mh_showcase_proposal where model_year = ? and status in ('EDITING', 'AWAITING_APPROVAL')")
        .params(year, PublicationStatus.PUBLISHED.name(), year)
        .query(String.class)
        .list());
  }

  public boolean isPublished(String initiativeId) {
    return jdbc.sql("select count(*) from mh_showcase where initiative_id = ? and status = ?")
        .params(initiativeId, PublicationStatus.PUBLISHED.name()).query(Long.class).single() > 0;
  }

  // ---------------------------------------------------------------- public reads: published rows, public columns only

  public List<PublicShowcase> findPublished(Integer year, String groupCode, int offset, int limit) {
    StringBuilder sql = new StringBuilder(PUBLIC_SELECT).append("where status = :status ");
    if (year != null) {
      sql.append("and model_year = :year ");
    }
    if (groupCode != null) {
      sql.append("and group_code = :group ");
    }
    sql.append("order by published_at desc, id limit :limit offset :offset");
    JdbcClient.StatementSpec spec = jdbc.sql(sql.toString()).param("status", PublicationStatus.PUBLISHED.name());
    if (year != null) {
      spec = spec.param("year", year);
    }
    if (groupCode != null) {
      spec = spec.param("group", groupCode);
    }
    return spec.param("limit", limit).param("offset", offset).query(ShowcaseRepository::publicShowcase).list();
  }

  public long countPublished(Integer year, String groupCode) {
    StringBuilder sql = new StringBuilder("select count(*) from mh_showcase where status = :status ");
    if (year != null) {
      sql.append("and model_year = :year ");
    }
    if (groupCode != null) {
      sql.append("and group_code = :group ");
    }
    JdbcClient.StatementSpec spec = jdbc.sql(sql.toString()).param("status", PublicationStatus.PUBLISHED.name());
    if (year != null) {
      spec = spec.param("year", year);
    }
    if (groupCode != null) {
      spec = spec.param("group", groupCode);
    }
    return spec.query(Long.class).single();
  }

  public Optional<PublicShowcase> findPublishedById(String id) {
    return jdbc.sql(PUBLIC_SELECT + "where id = ? and status = ?")
        .params(id, PublicationStatus.PUBLISHED.name())
        .query(ShowcaseRepository::publicShowcase)
        .optional();
  }

  public List<Integer> publishedYears() {
    return jdbc.sql("select distinct model_year from mh_showcase where status = ? order by model_year desc")
        .param(PublicationStatus.PUBLISHED.name()).query(Integer.class).list();
  }

  /** The groups of the published models: code → name. */
  public List<String[]> publishedGroups() {
    return jdbc.sql("select distinct group_code, group_name from mh_showcase where status = ? and group_code is not null "
                + "order by group_code")
        .param(PublicationStatus.PUBLISHED.name())
        .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
        .list();
  }

  /** When the public list last changed (a publication or a withdrawal), if ever. */
  public Optional<Instant> lastChange() {
    return Optional.ofNullable(jdbc.sql("select max(updated_at) from mh_showcase").query((rs, n) -> instant(rs, 1)).single());
  }

  // ---------------------------------------------------------------- the evaluation's flags (mh_showcase_candidate)

  /** The models of the year the evaluation flagged for publication ("nhân rộng") and not yet published. */
  public List<String> candidatesToPublish(int year) {
    return jdbc.sql("select initiative_id from mh_showcase_candidate where cycle_year = ? and status = 'TO_PUBLISH' "
                + "order by flagged_at, initiative_id")
        .param(year)
        .query(String.class)
        .list();
  }

  /** Tells the evaluation's list that the flagged model is published (nothing if it was not flagged). */
  public void markCandidatePublished(String initiativeId, Instant at) {
    jdbc.sql("update mh_showcase_candidate set status = 'PUBLISHED', published_at = ? where initiative_id = ? and status = 'TO_PUBLISH'")
        .params(at(at), initiativeId)
        .update();
  }

  // ---------------------------------------------------------------- history

  public void insertEvent(ShowcaseEvent e) {
    jdbc.sql("insert into mh_showcase_event (proposal_id, showcase_id, initiative_id, action, actor, comment, occurred_at) "
                + "values (?, ?, ?, ?, ?, ?, ?)")
        .params(e.proposalId(), e.showcaseId(), e.initiativeId(), e.action(), e.actor(), e.comment(), at(e.occurredAt()))
        .update();
  }

  public List<ShowcaseEvent> findEventsOf(String initiativeId) {
    return jdbc.sql("select proposal_id, showcase_id, initiative_id, action, actor, comment, occurred_at from mh_showcase_event "
                + "where initiative_id = ? order by occurred_at, id")
        .param(initiativeId)
        .query((rs, n) -> new ShowcaseEvent(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getString(6), instant(rs, 7)))
        .list();
  }

  public List<ShowcaseEvent> findEventsOfPublication(String showcaseId) {
    return jdbc.sql("select proposal_id, showcase_id, initiative_id, action, actor, comment, occurred_at from mh_showcase_event "
                + "where showcase_id = ? order by occurred_at, id")
        .param(showcaseId)
        .query((rs, n) -> new ShowcaseEvent(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getString(6), instant(rs, 7)))
        .list();
  }

  // ---------------------------------------------------------------- mapping

  private static Proposal proposal(ResultSet rs, int row) throws SQLException {
    return new Proposal(
        rs.getString("id"), rs.getString("initiative_id"), rs.getInt("model_year"), rs.getString("unit_code"),
        ProposalSource.valueOf(rs.getString("source")), ProposalStatus.valueOf(rs.getString("status")),
        rs.getString("process_instance_id"), rs.getString("title"), rs.getString("summary"), rs.getString("body"),
        rs.getInt("return_count"), rs.getString("last_comment"), rs.getString("proposed_by"), instant(rs, "proposed_at"),
        rs.getString("edited_by"), instant(rs, "edited_at"), rs.getString("decided_by"), instant(rs, "decided_at"),
        rs.getString("showcase_id"));
  }

  private static PublicShowcase publicShowcase(ResultSet rs, int row) throws SQLException {
    return new PublicShowcase(
        rs.getString("id"), rs.getInt("model_year"), rs.getString("group_code"), rs.getString("group_name"), rs.getString("unit_name"),
        rs.getString("title"), rs.getString("summary"), rs.getString("body"), instant(rs, "published_at"), instant(rs, "updated_at"));
  }

  private static Publication publication(ResultSet rs, int row) throws SQLException {
    return new Publication(
        publicShowcase(rs, row), rs.getString("initiative_id"), rs.getString("proposal_id"),
        PublicationStatus.valueOf(rs.getString("status")), rs.getString("published_by"), rs.getString("approved_by"),
        instant(rs, "unpublished_at"), rs.getString("unpublished_by"), rs.getString("unpublish_reason"));
  }
}
