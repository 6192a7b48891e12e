package vn.mohinh.organization;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;

/**
 * Reads and checks the organisation file. Every problem is reported at once, naming the entry, so
 * the administrator can fix the file in one go; nothing is loaded from a file with a problem.
 */
public class OrganizationFileReader {

  /** Codes and usernames become Camunda ids: keep them to a safe alphabet. */
  static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

  private final ObjectMapper yaml =
      new ObjectMapper(new YAMLFactory())
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
          .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true);

  public OrganizationFile read(Resource resource) {
    try (InputStream in = resource.getInputStream()) {
      OrganizationFile file = yaml.readValue(in, OrganizationFile.class);
      check(file);
      return file;
    } catch (IOException e) {
      throw new InvalidOrganizationFileException(
          "Không đọc được tệp tổ chức " + resource.getDescription() + ": " + e.getMessage(), e);
    }
  }

  void check(OrganizationFile file) {
    List<String> problems = new ArrayList<>();
    if (file.bloc() == null || blank(file.bloc().name()) || blank(file.bloc().place())) {
      problems.add("bloc: cần có name và place");
    } else {
      if (blank(file.bloc().reviewingOffice())) problems.add("bloc.reviewing-office: chưa có tên cơ quan thẩm định");
      if (blank(file.bloc().approvingCommittee())) problems.add("bloc.approving-committee: chưa có tên cơ quan phê duyệt");
    }
    Set<String> codes = new HashSet<>();
    for (OrganizationFile.UnitEntry unit : file.units()) {
      checkUnit(unit, problems, codes, "units");
      if (unit.kind() != UnitKind.COMMITTEE && unit.kind() != UnitKind.BASE_CELL) {
        problems.add("units." + unit.code() + ": kind phải là COMMITTEE hoặc BASE_CELL");
      }
      if (unit.kind() != UnitKind.COMMITTEE && !unit.cells().isEmpty()) {
        problems.add("units." + unit.code() + ": chỉ đảng bộ cơ sở (COMMITTEE) mới có chi bộ trực thuộc");
      }
      for (OrganizationFile.UnitEntry cell : unit.cells()) {
        checkUnit(cell, problems, codes, "units." + unit.code() + ".cells");
        if (cell.kind() != null && cell.kind() != UnitKind.CELL) {
          problems.add("units." + unit.code() + ".cells." + cell.code() + ": kind của chi bộ trực thuộc là CELL");
        }
      }
    }
    for (OrganizationFile.UnitEntry org : file.massOrganisations()) {
      checkUnit(org, problems, codes, "mass-organisations");
    }
    Set<String> usernames = new HashSet<>();
    for (OrganizationFile.PersonEntry person : file.people()) {
      String where = "people." + person.username();
      if (person.username() == null || !ID.matcher(person.username()).matches()) {
        problems.add(where + ": username chỉ gồm chữ thường không dấu, số, dấu chấm, gạch ngang (tối đa 64 ký tự)");
      } else if (!usernames.add(person.username())) {
        problems.add(where + ": username bị trùng");
      }
      if (blank(person.name())) problems.add(where + ": thiếu họ tên");
      if (person.email() != null && !person.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
        problems.add(where + ": email không hợp lệ: " + person.email());
      }
      if (person.unit() == null && person.roles().isEmpty()) {
        problems.add(where + ": cần thuộc một đơn vị (unit) hoặc có vai trò (roles)");
      }
      if (person.unit() != null && !codes.contains(person.unit())) {
        problems.add(where + ": đơn vị không tồn tại: " + person.unit());
      }
      if (person.unit() != null && person.position() == null) {
        problems.add(where + ": thiếu chức vụ (position)");
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidOrganizationFileException(
          "Tệp tổ chức có " + problems.size() + " lỗi:\n - " + String.join("\n - ", problems), null);
    }
  }

  private static void checkUnit(
      OrganizationFile.UnitEntry unit, List<String> problems, Set<String> codes, String where) {
    if (unit.code() == null || !ID.matcher(unit.code()).matches()) {
      problems.add(where + "." + unit.code() + ": mã đơn vị chỉ gồm chữ thường không dấu, số, dấu chấm, gạch ngang");
    } else if (!codes.add(unit.code())) {
      problems.add(where + "." + unit.code() + ": mã đơn vị bị trùng");
    }
    if (blank(unit.name())) {
      problems.add(where + "." + unit.code() + ": thiếu tên đơn vị");
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
