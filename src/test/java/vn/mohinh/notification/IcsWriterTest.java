package vn.mohinh.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** Our RFC 5545 writer, checked line by line and by an independent parser (ical4j). */
class IcsWriterTest {

  private static final Instant DEADLINE = Instant.parse("2026-02-25T10:00:00Z");
  private static final Instant STAMP = Instant.parse("2026-02-18T03:00:00Z");

  @Test
  void writesFoldedEscapedCrlfLinesThatAParserReadsBack() throws Exception {
    String summary = "Hạn nộp hồ sơ đăng ký mô hình; Đảng bộ Bệnh viện Đa khoa tỉnh, Chi bộ Khoa Hồi sức tích cực – chống độc \\ năm 2026";
    String description = "Dòng một,\nDòng hai; trước 17 giờ 00 ngày 25/02/2026";
    String ics = IcsWriter.write(
        List.of(new IcsWriter.Event("mohinh-2026-submission-bvdk@mohinh.test", DEADLINE, summary, description, "http://localhost:8080/camunda/app/tasklist/default/")),
        STAMP);

    assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
    assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    for (String line : ics.split("\r\n")) {
      assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
    }
    assertThat(ics).contains("DTSTART:20260225T100000Z\r\n").contains("METHOD:PUBLISH\r\n").contains("TRIGGER:-P1D\r\n");
    assertThat(ics.replace("\r\n ", "")).contains("SUMMARY:Hạn nộp hồ sơ đăng ký mô hình\\; Đảng bộ Bệnh viện Đa khoa tỉnh\\, Chi bộ");
    assertThat(ics.replace("\r\n ", "")).contains("DESCRIPTION:Dòng một\\,\\nDòng hai\\; trước");

    Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
    VEvent event = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
    assertThat(event.getSummary().getValue()).isEqualTo(summary);
    assertThat(event.getDescription().getValue()).isEqualTo(description);
    assertThat(Instant.from(event.getDateTimeStart().getDate())).isEqualTo(DEADLINE);
    assertThat(event.getUid().orElseThrow().getValue()).isEqualTo("mohinh-2026-submission-bvdk@mohinh.test");
  }

  @Test
  void aLaterVersionOfTheSameDeadlineHasTheSameUidAndAHigherSequence() {
    IcsWriter.Event event = new IcsWriter.Event("uid-1", DEADLINE, "Hạn", null, null);
    String first = IcsWriter.write(List.of(event), STAMP);
    String later = IcsWriter.write(List.of(event), STAMP.plusSeconds(3600));
    assertThat(sequence(later)).isGreaterThan(sequence(first));
  }

  private static long sequence(String ics) {
    return ics.lines().filter(l -> l.startsWith("SEQUENCE:")).mapToLong(l -> Long.parseLong(l.substring(9))).findFirst().orElseThrow();
  }

  @Test
  void vietnameseDatesAreWrittenAsOfficesWriteThem() {
    VietnameseDates dates = new VietnameseDates(ZoneId.of("Asia/Ho_Chi_Minh"));
    assertThat(dates.dateTime(DEADLINE)).isEqualTo("17 giờ 00 ngày 25/02/2026");
    assertThat(dates.weekday(DEADLINE)).isEqualTo("thứ Tư");
    assertThat(dates.daysLeftText(Instant.parse("2026-02-22T02:00:00Z"), DEADLINE)).isEqualTo("còn 3 ngày");
    assertThat(dates.daysLeftText(Instant.parse("2026-02-24T02:00:00Z"), DEADLINE)).isEqualTo("hạn cuối là ngày mai");
    // days are counted in Hồ Chí Minh City: 17:30 UTC on the 24th is 00:30 on the 25th there
    assertThat(dates.daysLeft(Instant.parse("2026-02-24T16:30:00Z"), DEADLINE)).isEqualTo(1);
    assertThat(dates.daysLeft(Instant.parse("2026-02-24T17:30:00Z"), DEADLINE)).isZero();
    assertThat(dates.daysLeftText(Instant.parse("2026-02-25T01:00:00Z"), DEADLINE)).isEqualTo("hạn cuối là hôm nay");
    assertThat(dates.daysLeftText(Instant.parse("2026-02-27T01:00:00Z"), DEADLINE)).isEqualTo("đã quá hạn 2 ngày");
  }

  @Test
  void tasklistLinks() {
    TasklistLinks links = new TasklistLinks("https://mohinh.travinh.example.org/");
    assertThat(links.tasklist()).isEqualTo("https://mohinh.travinh.example.org/camunda/app/tasklist/default/");
    assertThat(links.task("3f2a-11")).isEqualTo("https://mohinh.travinh.example.org/camunda/app/tasklist/default/#/?task=3f2a-11");
  }
}
