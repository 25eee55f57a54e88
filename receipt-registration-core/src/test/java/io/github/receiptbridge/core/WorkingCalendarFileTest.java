package io.github.receiptbridge.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkingCalendarFileTest {
  @TempDir
  Path dir;

  @Test
  void aFileDayOverridesTheBuiltInCalendarBothWays() throws IOException {
    Path file = write("days.txt", """
        # Local changes
        2025-11-01 off        # the working Saturday of decree 1335 becomes a day off here
        2026-01-09 working    # and the moved 3 January is worked
        2026-04-20 off
        """);
    WorkingCalendar calendar = WorkingCalendar.russian().withDays(file);

    assertThat(calendar.isWorkingDay(day("2025-11-01"))).isFalse();
    assertThat(calendar.isWorkingDay(day("2026-01-09"))).isTrue();
    assertThat(calendar.isWorkingDay(day("2026-04-20"))).isFalse();
    assertThat(calendar.dueBy(day("2025-12-30"))).isEqualTo(day("2026-01-09"));
    assertThat(calendar.dueBy(day("2026-04-17"))).isEqualTo(day("2026-04-21"));
    assertThat(WorkingCalendar.russian().isWorkingDay(day("2025-11-01"))).as("russian() unchanged").isTrue();
  }

  @Test
  void aFileCanAddTheTransfersOfAYearWithoutABuiltInDecree() throws IOException {
    Path file = write("2027.txt", "2027-11-05 off\n2027-11-13 working\n");
    WorkingCalendar calendar = WorkingCalendar.russian().withDays(file);

    assertThat(calendar.dueBy(day("2027-11-03"))).isEqualTo(day("2027-11-08"));
    assertThat(calendar.isWorkingDay(day("2027-11-13"))).isTrue();
    assertThat(calendar.hasDecree(2027)).as("a file is not a decree").isFalse();
  }

  @Test
  void wordsAreCaseInsensitiveAndCommentsBlankLinesSpacesAndAByteOrderMarkAreIgnored() throws IOException {
    Path file = write("days.txt",
        "\uFEFF# comment\n\n   \n\t2030-06-03\tOFF\n2030-06-08   Working  # note\r\n#2030-06-04 off\n");
    WorkingCalendar calendar = WorkingCalendar.weekdays().withDays(file);

    assertThat(calendar.isWorkingDay(day("2030-06-03"))).isFalse();
    assertThat(calendar.isWorkingDay(day("2030-06-08"))).isTrue();
    assertThat(calendar.isWorkingDay(day("2030-06-04"))).isTrue();
  }

  @Test
  void anEmptyFileChangesNothing() throws IOException {
    Path file = write("empty.txt", "");
    assertThat(WorkingCalendar.russian().withDays(file).isWorkingDay(day("2026-01-09"))).isFalse();
  }

  @Test
  void aLaterFileOverridesAnEarlierOne() throws IOException {
    Path first = write("first.txt", "2026-06-15 off\n");
    Path second = write("second.txt", "2026-06-15 working\n");
    assertThat(WorkingCalendar.russian().withDays(first).withDays(second).isWorkingDay(day("2026-06-15"))).isTrue();
  }

  @Test
  void anUnknownWordIsRejectedWithTheFileTheLineAndWhatToWrite() throws IOException {
    Path file = write("days.txt", "2026-01-09 off\n\n2026-01-12 holiday\n");
    assertThatThrownBy(() -> WorkingCalendar.russian().withDays(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("line 3")
        .hasMessageContaining("\"2026-01-12 holiday\"")
        .hasMessageContaining("\"holiday\" is neither off nor working")
        .hasMessageContaining("write \"2026-01-12 off\" for a day off or \"2026-01-12 working\" for a working day");
  }

  @Test
  void aMissingWordIsRejected() throws IOException {
    Path file = write("days.txt", "2026-01-12\n");
    assertThatThrownBy(() -> WorkingCalendar.russian().withDays(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(file + ", line 1 \"2026-01-12\"")
        .hasMessageContaining("the word is missing; write \"2026-01-12 off\" for a day off or \"2026-01-12 working\"");
  }

  @Test
  void aDateInRussianOrderIsRejectedWithItsIsoForm() throws IOException {
    Path file = write("days.txt", "# header\n02.05.2025 working\n");
    assertThatThrownBy(() -> WorkingCalendar.russian().withDays(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(file + ", line 2 \"02.05.2025 working\"")
        .hasMessageContaining("02.05.2025 is not in the YYYY-MM-DD form; write \"2025-05-02 working\"");
  }

  @Test
  void aDateWithoutLeadingZerosIsRejectedWithItsIsoForm() throws IOException {
    Path file = write("days.txt", "2025-5-2 off\n");
    assertThatThrownBy(() -> WorkingCalendar.russian().withDays(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 1")
        .hasMessageContaining("write \"2025-05-02 off\"");
  }

  @Test
  void aDayThatDoesNotExistIsRejected() throws IOException {
    Path file = write("days.txt", "2025-02-29 off\n");
    assertThatThrownBy(() -> WorkingCalendar.russian().withDays(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(file + ", line 1 \"2025-02-29 off\"")
        .hasMessageContaining("2025-02-29 does not exist; write an existing date as YYYY-MM-DD");
  }

  @Test
  void somethingThatIsNotADateIsRejected() throws IOException {
    Path file = write("days.txt", "tomorrow off\n");
    assertThatThrownBy(() -> WorkingCalendar.russian().withDays(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 1 \"tomorrow off\"")
        .hasMessageContaining("\"tomorrow\" is not a date; write the date as YYYY-MM-DD, e.g. \"2025-05-02 off\"");
  }

  @Test
  void theWordBeforeTheDateIsRejected() throws IOException {
    Path file = write("days.txt", "off 2026-01-12\n");
    assertThatThrownBy(() -> WorkingCalendar.russian().withDays(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 1 \"off 2026-01-12\"")
        .hasMessageContaining("the date comes first; write \"2026-01-12 off\"");
  }

  @Test
  void aRemarkWithoutHashIsRejected() throws IOException {
    Path file = write("days.txt", "2026-01-12 off local holiday\n");
    assertThatThrownBy(() -> WorkingCalendar.russian().withDays(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 1 \"2026-01-12 off local holiday\"")
        .hasMessageContaining("it has 4 words; write one date and one word, e.g. \"2025-05-02 off\", and put any remark"
            + " after #");
  }

  @Test
  void aDayGivenAsBothOffAndWorkingIsRejectedWithBothLines() throws IOException {
    Path file = write("days.txt", "2026-06-15 off\n2026-06-16 off\n2026-06-15 off\n2026-06-15 Working\n");
    assertThatThrownBy(() -> WorkingCalendar.russian().withDays(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(file + ", line 4 \"2026-06-15 Working\"")
        .hasMessageContaining("2026-06-15 is already given as off on line 1; keep one of the two lines");
  }

  @Test
  void aMissingFileIsNamed() {
    Path file = dir.resolve("no-such-days.txt");
    assertThatThrownBy(() -> WorkingCalendar.russian().withDays(file))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage("Working-calendar file " + file + " does not exist");
  }

  @Test
  void aFileThatIsNotUtf8IsNamedAndTheFixSaid() throws IOException {
    Path file = dir.resolve("cp1251.txt");
    Files.write(file, "# выходные\n2026-06-15 off\n".getBytes(Charset.forName("windows-1251")));
    assertThatThrownBy(() -> WorkingCalendar.russian().withDays(file))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage("Working-calendar file " + file + " is not UTF-8 text; save it as UTF-8");
  }

  @Test
  void aDirectoryInsteadOfAFileIsNamed() {
    assertThatThrownBy(() -> WorkingCalendar.russian().withDays(dir))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageStartingWith("Working-calendar file " + dir + " cannot be read");
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }
}
