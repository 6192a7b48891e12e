package vn.mohinh.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import vn.mohinh.notification.Notifier;
import vn.mohinh.testsupport.ProcessTestSupport;

/**
 * One base unit's registration (Process_UnitRegistration and Process_PlanRegistration) on the
 * engine: the units write their plans, the committee reviews and compiles mẫu 02, the bloc accepts;
 * every alternative starts here.
 */
@Deployment(resources = {
  "processes/annual-cycle.bpmn", "processes/mass-organisation-plans.bpmn", "processes/mass-organisation-plan.bpmn", "forms/mobilisation-plan.form",
  "forms/mobilisation-plan-review.form", "processes/unit-registration.bpmn", "processes/plan-registration.bpmn",
  "forms/open-year.form", "forms/write-plan.form", "forms/review-plan.form", "forms/compile-summary.form",
  "forms/accept-submission.form", "forms/registration-summary.form"
})
class UnitRegistrationProcessTest extends ProcessTestSupport {

  @Test
  void aCommitteeRegistersWithItsCells() {
    ProcessInstance unit = startUnit("dbt");

    assertThat(tasks("Task_WritePlan")).hasSize(3);
    Task cellA = task("Task_WritePlan", "dbt-a");
    assertThat(cellA.getName()).isEqualTo("Đăng ký mô hình năm 2027 – Chi bộ Phòng A – Đảng bộ Sở Thử nghiệm");
    assertThat(cellA.getDueDate()).isEqualTo(date("2027-02-20T17:00"));
    assertThat(candidateGroups(cellA)).containsExactly("unit-dbt", "unit-dbt-a");
    Task own = task("Task_WritePlan", "dbt");
    assertThat(own.getDueDate()).isEqualTo(date("2027-02-25T17:00"));
    assertThat(candidateGroups(own)).containsExactly("unit-dbt");
    assertThat(local(cellA, "planDeadlineText")).isEqualTo("17 giờ 00 ngày 20/02/2027");
    assertThat(local(cellA, "planName")).isNull();
    assertThat(local(cellA, "planReturnComment")).isNull();
    assertThat(String.valueOf(local(cellA, "planGroupOptions"))).contains("PARTY_BUILDING", "THRIFT_SOLIDARITY");

    writePlan(own, "Đảng bộ gương mẫu");
    writePlan(cellA, "Tiết kiệm văn phòng phẩm", PlanField.CONTINUING, false);
    writePlan(task("Task_WritePlan", "dbt-b"), "Một cửa thân thiện");

    Task reviewA = task("Task_ReviewCellPlan", "dbt-a");
    assertThat(reviewA.getName())
        .isEqualTo("Duyệt kế hoạch mô hình “Tiết kiệm văn phòng phẩm” năm 2027 – Chi bộ Phòng A – Đảng bộ Sở Thử nghiệm");
    assertThat(reviewA.getDescription()).startsWith("Đọc kế hoạch thực hiện mô hình (mẫu số 01) của chi bộ trực thuộc");
    assertThat(candidateGroups(reviewA)).containsExactly("unit-dbt");
    assertThat(reviewA.getDueDate()).isEqualTo(date("2027-02-25T17:00"));
    assertThat(String.valueOf(local(reviewA, "reviewPlan"))).contains("Tiết kiệm văn phòng phẩm", "Mô hình đang triển khai thực hiện");
    String planA = world.initiatives.ofUnit(YEAR, "dbt-a").get(0).id();
    assertThat(local(reviewA, "reviewPlanUrl")).isEqualTo("/api/documents/plans/" + planA + ".docx");
    review(reviewA, PlanService.APPROVE, null);
    assertThat(tasks("Task_CompileSummary")).isEmpty();
    review(task("Task_ReviewCellPlan", "dbt-b"), PlanService.APPROVE, "Tốt");

    Task compile = task("Task_CompileSummary", "dbt");
    assertThat(compile.getDueDate()).isEqualTo(date("2027-02-25T17:00"));
    assertThat(candidateGroups(compile)).containsExactly("unit-dbt");
    List<Map<String, Object>> rows = rows(compile, "compileRows");
    assertThat(rows).extracting(r -> r.get("name"))
        .containsExactly("Đảng bộ gương mẫu", "Tiết kiệm văn phòng phẩm", "Một cửa thân thiện");
    assertThat(rows).extracting(r -> r.get("unitName"))
        .containsExactly("Đảng bộ Sở Thử nghiệm", "Chi bộ Phòng A", "Chi bộ Phòng B");
    assertThat(rows).extracting(r -> r.get("continuing")).containsExactly("", "x", "");
    assertThat(rows).extracting(r -> r.get("isNew")).containsExactly("x", "", "x");
    assertThat(local(compile, "compileReturnComment")).isNull();
    assertThat(local(compile, "compileSummaryUrl")).isEqualTo("/api/documents/summaries/2027/dbt.xlsx");
    compile(compile, SubmissionService.SUBMIT, null, null);

    Task accept = task("Task_AcceptSubmission", "dbt");
    assertThat(accept.getName()).isEqualTo("Tiếp nhận hồ sơ đăng ký mô hình năm 2027 – Đảng bộ Sở Thử nghiệm");
    assertThat(candidateGroups(accept)).containsExactly("reviewers");
    assertThat(accept.getDueDate()).isNull();
    assertThat(rows(accept, "acceptRows")).hasSize(3);
    assertThat(rows(accept, "acceptPlanDetails")).hasSize(3 * 13);
    assertThat(local(accept, "acceptSummaryUrl")).isEqualTo("/api/documents/summaries/2027/dbt.xlsx");
    assertThat(rows(accept, "acceptPlanLinks")).extracting(r -> r.get("label"), r -> r.get("url")).containsExactly(
        org.assertj.core.groups.Tuple.tuple("Kế hoạch 1 – Đảng bộ Sở Thử nghiệm", "/api/documents/plans/" + world.initiatives.ofUnit(YEAR, "dbt").get(0).id() + ".docx"),
        org.assertj.core.groups.Tuple.tuple("Kế hoạch 2 – Chi bộ Phòng A", "/api/documents/plans/" + planA + ".docx"),
        org.assertj.core.groups.Tuple.tuple("Kế hoạch 3 – Chi bộ Phòng B", "/api/documents/plans/" + world.initiatives.ofUnit(YEAR, "dbt-b").get(0).id() + ".docx"));
    assertThat(rows(accept, "acceptMissingUnits")).extracting(r -> r.get("unitName"))
        .containsExactly("Đảng bộ Sở Thử nghiệm", "Chi bộ Phòng A", "Chi bộ Phòng B", "Chi bộ Báo Thử nghiệm");
    decide(accept, SubmissionService.ACCEPT, null);

    BpmnAwareTests.assertThat(unit).isEnded().hasPassed("Task_CompileSummary", "EndEvent_UnitRegistered");
    assertThat(world.initiatives.ofBaseUnit(YEAR, "dbt")).extracting(Initiative::status)
        .containsOnly(InitiativeStatus.ACCEPTED).hasSize(3);
    assertThat(world.submissions.latest(YEAR, "dbt")).get()
        .extracting(Submission::round, Submission::status).containsExactly(1, Submission.Status.ACCEPTED);
    assertThat(world.queries.unitsWithoutAcceptedModel(YEAR).units()).extracting(RegistrationQueries.UnitWithoutModel::unitCode)
        .containsExactly("cbx");
    verify(world.notifier, times(3)).notifyAccepted(any());
    verify(world.notifier, never()).notifyReturned(any());
    assertThat(runtime.createProcessInstanceQuery().count()).isZero();
  }

