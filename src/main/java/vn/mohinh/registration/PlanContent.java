package vn.mohinh.registration;

/** What a plan (mẫu 01) says. {@code continuing}: đang triển khai (true) or mới (false). */
public record PlanContent(
    String name,
    String groupCode,
    Boolean continuing,
    String period,
    String situation,
    String advantages,
    String difficulties,
    String purpose,
    String studyContent,
    String necessity,
    String method,
    String effectiveness,
    String replicability,
    String organization) {

  public static PlanContent empty() {
    return new PlanContent(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  /** The text of a free-text section. */
  public String section(PlanField field) {
    return switch (field) {
      case SITUATION -> situation;
      case ADVANTAGES -> advantages;
      case DIFFICULTIES -> difficulties;
      case PURPOSE -> purpose;
      case STUDY_CONTENT -> studyContent;
      case NECESSITY -> necessity;
      case METHOD -> method;
      case EFFECTIVENESS -> effectiveness;
      case REPLICABILITY -> replicability;
      case ORGANIZATION -> organization;
      default -> throw new IllegalArgumentException(field + " is not a free-text section");
    };
  }

  public PlanContent asContinuing() {
    return new PlanContent(
        name, groupCode, true, period, situation, advantages, difficulties, purpose, studyContent, necessity, method,
        effectiveness, replicability, organization);
  }
}
