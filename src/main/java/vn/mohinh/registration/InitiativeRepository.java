package vn.mohinh.registration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Models and their plans in {@code mh_initiative} and {@code mh_initiative_plan}. */
@Repository
public class InitiativeRepository {

  private static final String SELECT =
      "select i.id, i.cycle_year, i.unit_code, i.base_unit_code, i.seq, i.status, i.name, i.group_code, i.group_name, "
          + "i.continuing, i.period, i.continues_id, i.prefilled_from_id, i.return_count, i.last_comment, "
          + "i.last_returned_by, i.created_at, i.submitted_at, i.submitted_by, i.decided_at, i.decided_by "
          + "from mh_initiative i ";
  private static final String ORDER = " order by u.sort_order, i.seq";
  private static final String JOIN_UNIT = "join mh_org_unit u on u.code = i.unit_code ";

  private final JdbcClient jdbc;

  public InitiativeRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insertDraft(Initiative i) {
    jdbc.sql(
            "insert into mh_initiative (id, cycle_year, unit_code, base_unit_code, seq, status, prefilled_from_id, return_count, "
                + "created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)")
        .params(
            i.id(), i.year(), i.unitCode(), i.baseUnitCode(), i.seq(), i.status().name(), i.prefilledFromId(),
            odt(i.createdAt()), odt(i.createdAt()))
        .update();
    jdbc.sql("insert into mh_initiative_plan (initiative_id) values (?)").param(i.id()).update();
  }

  public Optional<Initiative> find(String id) {
    return jdbc.sql(SELECT + "where i.id = ?").param(id).query(InitiativeRepository::initiative).optional();
  }

  public int nextSeq(int year, String unitCode) {
    return jdbc.sql("select coalesce(max(seq), 0) + 1 from mh_initiative where cycle_year = ? and unit_code = ?")
        .params(year, unitCode)
        .query(Integer.class)
        .single();
  }

  /** A unit's models of a year, in registration order. */
  public List<Initiative> ofUnit(int year, String unitCode) {
    return jdbc.sql(SELECT + "where i.cycle_year = ? and i.unit_code = ? order by i.seq")
        .params(year, unitCode)
        .query(InitiativeRepository::initiative)
        .list();
  }

  /** The models of a base unit (a committee's own and its cells', or a base cell's), in unit order. */
  public List<Initiative> ofBaseUnit(int year, String baseUnitCode) {
    return jdbc.sql(SELECT + JOIN_UNIT + "where i.cycle_year = ? and i.base_unit_code = ?" + ORDER)
        .params(year, baseUnitCode)
        .query(InitiativeRepository::initiative)
        .list();
  }

  public List<Initiative> ofBaseUnit(int year, String baseUnitCode, Collection<InitiativeStatus> statuses) {
    return ofBaseUnit(year, baseUnitCode).stream().filter(i -> statuses.contains(i.status())).toList();
  }

  /** Every model of the year, in unit order. */
  public List<Initiative> ofYear(int year) {
    return jdbc.sql(SELECT + JOIN_UNIT + "where i.cycle_year = ?" + ORDER)
        .param(year)
        .query(InitiativeRepository::initiative)
        .list();
  }

  /**
   * Last year's accepted models of the unit that no model of this year was pre-filled from or
   * continues yet, in last year's order.
   */
  public List<Initiative> continuableFrom(int year, String unitCode) {
    return jdbc.sql(
            SELECT
                + "where i.cycle_year = ? and i.unit_code = ? and i.status = ? and not exists ("
                + "select 1 from mh_initiative n where n.cycle_year = ? and n.unit_code = ? "
                + "and (n.prefilled_from_id = i.id or n.continues_id = i.id)) order by i.seq")
        .params(year - 1, unitCode, InitiativeStatus.ACCEPTED.name(), year, unitCode)
        .query(InitiativeRepository::initiative)
        .list();
  }

  /** A unit that must register, with the furthest status any of its models of the year reached (null: none). */
  public record UnitProgress(String unitCode, String unitName, String parentName, InitiativeStatus best) {}

  private static final String PROGRESS =
      "from mh_org_unit u left join mh_org_unit p on p.code = u.parent_code "
          + "left join (select unit_code, max(case status when 'ACCEPTED' then 4 when 'APPROVED' then 3 "
          + "when 'SUBMITTED' then 2 when 'RETURNED' then 1 else 0 end) as best "
          + "from mh_initiative where cycle_year = ? group by unit_code) s on s.unit_code = u.code "
          + "where u.active = true and u.kind <> 'MASS_ORGANISATION' ";
  private static final InitiativeStatus[] BY_RANK = {
    InitiativeStatus.DRAFT, InitiativeStatus.RETURNED, InitiativeStatus.SUBMITTED, InitiativeStatus.APPROVED,
    InitiativeStatus.ACCEPTED
  };