  @Test
  void aBaseCellSubmitsStraightToTheBloc() {
    ProcessInstance unit = startUnit("cbx");

    Task write = task("Task_WritePlan", "cbx");
    assertThat(write.getName()).isEqualTo("Đăng ký mô hình năm 2027 – Chi bộ Báo Thử nghiệm");
    assertThat(write.getDueDate()).isEqualTo(date("2027-02-25T17:00"));
    assertThat(candidateGroups(write)).containsExactly("unit-cbx");
    writePlan(write, "Báo chí nêu gương");

    assertThat(tasks("Task_ReviewCellPlan")).isEmpty();
    Task accept = task("Task_AcceptSubmission", "cbx");
    assertThat(rows(accept, "acceptRows")).extracting(r -> r.get("name")).containsExactly("Báo chí nêu gương");
    assertThat(local(accept, "acceptUnitKind")).isEqualTo("Chi bộ cơ sở");
    assertThat(local(accept, "acceptSummaryUrl")).as("a base cell has no mẫu 02").isNull();
    assertThat(rows(accept, "acceptPlanLinks")).hasSize(1);
    decide(accept, SubmissionService.ACCEPT, "Đạt yêu cầu");

    BpmnAwareTests.assertThat(unit).isEnded();
    Initiative model = world.initiatives.ofUnit(YEAR, "cbx").get(0);
    assertThat(model.status()).isEqualTo(InitiativeStatus.ACCEPTED);
    assertThat(world.initiatives.content(model.id()).purpose()).isEqualTo("II. Mục đích, yêu cầu của mô hình Báo chí nêu gương");
    ArgumentCaptor<Notifier.AcceptanceNotice> accepted = ArgumentCaptor.forClass(Notifier.AcceptanceNotice.class);
    verify(world.notifier).notifyAccepted(accepted.capture());
    assertThat(accepted.getValue())
        .isEqualTo(new Notifier.AcceptanceNotice(YEAR, "cbx", "hồ sơ đăng ký mô hình năm 2027", "Ban Tuyên giáo Đảng ủy Khối"));
  }

