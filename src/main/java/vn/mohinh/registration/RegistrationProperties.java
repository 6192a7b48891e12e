package vn.mohinh.registration;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the registration ({@code mohinh.registration}).
 *
 * @param initiativeGroups the groups a model belongs to (the five groups of the plan by default)
 * @param listLimit how many rows the tables shown in Tasklist forms hold at most (units without a
 *     model, the bloc-wide list); the figures always count everything
 */
@ConfigurationProperties("mohinh.registration")
public record RegistrationProperties(List<InitiativeGroup> initiativeGroups, Integer listLimit) {

  public static final List<InitiativeGroup> DEFAULT_GROUPS =
      List.of(
          new InitiativeGroup(
              "PARTY_BUILDING",
              "Vận dụng tư tưởng Hồ Chí Minh về xây dựng tổ chức cơ sở đảng trong sạch, vững mạnh"),
          new InitiativeGroup(
              "ADMINISTRATIVE_REFORM",
              "Cải cách thủ tục hành chính, hết lòng phụng sự Tổ quốc, phục vụ nhân dân"),
          new InitiativeGroup(
              "MOBILISATION",
              "Tuyên truyền, giáo dục, vận động nhân dân phát triển kinh tế - xã hội, tham gia phong trào thi đua yêu nước"),
          new InitiativeGroup(
              "RESPONSIBILITY",
              "Nâng cao ý thức trách nhiệm; cán bộ, đảng viên dám nghĩ, dám làm, dám chịu trách nhiệm, dám đổi mới sáng tạo"),
          new InitiativeGroup(
              "THRIFT_SOLIDARITY",
              "Thực hành tiết kiệm, xây dựng khối đại đoàn kết, tương trợ, từ thiện, nhân đạo"));

  public RegistrationProperties {
    initiativeGroups = initiativeGroups == null || initiativeGroups.isEmpty() ? DEFAULT_GROUPS : List.copyOf(initiativeGroups);
    listLimit = listLimit == null || listLimit < 1 ? 500 : listLimit;
  }

  public static RegistrationProperties defaults() {
    return new RegistrationProperties(null, null);
  }

  public java.util.Optional<InitiativeGroup> group(String code) {
    return initiativeGroups.stream().filter(g -> g.code().equals(code)).findFirst();
  }
}
