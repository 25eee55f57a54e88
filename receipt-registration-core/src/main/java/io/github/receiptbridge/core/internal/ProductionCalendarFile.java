package io.github.receiptbridge.core.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file of days that override the production calendar: UTF-8 text, one day a line, {@code YYYY-MM-DD off} or
 * {@code YYYY-MM-DD working} (the word in any case); {@code #} starts a comment and blank lines are ignored.
 *
 * <pre>
 * # Постановление о переносе выходных дней в 2027 году
 * 2027-11-05 off
 * 2027-11-13 working   # рабочая суббота
 * </pre>
 *
 * <p>A line that is not such an entry, or a day given as both, is an {@link IllegalArgumentException} naming the file,
 * the line number and the line, and saying what to write instead.
 */
public final class ProductionCalendarFile {
  private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final Pattern LOOSE_YEAR_FIRST = Pattern.compile("([0-9]{4})[-./]([0-9]{1,2})[-./]([0-9]{1,2})");
  private static final Pattern LOOSE_DAY_FIRST = Pattern.compile("([0-9]{1,2})[-./]([0-9]{1,2})[-./]([0-9]{4})");
  private static final DateTimeFormatter STRICT_ISO =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
  private static final String OFF = "off";
  private static final String WORKING = "working";

  private ProductionCalendarFile() {}

  /** The days a file gives as days off and as working days. */
  public record Entries(Set<LocalDate> daysOff, Set<LocalDate> workingDays) {
    /** Copies both sets. */
    public Entries {
      daysOff = Set.copyOf(daysOff);
      workingDays = Set.copyOf(workingDays);
    }
  }

  /**
   * Reads {@code file}.
   *
   * @throws UncheckedIOException naming the file when it is missing, unreadable or not UTF-8 text
   * @throws IllegalArgumentException on a bad line
   */
  public static Entries read(Path file) {
    Objects.requireNonNull(file, "file");
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException("Working-calendar file " + file + " does not exist", e);
    } catch (AccessDeniedException e) {
      throw new UncheckedIOException("Working-calendar file " + file + " cannot be read: access denied", e);
    } catch (CharacterCodingException e) {
      throw new UncheckedIOException("Working-calendar file " + file + " is not UTF-8 text; save it as UTF-8", e);
    } catch (IOException e) {
      throw new UncheckedIOException("Working-calendar file " + file + " cannot be read: " + e, e);
    }
    return parse(file.toString(), lines);
  }

  /**
   * Parses the {@code lines} of a file called {@code name} (the name is for messages).
   *
   * @throws IllegalArgumentException on a bad line
   */
  public static Entries parse(String name, List<String> lines) {
    Map<LocalDate, Integer> lineOf = new HashMap<>();
    Set<LocalDate> daysOff = new HashSet<>();
    Set<LocalDate> workingDays = new HashSet<>();
    for (int index = 0; index < lines.size(); index++) {
      String line = index == 0 && lines.get(0).startsWith("\uFEFF") ? lines.get(0).substring(1) : lines.get(index);
      int comment = line.indexOf('#');
      String text = (comment >= 0 ? line.substring(0, comment) : line).replace('\u00A0', ' ').strip();
      if (text.isEmpty()) {
        continue;
      }
      Bad bad = new Bad(name, index + 1, line);
      String[] words = text.split("\\s+");
      if (words.length > 2) {
        throw bad.because("it has " + words.length + " words; write one date and one word, e.g. \"2025-05-02 off\","
            + " and put any remark after #");
      }
      if (isKind(words[0])) {
        throw bad.because("the date comes first; write \"" + (words.length == 2 ? words[1] : "YYYY-MM-DD") + " "
            + words[0].toLowerCase(Locale.ROOT) + "\"");
      }
      String example = words.length == 2 && isKind(words[1]) ? words[1].toLowerCase(Locale.ROOT) : OFF;
      LocalDate day = date(words[0], bad, example);
      if (words.length == 1) {
        throw bad.because("the word is missing; write \"" + day + " off\" for a day off or \"" + day
            + " working\" for a working day");
      }
      boolean working = kind(words[1], day, bad);
      Integer earlier = lineOf.putIfAbsent(day, index + 1);
      if (earlier != null && workingDays.contains(day) != working) {
        throw bad.because(day + " is already given as " + (working ? OFF : WORKING) + " on line " + earlier
            + "; keep one of the two lines");
      }
      (working ? workingDays : daysOff).add(day);
    }
    return new Entries(daysOff, workingDays);
  }

  private static boolean isKind(String word) {
    return word.equalsIgnoreCase(OFF) || word.equalsIgnoreCase(WORKING);
  }

  private static LocalDate date(String word, Bad bad, String kind) {
    if (ISO_DATE.matcher(word).matches()) {
      try {
        return LocalDate.parse(word, STRICT_ISO);
      } catch (DateTimeException e) {
        throw bad.because(word + " does not exist; write an existing date as YYYY-MM-DD");
      }
    }
    LocalDate meant = null;
    Matcher yearFirst = LOOSE_YEAR_FIRST.matcher(word);
    Matcher dayFirst = LOOSE_DAY_FIRST.matcher(word);
    try {
      if (yearFirst.matches()) {
        meant = LocalDate.of(number(yearFirst, 1), number(yearFirst, 2), number(yearFirst, 3));
      } else if (dayFirst.matches()) {
        meant = LocalDate.of(number(dayFirst, 3), number(dayFirst, 2), number(dayFirst, 1));
      }
    } catch (DateTimeException e) {
      meant = null;
    }
    if (meant != null) {
      throw bad.because(word + " is not in the YYYY-MM-DD form; write \"" + meant + " " + kind + "\"");
    }
    throw bad.because("\"" + word + "\" is not a date; write the date as YYYY-MM-DD, e.g. \"2025-05-02 " + kind + "\"");
  }

  private static int number(Matcher matcher, int group) {
    return Integer.parseInt(matcher.group(group));
  }

  private static boolean kind(String word, LocalDate day, Bad bad) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.equals(OFF)) {
      return false;
    }
    if (lower.equals(WORKING)) {
      return true;
    }
    throw bad.because("\"" + word + "\" is neither off nor working; write \"" + day + " off\" for a day off or \""
        + day + " working\" for a working day");
  }

  /** A bad line, for its message. */
  private record Bad(String file, int number, String line) {
    IllegalArgumentException because(String what) {
      return new IllegalArgumentException(
          "Working-calendar file " + file + ", line " + number + " \"" + line.strip() + "\": " + what);
    }
  }
}