  @Test
  void aPlanReturnedTwiceIsApprovedTheThirdTime() {
    startUnit("dbt");
    writePlan(task("Task_WritePlan", "dbt"), "Đảng bộ gương mẫu");
    writePlan(task("Task_WritePlan", "dbt-b"), "Một cửa thân thiện");
    review(task("Task_ReviewCellPlan", "dbt-b"), PlanService.APPROVE, null);
    writePlan(task("Task_WritePlan", "dbt-a"), "Tiết kiệm");

    review(task("Task_ReviewCellPlan", "dbt-a"), PlanService.RETURN, "Nêu rõ nội dung học tập Bác");
    Task again = task("Task_WritePlan", "dbt-a");
    assertThat(again.getName()).isEqualTo("Sửa kế hoạch mô hình “Tiết kiệm” năm 2027 – Chi bộ Phòng A – Đảng bộ Sở Thử nghiệm");
    assertThat(local(again, "planReturnComment")).isEqualTo("Nêu rõ nội dung học tập Bác");
    assertThat(local(again, "planReturnedBy")).isEqualTo("Đảng bộ Sở Thử nghiệm (lần 1)");
    assertThat(local(again, "planRevision")).isEqualTo(true);
    assertThat(local(again, "planName")).isEqualTo("Tiết kiệm");
    assertThat(again.getDueDate()).isEqualTo(date("2027-02-20T17:00"));
    writePlan(again, "Tiết kiệm điện, nước");

    Task secondReview = task("Task_ReviewCellPlan", "dbt-a");
    assertThat(local(secondReview, "reviewRound")).isEqualTo(2);
    assertThat(local(secondReview, "reviewPreviousComment")).isEqualTo("Nêu rõ nội dung học tập Bác");
    review(secondReview, PlanService.RETURN, "Bổ sung hiệu quả dự kiến");
    Task third = task("Task_WritePlan", "dbt-a");
    assertThat(local(third, "planReturnComment")).isEqualTo("Bổ sung hiệu quả dự kiến");
    writePlan(third, "Tiết kiệm điện, nước, văn phòng phẩm");
    review(task("Task_ReviewCellPlan", "dbt-a"), PlanService.APPROVE, null);

    assertThat(tasks("Task_CompileSummary")).hasSize(1);
    Initiative model = world.initiatives.ofUnit(YEAR, "dbt-a").get(0);
    assertThat(model.status()).isEqualTo(InitiativeStatus.APPROVED);
    assertThat(model.returnCount()).isEqualTo(2);
    assertThat(model.name()).isEqualTo("Tiết kiệm điện, nước, văn phòng phẩm");
    assertThat(world.initiatives.ofUnit(YEAR, "dbt-a")).hasSize(1);
    assertThat(world.log.eventsOfInitiative(model.id())).extracting(RegistrationLog.Event::action)
        .containsExactly(
            RegistrationLog.Action.PLAN_SUBMITTED, RegistrationLog.Action.PLAN_RETURNED,
            RegistrationLog.Action.PLAN_RESUBMITTED, RegistrationLog.Action.PLAN_RETURNED,
            RegistrationLog.Action.PLAN_RESUBMITTED, RegistrationLog.Action.PLAN_APPROVED);
    ArgumentCaptor<Notifier.ReturnNotice> returned = ArgumentCaptor.forClass(Notifier.ReturnNotice.class);
    verify(world.notifier, times(2)).notifyReturned(returned.capture());
    assertThat(returned.getAllValues()).extracting(Notifier.ReturnNotice::round).containsExactly(1, 2);
    assertThat(returned.getAllValues().get(0))
        .isEqualTo(new Notifier.ReturnNotice(
            YEAR, "dbt-a", "kế hoạch thực hiện mô hình “Tiết kiệm”", "Nêu rõ nội dung học tập Bác", "Đảng bộ Sở Thử nghiệm", 1));
  }

