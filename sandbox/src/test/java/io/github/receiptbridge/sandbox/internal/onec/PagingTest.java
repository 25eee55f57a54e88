package io.github.receiptbridge.sandbox.internal.onec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.receiptbridge.sandbox.OnecSandbox;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code $top}, {@code $skip}, {@code $orderby}, {@code $inlinecount} and {@code /$count}. */
class PagingTest {
  private static final String DOCUMENTS = "Document_ПоступлениеНаРасчетныйСчет";

  private static OnecSandbox sandbox;
  private static OnecHttp http;
  private static UUID org;
  private static List<UUID> keys;

  @BeforeAll
  static void start() {
    sandbox = OnecSandbox.start();
    http = new OnecHttp(sandbox);
    org = sandbox.data().addOrganization("УК Ромашка", "7701234567", "770101001");
    UUID other = sandbox.data().addOrganization("ТСЖ Лесное", "5003012345", "500301001");
    keys = sandbox.data().generateBankReceipts(org, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), 10_000, 3);
    sandbox.data().generateBankReceipts(other, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), 500, 4);
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  private static String period() {
    return "Date ge datetime'2024-01-01T00:00:00' and Date lt datetime'2025-01-01T00:00:00'"
        + " and Организация_Key eq guid'" + org + "'";
  }

  private static List<String> refs(String body) throws Exception {
    List<String> refs = new ArrayList<>();
    for (JsonNode entity : new ObjectMapper().readTree(body).path("value")) {
      refs.add(entity.path("Ref_Key").asText());
    }
    return refs;
  }

  @Test
  void pagingUntilAShortPageReadsEveryDocumentOnceInDateAndNumberOrder() throws Exception {
    List<String> all = new ArrayList<>();
    int pages = 0;
    while (true) {
      String body = http.get(DOCUMENTS + "?$format=json&$filter=" + period() + "&$select=**&$orderby=Date,Number"
          + "&$top=1500&$skip=" + all.size()).body();
      assertThat(body).doesNotContain("odata.nextLink");
      List<String> page = refs(body);
      all.addAll(page);
      pages++;
      if (page.size() < 1500) {
        break;
      }
    }
    assertThat(pages).isEqualTo(7);
    assertThat(all).containsExactlyElementsOf(keys.stream().map(UUID::toString).toList());
  }

  @Test
  void skipIsAppliedBeforeTopWhateverTheirOrderInTheUrl() throws Exception {
    List<String> skipFirst = refs(http.get(DOCUMENTS + "?$format=json&$filter=" + period()
        + "&$skip=10&$top=5&$orderby=Date,Number").body());
    List<String> topFirst = refs(http.get(DOCUMENTS + "?$format=json&$filter=" + period()
        + "&$top=5&$skip=10&$orderby=Date,Number").body());

    assertThat(skipFirst).isEqualTo(topFirst)
        .containsExactlyElementsOf(keys.subList(10, 15).stream().map(UUID::toString).toList());
  }

  @Test
  void withoutTopEverythingComesBackInOneAnswer() throws Exception {
    assertThat(refs(http.get(DOCUMENTS + "?$format=json&$select=Ref_Key").body())).hasSize(10_500);
  }

  @Test
  void descendingAndResidualFiltersAreOrderedAndPagedToo() throws Exception {
    String body = http.get(DOCUMENTS + "?$format=json&$select=Ref_Key,СуммаДокумента&$orderby=СуммаДокумента desc"
        + "&$top=3&$filter=" + period() + " and DeletionMark eq false").body();
    List<Double> amounts = new ArrayList<>();
    for (JsonNode entity : new ObjectMapper().readTree(body).path("value")) {
      amounts.add(entity.path("СуммаДокумента").asDouble());
    }

    assertThat(amounts).hasSize(3).isSortedAccordingTo((a, b) -> Double.compare(b, a));
  }

  @Test
  void inlineCountIsAStringOfAllMatches() {
    String body = http.get(DOCUMENTS + "?$format=json&$select=Ref_Key&$top=1&$inlinecount=allpages&$filter="
        + period()).body();

    assertThat(body).startsWith("{\n \"odata.metadata\": \"" + sandbox.serviceRoot() + "$metadata#" + DOCUMENTS
        + "\",\n \"odata.count\": \"10000\",\n \"value\": [");
  }

  @Test
  void countIsPlainTextAfterAByteOrderMark() {
    OnecHttp.Answer answer = http.get(DOCUMENTS + "/$count?$filter=Организация_Key eq guid'" + org + "'");

    assertThat(answer.contentType()).startsWith("text/plain");
    assertThat(answer.body()).isEqualTo("\uFEFF10000");
  }

  @Test
  void unknownOrderByNamesAre6AndMalformedPagingOptions14() {
    assertThat(http.get(DOCUMENTS + "?$format=json&$orderby=Дата desc").body())
        .isEqualTo(OnecHttp.error("6", "Сегмент пути Дата не найден!"));
    assertThat(http.get(DOCUMENTS + "?$format=json&$top=-1").body())
        .isEqualTo(OnecHttp.error("14", "Ошибка при разборе опции запроса $top: -1"));
    assertThat(http.get(DOCUMENTS + "?$format=json&$orderby=Date upward").status()).isEqualTo(400);
  }
}
