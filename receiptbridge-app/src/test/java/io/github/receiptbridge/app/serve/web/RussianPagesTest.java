package io.github.receiptbridge.app.serve.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.app.serve.ConsoleSettings;
import io.github.receiptbridge.app.serve.OrganizationView;
import io.github.receiptbridge.app.serve.PassFailure;
import io.github.receiptbridge.app.serve.PassKind;
import io.github.receiptbridge.app.serve.PassRecord;
import io.github.receiptbridge.app.serve.PassRequest;
import io.github.receiptbridge.app.serve.PassState;
import io.github.receiptbridge.core.Action;
import io.github.receiptbridge.core.DocumentOutcome;
import io.github.receiptbridge.core.FailureKind;
import io.github.receiptbridge.core.FiscalNumbers;
import io.github.receiptbridge.core.LateReceipt;
import io.github.receiptbridge.core.DateRange;
import io.github.receiptbridge.core.Phase;
import io.github.receiptbridge.core.Reason;
import io.github.receiptbridge.core.ReasonCode;
import io.github.receiptbridge.core.RunReport;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The Russian pages speak Russian: every page is rendered with every {@link ReasonCode}, every {@link
 * PassFailure.Kind} and every {@link FailureKind}, and its visible text may hold no Latin-letter word but the few
 * known tokens below. The technical detail folded behind «Подробнее» and commands in {@code <code>} are exempt;
 * attributes (CSS classes, tooltips with the wire status, links) are not text.
 */
