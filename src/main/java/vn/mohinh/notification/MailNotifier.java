package vn.mohinh.notification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.mohinh.notification.OpenWork.OwedTask;
import vn.mohinh.organization.Bloc;
import vn.mohinh.organization.OrganizationDirectory;
import vn.mohinh.organization.Person;
import vn.mohinh.organization.Role;
import vn.mohinh.organization.Unit;

/**
 * The {@link Notifier} of the product: renders each mail (Vietnamese, HTML and text, a calendar
 * event where there is a deadline) and queues it in the outbox, in the caller's transaction.
 */
@Component(Notifier.BEAN_NAME)
public class MailNotifier implements Notifier {

  private static final Logger LOG = LoggerFactory.getLogger(MailNotifier.class);
  /** The key of the reviewing office as "unit above" of base units and mass organisations. */
  static final String BLOC_OFFICE = "bloc-office";

  private final OrganizationDirectory directory;
  private final OpenWork openWork;
  private final Outbox outbox;
  private final MailComposer composer;
  private final MailSettings settings;
  private final NotificationClock clock;
  private final TasklistLinks links;
  private final VietnameseDates dates;
  private final String calendarDomain;

  public MailNotifier(
      OrganizationDirectory directory,
      OpenWork openWork,
      Outbox outbox,
      MailComposer composer,
      MailSettings settings,
      NotificationClock clock,
      @Value("${mohinh.base-url:http://localhost:8080}") String baseUrl,
      @Value("${mohinh.time-zone:Asia/Ho_Chi_Minh}") String timeZone) {
    this.directory = directory;
    this.openWork = openWork;
    this.outbox = outbox;
    this.composer = composer;
    this.settings = settings;
    this.clock = clock;
    this.links = new TasklistLinks(baseUrl);
    this.dates = new VietnameseDates(ZoneId.of(timeZone));
    this.calendarDomain = Outbox.domainOf(baseUrl);
  }

  // ---------------------------------------------------------------- deadlines

  @Override
  public void remindDeadline(DeadlineNotice deadline, int daysBefore) {
    check(deadline);
    Instant now = clock.clock().instant();
    Optional<String> skip = reminderSkipReason(deadline.deadline(), daysBefore, now);
    if (skip.isPresent()) {
      LOG.info("Reminder {} days before {} {} ({}) skipped: {}", daysBefore, deadline.kind(), deadline.year(), deadline.deadline(), skip.get());
      return;
    }
    Map<String, List<OwedTask>> owing = openWork.byUnit(deadline.year(), deadline.deadline());
    int queued = 0;
    for (Map.Entry<String, List<OwedTask>> entry : owing.entrySet()) {
      Optional<Unit> unit = directory.unit(entry.getKey());
      if (unit.isEmpty()) {
        LOG.warn("Open work of unknown unit {} at deadline {}: not reminded", entry.getKey(), deadline.kind());
        continue;
      }
      Map<String, Object> model = deadlineModel(deadline, unit.get(), entry.getValue(), now);
      model.put("daysBefore", daysBefore);
      String subject =
          "Nhắc hạn: " + deadline.label() + " – " + dates.daysLeftText(now, deadline.deadline())
              + " (trước " + dates.dateTime(deadline.deadline()) + ")";
      String ics = calendar(List.of(event(deadline, unit.get(), (String) model.get("primaryUrl"))), now);
      for (Person person : reachable(directory.peopleOf(unit.get().code()), unit.get().code())) {
        String key = key("REMINDER", deadline.year(), deadline.kind(), deadline.deadline().getEpochSecond(), "D" + daysBefore, unit.get().code(), person.email());
        queued += queue(key, "REMINDER", deadline.year(), unit.get(), person, subject, "reminder", model, ics, icsName(deadline));
      }
    }
    LOG.info("Reminder {} days before {} {}: {} units owe work, {} mails queued", daysBefore, deadline.kind(), deadline.year(), owing.size(), queued);
  }

  /** Why a reminder is not sent now, if it is not. */
  Optional<String> reminderSkipReason(Instant deadline, int daysBefore, Instant now) {
    if (!settings.reminderDays().contains(daysBefore)) {
      return Optional.of(daysBefore + " is not a reminder day (mohinh.mail.reminder-days " + settings.reminderDays() + ")");
    }
    if (!now.isBefore(deadline)) {
      return Optional.of("the deadline has passed");
    }
    for (int nearer : settings.reminderDays()) {
      if (nearer < daysBefore && !now.isBefore(deadline.minus(Duration.ofDays(nearer)))) {
        return Optional.of("the reminder " + nearer + " days before is already due (the timer fired late)");
      }
    }
    return Optional.empty();
  }