  /** The first {@code limit} units (in the organisation's order) without a model accepted by the bloc for the year. */
  public List<UnitProgress> unitsWithoutAccepted(int year, int limit) {
    return jdbc.sql(
            "select u.code, u.name, p.name as parent_name, s.best " + PROGRESS
                + "and (s.best is null or s.best < 4) order by u.sort_order limit ?")
        .params(year, limit)
        .query(
            (rs, n) -> {
              Object best = rs.getObject("best");
              return new UnitProgress(
                  rs.getString("code"), rs.getString("name"), rs.getString("parent_name"),
                  best == null ? null : BY_RANK[((Number) best).intValue()]);
            })
        .list();
  }

  public int countUnitsWithoutAccepted(int year) {
    return jdbc.sql("select count(*) " + PROGRESS + "and (s.best is null or s.best < 4)").param(year).query(Integer.class).single();
  }

  public int countRegisteringUnits() {
    return jdbc.sql("select count(*) from mh_org_unit u where u.active = true and u.kind <> 'MASS_ORGANISATION'")
        .query(Integer.class)
        .single();
  }

  public PlanContent content(String initiativeId) {
    return jdbc.sql(
            "select i.name, i.group_code, i.continuing, i.period, p.situation, p.advantages, p.difficulties, p.purpose, "
                + "p.study_content, p.necessity, p.method, p.effectiveness, p.replicability, p.organization "
                + "from mh_initiative i join mh_initiative_plan p on p.initiative_id = i.id where i.id = ?")
        .param(initiativeId)
        .query(
            (rs, n) ->
                new PlanContent(
                    rs.getString("name"),
                    rs.getString("group_code"),
                    (Boolean) rs.getObject("continuing"),
                    rs.getString("period"),
                    rs.getString("situation"),
                    rs.getString("advantages"),
                    rs.getString("difficulties"),
                    rs.getString("purpose"),
                    rs.getString("study_content"),
                    rs.getString("necessity"),
                    rs.getString("method"),
                    rs.getString("effectiveness"),
                    rs.getString("replicability"),
                    rs.getString("organization")))
        .single();
  }

  /** Stores a submitted plan and its new status. */
  public void submit(
      String id, PlanContent c, String groupName, String continuesId, InitiativeStatus status, Instant at, String by) {
    jdbc.sql(
            "update mh_initiative set name = ?, group_code = ?, group_name = ?, continuing = ?, period = ?, continues_id = ?, "
                + "status = ?, submitted_at = ?, submitted_by = ?, updated_at = ? where id = ?")
        .params(
            c.name(), c.groupCode(), groupName, c.continuing(), c.period(), continuesId, status.name(), odt(at), by,
            odt(at), id)
        .update();
    jdbc.sql(
            "update mh_initiative_plan set situation = ?, advantages = ?, difficulties = ?, purpose = ?, study_content = ?, "
                + "necessity = ?, method = ?, effectiveness = ?, replicability = ?, organization = ? where initiative_id = ?")
        .params(
            c.situation(), c.advantages(), c.difficulties(), c.purpose(), c.studyContent(), c.necessity(), c.method(),
            c.effectiveness(), c.replicability(), c.organization(), id)
        .update();
  }

  /** Approved by the committee or accepted by the bloc. */
  public void decide(String id, InitiativeStatus status, Instant at, String by) {
    jdbc.sql("update mh_initiative set status = ?, decided_at = ?, decided_by = ?, updated_at = ? where id = ?")
        .params(status.name(), odt(at), by, odt(at), id)
        .update();
  }

  /** Returned for revision with a comment; counts the round. */
  public void markReturned(String id, String comment, String returnedBy, Instant at, String by) {
    jdbc.sql(
            "update mh_initiative set status = ?, return_count = return_count + 1, last_comment = ?, last_returned_by = ?, "
                + "decided_at = ?, decided_by = ?, updated_at = ? where id = ?")
        .params(InitiativeStatus.RETURNED.name(), comment, returnedBy, odt(at), by, odt(at), id)
        .update();
  }

  private static Initiative initiative(ResultSet rs, int row) throws SQLException {
    return new Initiative(
        rs.getString("id"),
        rs.getInt("cycle_year"),
        rs.getString("unit_code"),
        rs.getString("base_unit_code"),
        rs.getInt("seq"),
        InitiativeStatus.valueOf(rs.getString("status")),
        rs.getString("name"),
        rs.getString("group_code"),
        rs.getString("group_name"),
        (Boolean) rs.getObject("continuing"),
        rs.getString("period"),
        rs.getString("continues_id"),
        rs.getString("prefilled_from_id"),
        rs.getInt("return_count"),
        rs.getString("last_comment"),
        rs.getString("last_returned_by"),
        instant(rs, "created_at"),
        instant(rs, "submitted_at"),
        rs.getString("submitted_by"),
        instant(rs, "decided_at"),
        rs.getString("decided_by"));
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
    return at == null ? null : at.toInstant();
  }

  static OffsetDateTime odt(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