class RussianPagesTest {
  /** Latin words a Russian page may show: the product, the file formats, and the words 1C itself uses. */
  private static final Set<String> ALLOWED = Set.of("Receipt", "Bridge", "Excel", "CSV", "JSON", "e-mail", "SMS");
  private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z][A-Za-z0-9_\\-]*");
  private static final DateRange PERIOD = DateRange.of(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 29));
  private static final ZoneId ZONE = ZoneId.of("Europe/Moscow");
  private static final Instant STARTED = Instant.parse("2026-11-29T09:00:00Z");
  private static final List<String> STATUSES = List.of("accept", "processing", "success", "error");

  private final Pages pages = new Pages();
  private final Session session = new Session("id", "сеанс 1 (127.0.0.1)", "token", Session.Access.GRANTED,
      Instant.EPOCH);
  private final Frame frame = Frame.of("Проход", Optional.of(session), AccessPolicy.of(
      new ConsoleSettings("127.0.0.1", 0, Optional.of("пароль"), Optional.empty())));
  private final OrganizationView organization = new OrganizationView("uk", "УК Ромашка", "7701234567", 101);
  private final FormInput input = new FormInput(organization, PERIOD);

  @Test
  void aPassPageWithEveryReasonAndEveryDocumentFailureIsRussian() {
    PassRecord pass = pass(1, PassState.FINISHED, PassRequest.SCHEDULE, Optional.empty(), Optional.of(report()));
    String html = pages.pass(PassView.of(frame, pass, organization.name(), "/", ZONE));
    assertThat(html).contains("по расписанию").contains("id=\"problems\"");
    assertRussian(html);
  }

  @Test
  void aPassPageThatFailedForEachKindIsRussianWithTheDetailFolded() {
    for (PassFailure.Kind kind : PassFailure.Kind.values()) {
      PassRecord pass = pass(2, PassState.FAILED, "сеанс 1 (127.0.0.1)",
          Optional.of(new PassFailure(kind, "GET http://1c.example/odata/standard.odata/Document failed: "
              + "java.net.ConnectException: Connection refused")), Optional.empty());
      String html = pages.pass(PassView.of(frame, pass, organization.name(), "/", ZONE));
      assertThat(html).contains(RussianFailures.pass(kind)).contains("<summary>Подробнее</summary>");
      assertThat(html.split("ConnectException", -1)).as("the detail once").hasSize(2);
      assertRussian(html);
    }
  }

  @Test
  void theHistoryWithAPassFailedForEachKindIsRussian() {
    List<PassRecord> passes = new ArrayList<>();
    for (PassFailure.Kind kind : PassFailure.Kind.values()) {
      passes.add(pass(passes.size() + 1, PassState.FAILED, PassRequest.SCHEDULE,
          Optional.of(new PassFailure(kind, "Schetmash answered 401 Unauthorized")), Optional.empty()));
    }
    passes.add(pass(passes.size() + 1, PassState.FINISHED, "сеанс 1 (127.0.0.1)", Optional.empty(),
        Optional.of(report())));
    String html = pages.history(HistoryView.of(frame, passes, key -> organization.name(), ZONE));
    assertThat(html.split("401 Unauthorized", -1)).as("each detail once").hasSize(PassFailure.Kind.values().length + 1);
    assertRussian(html);
  }

  @Test
  void theLateReceiptsTheRefundsAndTheErrorPagesAreRussian() {
    LateReceipt late = LateReceipt.builder().documentKey(UUID.randomUUID()).number("РМ00-000001")
        .paymentDate(LocalDate.of(2026, 11, 2)).amount(new BigDecimal("1520.40")).dueBy(LocalDate.of(2026, 11, 3))
        .fiscalizedAt(LocalDateTime.of(2026, 11, 6, 12, 0)).receiptId(2).externalId("1c-x")
        .fiscalNumbers(FiscalNumbers.builder().fnNumber("9252440300117773").fiscalDocumentNumber(45211)
            .fiscalSign("3906843070").shiftNumber(48).shiftReceiptNumber(762).build())
        .build();
    assertRussian(pages.late(LateView.of(frame, List.of(organization), input, List.of(late))));
    assertRussian(pages.refunds(RefundsView.of(frame, List.of(organization), input, List.of())));
    assertRussian(pages.error(ErrorView.of(frame, 404, "Прохода № 9 нет в истории.")));
  }

  @Test
  void theConsolesOwnRefusalsAreRussian() {
    FakeServiceConsole service = new FakeServiceConsole();
    try (RunningConsole console = RunningConsole.open(service)) {
      ConsoleClient client = console.client();
      assertThat(client.get("/late?org=\u043d\u0435\u0442").statusCode()).isEqualTo(404);
      assertRussian(client.get("/late?org=\u043d\u0435\u0442").body());
      assertRussian(client.get("/passes/99").body());
      assertRussian(client.get("/passes/98/report.xlsx").body());
      service.failFill(new IllegalStateException("boom: NullPointerException in FillPager"));
      java.net.http.HttpResponse<String> failed = client.get("/table.csv?org=uk");
      assertThat(failed.statusCode()).isEqualTo(500);
      assertRussian(failed.body());
    }
  }

  @Test
  void theCheckFindsAnEnglishWordOnAPage() {
    assertThat(latinWords("<p>Пропуск: no buyer e-mail</p>")).containsExactly("buyer", "no");
    assertThat(latinWords("<p>Итог<details><summary>Подробнее</summary><code>ConnectException</code></details>"
        + "<code>refund --document 1</code></p>")).isEmpty();
  }

  private static void assertRussian(String html) {
    assertThat(latinWords(html)).as("Latin words on a Russian page").isEmpty();
  }

  /** The Latin words of the page's visible text, but the folded details, commands and the allowed tokens. */
  static Set<String> latinWords(String html) {
    String text = html.replaceAll("(?s)<head>.*?</head>", " ")
        .replaceAll("(?s)<details\\b.*?</details>", " ")
        .replaceAll("(?s)<code\\b.*?</code>", " ")
        .replaceAll("(?s)<[^>]*>", " ")
        .replaceAll("&[a-z]+;|&#\\d+;", " ");
    Set<String> found = new TreeSet<>();
    Matcher words = LATIN_WORD.matcher(text);
    while (words.find()) {
      if (!ALLOWED.contains(words.group())) {
        found.add(words.group());
      }
    }
    return found;
  }

  private PassRecord pass(long id, PassState state, String trigger, Optional<PassFailure> failure,
      Optional<RunReport> report) {
    return new PassRecord(id, organization.key(), PassKind.REGISTER, PERIOD, trigger, state, STARTED,
        Optional.of(STARTED.plusSeconds(30)), 3, Optional.of(3L), state == PassState.FAILED ? "не выполнен"
            : "отправлено 1, пропущено 2", failure, report);
  }

  /** A report with a document for every reason code and every document failure kind, in every status. */
  private static RunReport report() {
    List<DocumentOutcome> outcomes = new ArrayList<>();
    for (ReasonCode code : ReasonCode.values()) {
      Reason reason = Reason.of(code, IntStream.range(0, 6).mapToObj(i -> String.valueOf(100 + i)).toList());
      outcomes.add(outcome(outcomes.size(), Action.MISMATCH).reason(reason).build());
    }
    for (FailureKind kind : FailureKind.values()) {
      outcomes.add(outcome(outcomes.size(), Action.FAILED).failureKind(kind)
          .error("Schetmash rejected the receipt: items[0].price must be positive").build());
    }
    outcomes.add(outcome(outcomes.size(), Action.UNKNOWN).build());
    return RunReport.builder().phase(Phase.REGISTER).startedAt(STARTED).finishedAt(STARTED.plusSeconds(30))
        .addAllOutcomes(outcomes).build();
  }

  private static DocumentOutcome.Builder outcome(int i, Action action) {
    String number = String.format("РМ00-%06d", i + 1);
    return DocumentOutcome.builder().documentKey(UUID.nameUUIDFromBytes(number.getBytes(StandardCharsets.UTF_8)))
        .number(number).date(LocalDateTime.of(2026, 11, 2, 10, 0)).amount(new BigDecimal("1520.40"))
        .externalId("1c-" + i).action(action).rawStatus(STATUSES.get(i % STATUSES.size())).receiptId(9000L + i)
        .dueBy(LocalDate.of(2026, 11, 3)).overdue(false);
  }
}
