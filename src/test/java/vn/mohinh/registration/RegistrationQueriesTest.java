package vn.mohinh.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import vn.mohinh.cycle.CycleService;
import vn.mohinh.cycle.DeadlineCalendar;
import vn.mohinh.cycle.DeadlineProperties;
import vn.mohinh.organization.OrganizationDirectory;

/**
 * The registration's tables computed from the domain tables, on the demo bloc: mẫu 02 of a committee
 * is exactly its approved plans; the units without an accepted model are listed with where they stand.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RegistrationQueriesTest {

  private static final int YEAR = 2032;

  @Autowired PlanService plans;
  @Autowired SubmissionService submissions;
  @Autowired RegistrationQueries queries;
  @Autowired InitiativeRepository initiatives;
  @Autowired CycleService cycle;
  @Autowired DeadlineCalendar calendar;
  @Autowired RegistrationProperties registrationProperties;
  @Autowired OrganizationDirectory directory;

  @BeforeEach
  void clock() {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(YEAR + "-01-06T08:00").atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant()));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private String write(String unitCode, String name, boolean continuing) {
    String task = "test-" + UUID.randomUUID();
    PlanService.PlanTask opened = plans.openPlanTask(task, YEAR, unitCode, null);
    Map<String, Object> values = new HashMap<>(opened.fields());
    values.put(PlanField.NAME.key(), name);
    values.put(PlanField.GROUP.key(), "ADMINISTRATIVE_REFORM");
    values.put(PlanField.TYPE.key(), continuing ? PlanField.CONTINUING : PlanField.NEW);
    values.put(PlanField.PERIOD.key(), "Năm " + YEAR);
    for (PlanField section : PlanField.sections()) {
      values.put(section.key(), "Nội dung " + section.label());
    }
    plans.submitPlan(task, values, unitCode + ".bithu");
    return opened.initiative().id();
  }

  private void review(String unitCode, String initiativeId, String decision, String comment) {
    String task = "test-" + UUID.randomUUID();
    plans.openReviewTask(task, YEAR, unitCode, initiativeId);
    plans.reviewPlan(task, decision, comment, "stc.bithu");
  }

  @Test
  void mau02IsGeneratedFromTheApprovedPlansAndTheUnitsWithoutAModelAreListed() {
    cycle.openYear(new CycleService.OpenYearCommand(YEAR, false, Map.of(), "btg.truongban", null));
    write("stc", "Đảng bộ tiết kiệm, chống lãng phí", false);
    String vp1 = write("stc-vp", "Văn phòng không giấy", true);
    String vp2 = write("stc-vp", "Ngày thứ bảy tình nguyện", false);
    String ns = write("stc-ns", "Giải ngân đúng hạn", false);
    String th = write("stc-th", "Số hóa hồ sơ", false);
    plans.openPlanTask("test-draft-" + UUID.randomUUID(), YEAR, "stc-gcs", null);
    review("stc-vp", vp1, PlanService.APPROVE, null);
    review("stc-vp", vp2, PlanService.APPROVE, null);
    review("stc-ns", ns, PlanService.APPROVE, "Tốt");
    review("stc-th", th, PlanService.RETURN, "Nêu rõ cách làm");

    List<RegistrationQueries.Mau02Row> rows = queries.mau02(YEAR, "stc");
    assertThat(rows)
        .extracting(
            RegistrationQueries.Mau02Row::tt, RegistrationQueries.Mau02Row::unitName, RegistrationQueries.Mau02Row::firstOfUnit,
            RegistrationQueries.Mau02Row::name, RegistrationQueries.Mau02Row::period, RegistrationQueries.Mau02Row::continuing)
        .containsExactly(
            tuple(1, "Đảng bộ Sở Tài chính", true, "Đảng bộ tiết kiệm, chống lãng phí", "Năm 2032", false),
            tuple(2, "Chi bộ Văn phòng", true, "Văn phòng không giấy", "Năm 2032", true),
            tuple(3, "Chi bộ Văn phòng", false, "Ngày thứ bảy tình nguyện", "Năm 2032", false),
            tuple(4, "Chi bộ Phòng Quản lý ngân sách", true, "Giải ngân đúng hạn", "Năm 2032", false));
    assertThat(RegistrationViews.mau02(rows))
        .extracting(r -> r.get("unitName"), r -> r.get("continuing"), r -> r.get("isNew"))
        .containsExactly(
            tuple("Đảng bộ Sở Tài chính", "", "x"),
            tuple("Chi bộ Văn phòng", "x", ""),
            tuple("", "", "x"),
            tuple("Chi bộ Phòng Quản lý ngân sách", "", "x"));
    assertThat(queries.planDetails(YEAR, "stc")).hasSize(4 * 13);

    // A base cell submits and is accepted: it leaves the list of units without a model.
    write("cbbtv", "Báo chí nêu gương", false);
    String accept = "test-" + UUID.randomUUID();
    submissions.openAcceptTask(accept, YEAR, "cbbtv");
    submissions.decide(accept, SubmissionService.ACCEPT, null, "btg.truongban");

    RegistrationQueries.MissingUnits missing = queries.unitsWithoutAcceptedModel(YEAR);
    assertThat(missing.registeringUnits()).isEqualTo(10 + 45 + 3);
    assertThat(missing.total()).isEqualTo(57);
    // a form's table holds at most listLimit units; the total still counts them all
    RegistrationQueries.MissingUnits firstFive =
        new RegistrationQueries(initiatives, directory, new RegistrationProperties(null, 5)).unitsWithoutAcceptedModel(YEAR);
    assertThat(firstFive.units()).hasSize(5);
    assertThat(firstFive.total()).isEqualTo(57);
    assertThat(missing.units()).extracting(RegistrationQueries.UnitWithoutModel::unitCode).doesNotContain("cbbtv");
    Map<String, String> state = new HashMap<>();
    missing.units().forEach(u -> state.put(u.unitCode(), u.state()));
    assertThat(state)
        .containsEntry("stc", "Đảng ủy cơ sở đã duyệt, chờ Khối tiếp nhận")
        .containsEntry("stc-vp", "Đảng ủy cơ sở đã duyệt, chờ Khối tiếp nhận")
        .containsEntry("stc-th", "Bị trả lại, đang sửa")
        .containsEntry("stc-gcs", "Chưa nộp kế hoạch")
        .containsEntry("bvdk-noi", "Chưa bắt đầu đăng ký");
    assertThat(missing.units()).filteredOn(u -> u.unitCode().equals("stc-th"))
        .extracting(RegistrationQueries.UnitWithoutModel::unitName, RegistrationQueries.UnitWithoutModel::baseUnitName)
        .containsExactly(tuple("Chi bộ Phòng Tin học và Thống kê", "Đảng bộ Sở Tài chính"));

    RegistrationQueries.BlocSummary bloc = queries.blocSummary(YEAR);
    assertThat(bloc.models()).isEqualTo(1);
    assertThat(bloc.unitsWithAcceptedModel()).isEqualTo(1);
    assertThat(bloc.rows()).hasSize(6);
    assertThat(bloc.byGroup()).containsEntry(registrationProperties.initiativeGroups().get(4).name(), 0);
  }

  @Test
  void theConfigurationGivesTheDefaultsOfThePlan() {
    assertThat(calendar.properties()).isEqualTo(DeadlineProperties.defaults());
    assertThat(registrationProperties.initiativeGroups()).isEqualTo(RegistrationProperties.DEFAULT_GROUPS);
  }
}
