package vn.mohinh.registration;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.mohinh.cycle.CycleService;
import vn.mohinh.cycle.DeadlineKind;
import vn.mohinh.testsupport.RegistrationWorld;

/** The registration's migrations and queries on PostgreSQL, the production database (embedded). */
class RegistrationOnPostgresTest {

  private static EmbeddedPostgres postgres;
  private static RegistrationWorld world;

  @BeforeAll
  static void start() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
    world = new RegistrationWorld(postgres.getPostgresDatabase(), "organization/test-bloc.yml");
  }

  @AfterAll
  static void stop() throws Exception {
    ClockUtil.reset();
    if (world != null) {
      world.close();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void aYearIsOpenedAndPlansAreRegistered() {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse("2027-01-05T08:00").atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant()));
    world.cycle.openYear(new CycleService.OpenYearCommand(2027, false, Map.of(), "btg", null));
    assertThat(world.calendar.dueText(2027, DeadlineKind.CELL_PLAN)).isEqualTo("17 giờ 00 ngày 20/02/2027");

    PlanService.PlanTask task = world.plans.openPlanTask("t1", 2027, "dbt-a", null);
    Map<String, Object> values = new HashMap<>(task.fields());
    values.put(PlanField.NAME.key(), "Tiết kiệm");
    values.put(PlanField.GROUP.key(), "PARTY_BUILDING");
    values.put(PlanField.TYPE.key(), PlanField.CONTINUING);
    values.put(PlanField.PERIOD.key(), "Năm 2027");
    for (PlanField section : PlanField.sections()) {
      values.put(section.key(), "Nội dung\nnhiều dòng");
    }
    world.plans.submitPlan("t1", values, "dbt-a.bithu");
    world.plans.openReviewTask("t2", 2027, "dbt-a", task.initiative().id());
    world.plans.reviewPlan("t2", PlanService.RETURN, "Sửa", "dbt.bithu");
    world.plans.openPlanTask("t3", 2027, "dbt-a", task.initiative().id());
    world.plans.submitPlan("t3", values, "dbt-a.bithu");
    world.plans.openReviewTask("t4", 2027, "dbt-a", task.initiative().id());
    world.plans.reviewPlan("t4", PlanService.APPROVE, null, "dbt.bithu");

    assertThat(world.queries.mau02(2027, "dbt")).extracting(RegistrationQueries.Mau02Row::name).containsExactly("Tiết kiệm");
    Initiative stored = world.initiatives.find(task.initiative().id()).orElseThrow();
    assertThat(stored.status()).isEqualTo(InitiativeStatus.APPROVED);
    assertThat(stored.returnCount()).isEqualTo(1);
    assertThat(stored.continuing()).isTrue();
    assertThat(stored.submittedAt()).isNotNull();
    assertThat(world.initiatives.content(stored.id()).method()).isEqualTo("Nội dung\nnhiều dòng");
    RegistrationQueries.MissingUnits missing = world.queries.unitsWithoutAcceptedModel(2027);
    assertThat(missing.total()).isEqualTo(4);
    assertThat(missing.units()).extracting(RegistrationQueries.UnitWithoutModel::state)
        .containsExactly("Chưa bắt đầu đăng ký", InitiativeStatus.APPROVED.label(), "Chưa bắt đầu đăng ký", "Chưa bắt đầu đăng ký");
    assertThat(world.log.eventsOfInitiative(stored.id())).hasSize(4);
    assertThat(world.queries.blocSummary(2027).rows()).hasSize(1);
  }
}
