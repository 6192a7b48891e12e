package vn.mohinh.showcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.mohinh.catalog.InitiativeCatalog;
import vn.mohinh.inspection.InspectionService;
import vn.mohinh.milestone.MilestoneReview;
import vn.mohinh.milestone.MilestoneService;
import vn.mohinh.milestone.MilestoneKind;
import vn.mohinh.milestone.MilestoneStatus;
import vn.mohinh.registration.Initiative;
import vn.mohinh.registration.InitiativeRepository;
import vn.mohinh.registration.InitiativeStatus;
import vn.mohinh.registration.PlanContent;

/**
 * The publication on the real application with the registration's models: the evaluation proposes a
 * model, the reviewing office edits it, the head approves it (authorization on), the public page
 * and the feed show it, withdrawing it ends its process. The other features read the same models.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShowcaseIntegrationTest {

  static final int YEAR = 2087;

  @LocalServerPort int port;
  @Autowired InitiativeRepository initiatives;
  @Autowired InitiativeCatalog catalog;
  @Autowired ShowcaseService showcases;
  @Autowired ShowcaseRepository showcaseRepository;
  @Autowired InspectionService inspections;
  @Autowired MilestoneService milestones;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired IdentityService identity;

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private String cellModel;
  private String baseCellModel;

  @BeforeAll
  void twoAcceptedModelsAndADraft() {
    cellModel = accepted("stc-vp", "stc", "Tiếp dân không hẹn lần sau", "Phục vụ người dân tận tình.", "Một cửa liên thông.");
    baseCellModel = accepted("cbbtv", "cbbtv", "Tờ báo của dân", "Gần dân.", "Phóng viên về cơ sở.");
    Initiative draft = new Initiative(UUID.randomUUID().toString(), YEAR, "stc-ns", "stc", initiatives.nextSeq(YEAR, "stc-ns"),
        InitiativeStatus.DRAFT, null, null, null, null, null, null, null, 0, null, null, Instant.now(), null, null, null, null);
    initiatives.insertDraft(draft);
  }

  @AfterEach
  void logout() {
    identity.clearAuthentication();
  }

  @Test
  void theOtherFeaturesReadTheAcceptedModels() {
    assertThat(catalog.acceptedModels(YEAR)).extracting(m -> m.id()).containsExactlyInAnyOrder(cellModel, baseCellModel);
    assertThat(catalog.find(cellModel).orElseThrow().unitName()).isEqualTo("Chi bộ Văn phòng – Đảng bộ Sở Tài chính");
    assertThat(catalog.unitText(cellModel)).extracting(s -> s.title()).containsExactly("Mục đích, yêu cầu", "Phương pháp, cách làm");
    assertThat(inspections.candidates(YEAR)).hasSize(2);

    MilestoneReview review = new MilestoneReview("r", "k", "Sơ kết", MilestoneKind.REVIEW, YEAR, YEAR, Instant.now(), Instant.now(),
        MilestoneStatus.COLLECTING, null, null, Instant.now(), null, null, null, null, 0, null, null, null);
    MilestoneService.Figures committee = milestones.figures(review, "stc");
    assertThat(committee.modelCount()).isEqualTo(1);
    assertThat(committee.overview()).contains("Tiếp dân không hẹn lần sau – Chi bộ Văn phòng");
    assertThat(milestones.figures(review, "cbbtv").overview()).contains("Tờ báo của dân");
  }

  @Test
  void proposedEditedApprovedPublishedThenWithdrawn() throws Exception {
    String processId = showcases.propose(cellModel, YEAR).orElseThrow();
    assertThat(showcases.propose(cellModel, YEAR)).contains(processId);

    as("btg.chuyenvien");
    Task edit = tasks.createTaskQuery().processInstanceId(processId).taskDefinitionKey("Task_EditShowcase").singleResult();
    assertThat(tasks.getVariable(edit.getId(), "body").toString()).contains("Phục vụ người dân tận tình.");
    tasks.claim(edit.getId(), "btg.chuyenvien");
    forms.submitTaskForm(edit.getId(), Map.of("title", "Tiếp dân không hẹn lần sau",
        "summary", "Chi bộ Văn phòng giải quyết hồ sơ ngay trong ngày.", "body", "Đoạn một.\n\nĐoạn hai."));

    as("btg.truongban");
    Task approve = tasks.createTaskQuery().processInstanceId(processId).taskDefinitionKey("Task_ApproveShowcase").singleResult();
    assertThat(tasks.createTaskQuery().taskCandidateUser("btg.truongban").taskId(approve.getId()).count()).isEqualTo(1);
    tasks.claim(approve.getId(), "btg.truongban");
    forms.submitTaskForm(approve.getId(), Map.of("approvalDecision", "PUBLISH"));
    identity.clearAuthentication();

    Publication published = showcases.publicationsOf(cellModel).get(0);
    assertThat(published.status()).isEqualTo(PublicationStatus.PUBLISHED);
    assertThat(published.publishedBy()).isEqualTo("btg.chuyenvien");
    assertThat(published.approvedBy()).isEqualTo("btg.truongban");
    String id = published.content().id();
    assertThat(get("/public/mo-hinh?nam=" + YEAR).body()).contains("Tiếp dân không hẹn lần sau", "Chi bộ Văn phòng giải quyết hồ sơ");
    assertThat(get("/public/mo-hinh/" + id).body()).contains("Đoạn hai.").doesNotContain("btg.");
    assertThat(get("/public/mo-hinh/atom.xml").body()).contains("urn:uuid:" + id);
    assertThat(showcases.propose(cellModel, YEAR)).isEmpty();
    assertThat(showcaseRepository.candidatesToPublish(YEAR)).as("nothing flagged by an evaluation in this year").isEmpty();

    showcases.requestUnpublish(id, "btg.chuyenvien", "Đơn vị đề nghị cập nhật số liệu");
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(processId).count()).isZero();
    assertThat(get("/public/mo-hinh/" + id).statusCode()).isEqualTo(404);
    assertThat(showcases.historyOf(cellModel)).extracting(ShowcaseEvent::action)
        .containsSubsequence("PROPOSED", "EDITED", "PUBLISHED", "UNPUBLISHED");
  }

  @Test
  void theReviewerChoosesAmongTheAcceptedModelsNotYetPublished() {
    as("btg.chuyenvien");
    String processId = runtime.startProcessInstanceByKey(ShowcaseService.PROCESS_KEY, Map.of("year", YEAR)).getId();
    Task choose = tasks.createTaskQuery().processInstanceId(processId).singleResult();
    assertThat(choose.getTaskDefinitionKey()).isEqualTo("Task_ChooseShowcaseModel");
    String options = tasks.getVariable(choose.getId(), "modelOptions").toString();
    assertThat(options).contains(baseCellModel).doesNotContain(initiativesOf("stc-ns"));
    forms.submitTaskForm(choose.getId(), Map.of("chosenModelId", baseCellModel, "cancelProposal", false));
    assertThat(tasks.createTaskQuery().processInstanceId(processId).singleResult().getTaskDefinitionKey()).isEqualTo("Task_EditShowcase");
    identity.clearAuthentication();
    runtime.deleteProcessInstance(processId, "test done");
  }

  private String initiativesOf(String unit) {
    return initiatives.ofUnit(YEAR, unit).get(0).id();
  }

  private String accepted(String unit, String baseUnit, String name, String purpose, String method) {
    String id = UUID.randomUUID().toString();
    initiatives.insertDraft(new Initiative(id, YEAR, unit, baseUnit, initiatives.nextSeq(YEAR, unit), InitiativeStatus.DRAFT, null,
        null, null, null, null, null, null, 0, null, null, Instant.now(), null, null, null, null));
    initiatives.submit(id, new PlanContent(name, "ADMINISTRATIVE_REFORM", false, "2087", null, null, null, purpose, null, null, method,
        null, null, null), "Cải cách thủ tục hành chính", null, InitiativeStatus.SUBMITTED, Instant.now(), unit + ".bithu");
    initiatives.decide(id, InitiativeStatus.ACCEPTED, Instant.now(), "btg.chuyenvien");
    return id;
  }

  private void as(String user) {
    List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    identity.setAuthentication(user, groups);
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