  @Override
  public void notifyOverdue(DeadlineNotice deadline) {
    check(deadline);
    Instant now = clock.clock().instant();
    if (now.isBefore(deadline.deadline().minus(Duration.ofMinutes(1)))) {
      LOG.warn("Overdue notice for {} {} before its deadline {}: skipped", deadline.kind(), deadline.year(), deadline.deadline());
      return;
    }
    Map<String, List<OwedTask>> owing = openWork.byUnit(deadline.year(), deadline.deadline());
    Map<String, List<Map<String, Object>>> lateByAbove = new LinkedHashMap<>();
    int queued = 0;
    for (Map.Entry<String, List<OwedTask>> entry : owing.entrySet()) {
      Optional<Unit> found = directory.unit(entry.getKey());
      if (found.isEmpty()) {
        LOG.warn("Open work of unknown unit {} at deadline {}: no overdue notice", entry.getKey(), deadline.kind());
        continue;
      }
      Unit unit = found.get();
      Map<String, Object> model = deadlineModel(deadline, unit, entry.getValue(), now);
      String subject = "Quá hạn: " + deadline.label() + " – " + unit.displayName();
      for (Person person : reachable(directory.peopleOf(unit.code()), unit.code())) {
        String key = key("OVERDUE", deadline.year(), deadline.kind(), deadline.deadline().getEpochSecond(), unit.code(), person.email());
        queued += queue(key, "OVERDUE", deadline.year(), unit, person, subject, "overdue", model, null, null);
      }
      String above = directory.parentOf(unit.code()).map(Unit::code).orElse(BLOC_OFFICE);
      Map<String, Object> late = new LinkedHashMap<>();
      late.put("name", unit.displayName());
      late.put("tasks", model.get("tasks"));
      lateByAbove.computeIfAbsent(above, k -> new ArrayList<>()).add(late);
    }
    for (Map.Entry<String, List<Map<String, Object>>> entry : lateByAbove.entrySet()) {
      boolean office = entry.getKey().equals(BLOC_OFFICE);
      Unit aboveUnit = office ? null : directory.unit(entry.getKey()).orElse(null);
      List<Person> people = office ? directory.withRole(Role.REVIEWER) : directory.peopleOf(entry.getKey());
      Map<String, Object> model = common();
      model.put("year", deadline.year());
      model.put("label", deadline.label());
      model.put("deadlineText", dates.dateTime(deadline.deadline()));
      model.put("weekday", dates.weekday(deadline.deadline()));
      model.put("lateUnits", entry.getValue());
      model.put("aboveName", office ? bloc().reviewingOffice() : aboveUnit == null ? entry.getKey() : aboveUnit.displayName());
      model.put("forOffice", office);
      String subject = "Đơn vị chưa hoàn thành đúng hạn: " + deadline.label() + " (" + entry.getValue().size() + " đơn vị)";
      for (Person person : reachable(people, entry.getKey())) {
        String key = key("OVERDUE_ABOVE", deadline.year(), deadline.kind(), deadline.deadline().getEpochSecond(), entry.getKey(), person.email());
        queued += queue(key, "OVERDUE_ABOVE", deadline.year(), aboveUnit, person, subject, "overdue-above", model, null, null);
      }
    }
    LOG.info("Overdue at {} {}: {} late units, {} mails queued", deadline.kind(), deadline.year(), owing.size(), queued);
  }

  // ---------------------------------------------------------------- events

  @Override
  public void notifyYearOpened(int year) {
    notifyYearOpened(year, List.of());
  }