  @Test
  void theBlocReturnsACommitteeSubmissionAndTheCommitteeSendsAPlanBack() {
    ProcessInstance unit = startUnit("dbt");
    writePlan(task("Task_WritePlan", "dbt"), "Đảng bộ gương mẫu");
    writePlan(task("Task_WritePlan", "dbt-a"), "Tiết kiệm");
    writePlan(task("Task_WritePlan", "dbt-b"), "Một cửa");
    review(task("Task_ReviewCellPlan", "dbt-a"), PlanService.APPROVE, null);
    review(task("Task_ReviewCellPlan", "dbt-b"), PlanService.APPROVE, null);
    compile(task("Task_CompileSummary", "dbt"), SubmissionService.SUBMIT, null, null);
    decide(task("Task_AcceptSubmission", "dbt"), SubmissionService.RETURN, "Mô hình của Chi bộ Phòng A chưa rõ tên");

    Task compile = task("Task_CompileSummary", "dbt");
    assertThat(local(compile, "compileReturnComment")).isEqualTo("Mô hình của Chi bộ Phòng A chưa rõ tên");
    assertThat(local(compile, "compileRound")).isEqualTo(2);
    String cellA = world.initiatives.ofUnit(YEAR, "dbt-a").get(0).id();
    assertThat(String.valueOf(local(compile, "compileRevisableOptions"))).contains(cellA, "Chi bộ Phòng A: “Tiết kiệm”");
    assertThatThrownBy(() -> compile(compile, SubmissionService.REVISE, List.of(cellA), " "))
        .hasMessageContaining("ghi rõ ý kiến");
    assertThatThrownBy(() -> compile(compile, SubmissionService.REVISE, List.of("someone-else"), "Sửa"))
        .hasMessageContaining("không thuộc đảng bộ");
    compile(compile, SubmissionService.REVISE, List.of(cellA), "Đặt tên mô hình cụ thể hơn");

    assertThat(tasks("Task_WritePlan")).hasSize(1);
    Task revise = task("Task_WritePlan", "dbt-a");
    assertThat(local(revise, "planReturnComment")).isEqualTo("Đặt tên mô hình cụ thể hơn");
    assertThat(local(revise, "planRevision")).isEqualTo(true);
    writePlan(revise, "Tiết kiệm điện trong cơ quan");
    review(task("Task_ReviewCellPlan", "dbt-a"), PlanService.APPROVE, null);

    Task compileAgain = task("Task_CompileSummary", "dbt");
    assertThat(rows(compileAgain, "compileRows")).extracting(r -> r.get("name"))
        .containsExactly("Đảng bộ gương mẫu", "Tiết kiệm điện trong cơ quan", "Một cửa");
    compile(compileAgain, SubmissionService.SUBMIT, null, null);
    Task accept = task("Task_AcceptSubmission", "dbt");
    assertThat(local(accept, "acceptRound")).isEqualTo(2);
    decide(accept, SubmissionService.ACCEPT, null);

    BpmnAwareTests.assertThat(unit).isEnded().hasPassed("CallActivity_RevisePlans");
    assertThat(world.submissions.ofYear(YEAR)).extracting(Submission::round, Submission::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, Submission.Status.RETURNED),
            org.assertj.core.groups.Tuple.tuple(2, Submission.Status.ACCEPTED));
    verify(world.notifier).notifyReturned(
        new Notifier.ReturnNotice(
            YEAR, "dbt", "hồ sơ đăng ký mô hình năm 2027", "Mô hình của Chi bộ Phòng A chưa rõ tên",
            "Ban Tuyên giáo Đảng ủy Khối", 1));
    verify(world.notifier).notifyReturned(
        new Notifier.ReturnNotice(
            YEAR, "dbt-a", "kế hoạch thực hiện mô hình “Tiết kiệm”", "Đặt tên mô hình cụ thể hơn", "Đảng bộ Sở Thử nghiệm", 1));
  }

  @Test
  void theBlocReturnsABaseCellSubmission() {
    ProcessInstance unit = startUnit("cbx");
    writePlan(task("Task_WritePlan", "cbx"), "Báo chí nêu gương");
    decide(task("Task_AcceptSubmission", "cbx"), SubmissionService.RETURN, "Bổ sung phương pháp thực hiện");

    Task revise = task("Task_WritePlan", "cbx");
    assertThat(local(revise, "planReturnComment")).isEqualTo("Bổ sung phương pháp thực hiện");
    assertThat(local(revise, "planReturnedBy")).isEqualTo("Ban Tuyên giáo Đảng ủy Khối (lần 1)");
    assertThat(world.initiatives.ofUnit(YEAR, "cbx").get(0).status()).isEqualTo(InitiativeStatus.RETURNED);
    writePlan(revise, "Báo chí nêu gương người tốt việc tốt");

    Task accept = task("Task_AcceptSubmission", "cbx");
    assertThat(local(accept, "acceptRound")).isEqualTo(2);
    decide(accept, SubmissionService.ACCEPT, null);
    BpmnAwareTests.assertThat(unit).isEnded();
    assertThat(world.initiatives.ofUnit(YEAR, "cbx")).extracting(Initiative::name, Initiative::status)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Báo chí nêu gương người tốt việc tốt", InitiativeStatus.ACCEPTED));
  }

  @Test
  void aUnitRegistersTwoModels() {
    ProcessInstance unit = startUnit("cbx");
    Task first = task("Task_WritePlan", "cbx");
    writePlan(first, "Báo chí nêu gương", PlanField.NEW, true);

    Task second = task("Task_WritePlan", "cbx");
    assertThat(second.getId()).isNotEqualTo(first.getId());
    assertThat(local(second, "planName")).isNull();
    assertThat(local(second, "planRevision")).isEqualTo(false);
    assertThat(tasks("Task_AcceptSubmission")).isEmpty();
    writePlan(second, "Phóng viên gần dân");

    Task accept = task("Task_AcceptSubmission", "cbx");
    assertThat(rows(accept, "acceptRows")).extracting(r -> r.get("tt"), r -> r.get("unitName"), r -> r.get("name"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "Chi bộ Báo Thử nghiệm", "Báo chí nêu gương"),
            org.assertj.core.groups.Tuple.tuple(2, "", "Phóng viên gần dân"));
    decide(accept, SubmissionService.ACCEPT, null);
    BpmnAwareTests.assertThat(unit).isEnded();
    assertThat(world.initiatives.ofUnit(YEAR, "cbx")).extracting(Initiative::seq, Initiative::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, InitiativeStatus.ACCEPTED),
            org.assertj.core.groups.Tuple.tuple(2, InitiativeStatus.ACCEPTED));
  }

  @Test
  void aContinuingModelStartsFromLastYearsPlan() {
    Initiative lastYear = acceptedModelOf(YEAR - 1, "dbt-a", "Tiết kiệm năm trước");
    startUnit("dbt");

    Task cellA = task("Task_WritePlan", "dbt-a");
    assertThat(local(cellA, "planName")).isEqualTo("Tiết kiệm năm trước");
    assertThat(local(cellA, "planType")).isEqualTo(PlanField.CONTINUING);
    assertThat(local(cellA, "planGroup")).isEqualTo("THRIFT_SOLIDARITY");
    assertThat(local(cellA, "planMethod")).isEqualTo("Cách làm năm trước");
    assertThat((String) local(cellA, "planPrefillNote")).contains("năm 2026", "Tiết kiệm năm trước");
    Task cellB = task("Task_WritePlan", "dbt-b");
    assertThat(local(cellB, "planName")).isNull();
    assertThat(local(cellB, "planPrefillNote")).isNull();

    writePlan(cellA, "Tiết kiệm năm trước", PlanField.CONTINUING, true);
    Initiative continued = world.initiatives.ofUnit(YEAR, "dbt-a").get(0);
    assertThat(continued.continuesId()).isEqualTo(lastYear.id());
    assertThat(continued.continuing()).isTrue();
    Task another = tasks("Task_WritePlan", "dbt-a").get(0);
    assertThat(local(another, "planName")).as("only one model to continue").isNull();
  }

  @Test
  void badSubmissionsAreRefusedAndChangeNothing() {
    startUnit("dbt");
    Task write = task("Task_WritePlan", "dbt-a");
    Map<String, Object> incomplete = plan(null, "MAYBE", false);
    incomplete.put(PlanField.GROUP.key(), "NO_SUCH_GROUP");
    assertThatThrownBy(() -> forms.submitTaskForm(write.getId(), incomplete))
        .hasMessageContaining("Chưa nhập “Tên mô hình”")
        .hasMessageContaining("NO_SUCH_GROUP")
        .hasMessageContaining("mô hình mới");
    assertThat(task("Task_WritePlan", "dbt-a").getId()).isEqualTo(write.getId());

    writePlan(write, "Tiết kiệm");
    Task review = task("Task_ReviewCellPlan", "dbt-a");
    assertThatThrownBy(() -> review(review, PlanService.RETURN, "  ")).hasMessageContaining("ghi rõ ý kiến");
    assertThatThrownBy(() -> review(review, null, null)).hasMessageContaining("Chưa chọn ý kiến");
    assertThat(task("Task_ReviewCellPlan", "dbt-a").getId()).isEqualTo(review.getId());
    assertThat(world.initiatives.ofUnit(YEAR, "dbt-a").get(0).status()).isEqualTo(InitiativeStatus.SUBMITTED);
  }

  @Test
  void aRestClientCompletingWithVariablesIsHandledLikeTasklist() {
    startUnit("cbx");
    Task write = task("Task_WritePlan", "cbx");
    tasks.complete(write.getId(), plan("Qua REST", PlanField.NEW, false));
    runJobs();
    assertThat(world.initiatives.ofUnit(YEAR, "cbx").get(0).name()).isEqualTo("Qua REST");
    assertThat(runtime.createVariableInstanceQuery().variableName("planName").count()).isZero();
  }

  private Initiative acceptedModelOf(int year, String unitCode, String name) {
    Initiative draft =
        new Initiative(
            java.util.UUID.randomUUID().toString(), year, unitCode, "dbt", 1, InitiativeStatus.DRAFT, null, null, null, null,
            null, null, null, 0, null, null, java.time.Instant.now(), null, null, null, null);
    world.initiatives.insertDraft(draft);
    PlanContent content =
        new PlanContent(
            name, "THRIFT_SOLIDARITY", false, "Năm " + year, "Tình hình", null, null, "Mục đích", "Học Bác", "Cần thiết",
            "Cách làm năm trước", "Hiệu quả", "Nhân rộng", "Tổ chức");
    world.initiatives.submit(draft.id(), content, "Tiết kiệm", null, InitiativeStatus.SUBMITTED, java.time.Instant.now(), "x");
    world.initiatives.decide(draft.id(), InitiativeStatus.ACCEPTED, java.time.Instant.now(), "y");
    return world.initiatives.find(draft.id()).orElseThrow();
  }
}