  @Override
  public void notifyYearOpened(int year, List<DeadlineNotice> deadlines) {
    Instant now = clock.clock().instant();
    List<DeadlineNotice> inForce = deadlines == null ? List.of() : deadlines.stream().filter(Objects::nonNull).toList();
    inForce.forEach(MailNotifier::check);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (DeadlineNotice deadline : inForce) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("label", deadline.label());
      row.put("deadlineText", dates.dateTime(deadline.deadline()));
      row.put("weekday", dates.weekday(deadline.deadline()));
      rows.add(row);
    }
    List<Unit> units = new ArrayList<>(directory.baseUnits());
    units.addAll(directory.massOrganisations());
    int queued = 0;
    for (Unit unit : units) {
      Map<String, Object> model = common();
      model.put("year", year);
      model.put("unitName", unit.displayName());
      model.put("massOrganisation", unit.kind() == vn.mohinh.organization.UnitKind.MASS_ORGANISATION);
      model.put("committee", unit.isCommittee());
      model.put("deadlines", rows);
      String ics =
          inForce.isEmpty() ? null : calendar(inForce.stream().map(d -> event(d, unit, links.tasklist())).toList(), now);
      String subject = "Triển khai năm " + year + ": đăng ký mô hình học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh";
      for (Person person : reachable(directory.peopleOf(unit.code()), unit.code())) {
        String key = key("YEAR_OPENED", year, unit.code(), person.email());
        queued += queue(key, "YEAR_OPENED", year, unit, person, subject, "year-opened", model, ics, ics == null ? null : "han-nop-" + year + ".ics");
      }
    }
    LOG.info("Year {} opened: {} mails queued", year, queued);
  }

  @Override
  public void notifyReturned(ReturnNotice notice) {
    Objects.requireNonNull(notice, "notice");
    Unit unit = directory.requireUnit(notice.unitCode());
    Map<String, Object> model = common();
    model.put("year", notice.year());
    model.put("unitName", unit.displayName());
    model.put("what", notice.subject());
    model.put("comment", notice.comment() == null || notice.comment().isBlank() ? null : notice.comment());
    model.put("returnedBy", notice.returnedBy());
    model.put("round", notice.round());
    String subject = "Trả lại để chỉnh sửa: " + notice.subject();
    int queued = 0;
    for (Person person : reachable(directory.peopleOf(unit.code()), unit.code())) {
      String key = key("RETURNED", notice.year(), unit.code(), digest(notice.subject()), "R" + notice.round(), person.email());
      queued += queue(key, "RETURNED", notice.year(), unit, person, subject, "returned", model, null, null);
    }
    LOG.info("Returned to {} ({}), round {}: {} mails queued", unit.code(), notice.subject(), notice.round(), queued);
  }

  @Override
  public void notifyAccepted(AcceptanceNotice notice) {
    Objects.requireNonNull(notice, "notice");
    Unit unit = directory.requireUnit(notice.unitCode());
    Map<String, Object> model = common();
    model.put("year", notice.year());
    model.put("unitName", unit.displayName());
    model.put("what", notice.subject());
    model.put("acceptedBy", notice.acceptedBy());
    model.put("documentLabel", notice.document() == null ? null : notice.document().label());
    model.put("documentUrl", notice.document() == null ? null : links.absolute(notice.document().path()));
    String subject = "Đã tiếp nhận: " + notice.subject();
    for (Person person : reachable(directory.peopleOf(unit.code()), unit.code())) {
      String key = key("ACCEPTED", notice.year(), unit.code(), digest(notice.subject()), person.email());
      queue(key, "ACCEPTED", notice.year(), unit, person, subject, "accepted", model, null, null);
    }
  }

  @Override
  public void notifyCommendation(CommendationNotice notice) {
    Objects.requireNonNull(notice, "notice");
    Unit unit = directory.requireUnit(notice.unitCode());
    boolean commended = notice.level() != null && !notice.level().isBlank();
    Map<String, Object> model = common();
    model.put("year", notice.year());
    model.put("unitName", unit.displayName());
    model.put("initiativeName", notice.initiativeName());
    model.put("commended", commended);
    model.put("level", commended ? notice.level() : null);
    model.put("decidedBy", notice.decidedBy());
    model.put("note", notice.note());
    String subject = "Kết quả đánh giá mô hình năm " + notice.year() + ": " + notice.initiativeName();
    for (Person person : reachable(withCommittee(unit), unit.code())) {
      String key = key("COMMENDATION", notice.year(), unit.code(), digest(notice.initiativeName()), person.email());
      queue(key, "COMMENDATION", notice.year(), unit, person, subject, "commendation", model, null, null);
    }
  }

  // ---------------------------------------------------------------- helpers

  private Map<String, Object> deadlineModel(DeadlineNotice deadline, Unit unit, List<OwedTask> tasks, Instant now) {
    Map<String, Object> model = common();
    model.put("year", deadline.year());
    model.put("label", deadline.label());
    model.put("unitName", unit.displayName());
    model.put("deadlineText", dates.dateTime(deadline.deadline()));
    model.put("weekday", dates.weekday(deadline.deadline()));
    model.put("daysLeft", dates.daysLeft(now, deadline.deadline()));
    model.put("daysLeftText", dates.daysLeftText(now, deadline.deadline()));
    List<Map<String, Object>> rows = new ArrayList<>();
    for (OwedTask task : tasks) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("name", task.taskName() == null ? "Việc cần làm" : task.taskName());
      row.put("initiativeName", task.initiativeName());
      row.put("url", links.task(task.taskId()));
      rows.add(row);
    }
    model.put("tasks", rows);
    model.put("primaryUrl", tasks.size() == 1 ? links.task(tasks.get(0).taskId()) : links.tasklist());
    return model;
  }

  @Override
  public void notifyInspection(InspectionNotice notice) {
    Objects.requireNonNull(notice, "notice");
    Unit unit = directory.requireUnit(notice.unitCode());
    Map<String, Object> model = common();
    model.put("year", notice.year());
    model.put("unitName", unit.displayName());
    model.put("initiativeName", notice.initiativeName());
    model.put("kind", notice.kind());
    model.put("date", notice.date() == null ? null : String.format("%02d/%02d/%d",
        notice.date().getDayOfMonth(), notice.date().getMonthValue(), notice.date().getYear()));
    model.put("team", notice.team() == null ? List.of() : notice.team());
    String subject = "Thông báo " + notice.kind() + " mô hình: " + notice.initiativeName();
    for (Person person : reachable(withCommittee(unit), unit.code())) {
      String key = key("INSPECTION", notice.year(), unit.code(), notice.inspectionId(), person.email());
      queue(key, "INSPECTION", notice.year(), unit, person, subject, "inspection", model, null, null);
    }
  }

  /** The unit's people and, for a cell, its committee's. */
  private List<Person> withCommittee(Unit unit) {
    List<Person> people = new ArrayList<>(directory.peopleOf(unit.code()));
    directory.parentOf(unit.code()).ifPresent(committee -> people.addAll(directory.peopleOf(committee.code())));
    return people;
  }

  private Map<String, Object> common() {
    Map<String, Object> model = new LinkedHashMap<>();
    Bloc bloc = bloc();
    model.put("blocName", bloc.name());
    model.put("office", bloc.reviewingOffice());
    model.put("tasklistUrl", links.tasklist());
    return model;
  }

  private Bloc bloc() {
    return directory.bloc();
  }

  private int queue(
      String key, String kind, int year, Unit unit, Person person, String subject, String template,
      Map<String, Object> model, String ics, String icsName) {
    Map<String, Object> variables = new LinkedHashMap<>(model);
    variables.put("recipientName", person.fullName());
    variables.put("subject", subject);
    MailComposer.Body body = composer.render(template, variables);
    NewMail mail =
        new NewMail(key, kind, year, unit == null ? null : unit.code(), person.email(), person.fullName(), subject, body.text(), body.html(), ics, icsName);
    return outbox.queue(mail) ? 1 : 0;
  }

  /** People with an address (duplicates by address removed); the others are logged. */
  private static List<Person> reachable(List<Person> people, String unitCode) {
    Map<String, Person> byAddress = new LinkedHashMap<>();
    for (Person person : people) {
      if (person.email() == null || person.email().isBlank()) {
        LOG.info("{} ({}) has no e-mail address: not notified", person.username(), unitCode);
      } else {
        byAddress.putIfAbsent(person.email().strip().toLowerCase(Locale.ROOT), person);
      }
    }
    if (byAddress.isEmpty()) {
      LOG.warn("Nobody of {} can be reached by e-mail", unitCode);
    }
    return List.copyOf(byAddress.values());
  }

  private IcsWriter.Event event(DeadlineNotice deadline, Unit unit, String url) {
    String uid = "mohinh-" + deadline.year() + "-" + deadline.kind().toLowerCase(Locale.ROOT) + "-" + unit.code() + "@" + calendarDomain;
    String summary = "Hạn " + deadline.label() + " – " + unit.displayName();
    String description =
        "Hạn " + deadline.label() + " năm " + deadline.year() + ": trước " + dates.dateTime(deadline.deadline())
            + ". Làm trong Tasklist: " + url;
    return new IcsWriter.Event(uid, deadline.deadline(), summary, description, url);
  }

  private static String calendar(List<IcsWriter.Event> events, Instant now) {
    return IcsWriter.write(events, now);
  }

  private static String icsName(DeadlineNotice deadline) {
    return "han-" + deadline.kind().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + "-" + deadline.year() + ".ics";
  }

  private static void check(DeadlineNotice deadline) {
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(deadline.deadline(), "deadline.deadline");
    if (deadline.kind() == null || deadline.kind().isBlank()) {
      throw new IllegalArgumentException("A deadline needs its kind (CELL_PLAN, SUBMISSION, REPORT, …)");
    }
    if (deadline.label() == null || deadline.label().isBlank()) {
      throw new IllegalArgumentException("A deadline needs its label, as people name it");
    }
  }

  static String key(Object... parts) {
    StringBuilder key = new StringBuilder();
    for (Object part : parts) {
      if (!key.isEmpty()) {
        key.append('|');
      }
      key.append(part instanceof String text ? text.strip().toLowerCase(Locale.ROOT) : String.valueOf(part));
    }
    return key.toString();
  }

  /** A short stable digest of a free text (a subject, a model's name) for a mail's key. */
  static String digest(String text) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(String.valueOf(text).strip().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
