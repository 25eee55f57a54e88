package io.github.receiptbridge.sandbox.internal.onec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.receiptbridge.sandbox.BankReceiptSeed;
import io.github.receiptbridge.sandbox.OnecBehavior;
import io.github.receiptbridge.sandbox.OnecSandbox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import okhttp3.Credentials;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Fault injection through {@code OnecBehavior}. */
class OnecBehaviorTest {
  private static final String REGISTER = "InformationRegister_ДополнительныеСведения";

  private final OkHttpClient rawClient = new OkHttpClient();
  private OnecSandbox sandbox;
  private OnecHttp http;
  private String body;
  private UUID document;
  private UUID property;

  @BeforeEach
  void start() {
    sandbox = OnecSandbox.start();
    http = new OnecHttp(sandbox);
    UUID org = sandbox.data().addOrganization("УК", "7701234567", "770101001");
    document = sandbox.data().addBankReceipt(BankReceiptSeed.builder().organization(org).build());
    property = sandbox.data().propertyKey("СчетМаш_СтатусЧека").orElseThrow();
    body = "{\"Объект\":\"" + document + "\",\"Объект_Type\":\"StandardODATA.Document_ПоступлениеНаРасчетныйСчет\","
        + "\"Свойство_Key\":\"" + property + "\","
        + "\"Значение\":\"accept\",\"Значение_Type\":\"Edm.String\"}";
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void failedWritesAnswer500CodeMinus1AndChangeNothingWhileReadsPass() {
    sandbox.behavior().failNextWrites(2);

    OnecHttp.Answer first = http.post(REGISTER + "?$format=json", body);
    OnecHttp.Answer read = http.get(REGISTER + "?$format=json");
    OnecHttp.Answer second = http.post(REGISTER + "?$format=json", body);
    OnecHttp.Answer third = http.post(REGISTER + "?$format=json", body);

    assertThat(first.status()).isEqualTo(500);
    assertThat(first.body()).isEqualTo(OnecHttp.error("-1", "Ошибка при записи (имитация сбоя)"));
    assertThat(read.status()).isEqualTo(200);
    assertThat(second.status()).isEqualTo(500);
    assertThat(third.status()).isEqualTo(200);
    assertThat(sandbox.data().additionalInfoCount()).isEqualTo(1);
  }

  @Test
  void failedWritesOfOnePropertyFailOnlyItsPostsAndPatches() {
    sandbox.behavior().failNextWritesOf("СчетМаш_СтатусЧека", 2);
    UUID receiptId = sandbox.data().propertyKey("СчетМаш_НомерЧека").orElseThrow();
    String idBody = body.replace(property.toString(), receiptId.toString()).replace("\"accept\",\"Значение_Type\":"
        + "\"Edm.String\"", "5,\"Значение_Type\":\"Edm.Double\"");

    OnecHttp.Answer status = http.post(REGISTER + "?$format=json", body);
    OnecHttp.Answer id = http.post(REGISTER + "?$format=json", idBody);
    OnecHttp.Answer again = http.post(REGISTER + "?$format=json", body);
    OnecHttp.Answer third = http.post(REGISTER + "?$format=json", body);

    assertThat(status.status()).isEqualTo(500);
    assertThat(status.body()).isEqualTo(OnecHttp.error("-1", "Ошибка при записи (имитация сбоя)"));
    assertThat(id.status()).as(id.body()).isEqualTo(200);
    assertThat(again.status()).isEqualTo(500);
    assertThat(third.status()).isEqualTo(200);
    assertThat(sandbox.data().additionalInfo(document)).containsOnlyKeys("СчетМаш_НомерЧека", "СчетМаш_СтатусЧека");
    assertThat(sandbox.behavior().pendingFaults()).isZero();
  }

  @Test
  void unauthenticatedWritesDoNotConsumeFailures() {
    sandbox.behavior().failNextWrites(1);

    assertThat(http.send("POST", REGISTER + "?$format=json", body, "Администратор", "x").status()).isEqualTo(401);
    assertThat(http.post(REGISTER + "?$format=json", body).status()).isEqualTo(500);
  }

  @Test
  void anHtml500RateOfOneAnswersEveryRequestWithTheErrorPage() {
    sandbox.behavior().html500Rate(1.0);

    OnecHttp.Answer answer = http.post(REGISTER + "?$format=json", body);

    assertThat(answer.status()).isEqualTo(500);
    assertThat(answer.contentType()).startsWith("text/html");
    assertThat(answer.body()).contains("1C:Enterprise 8 application error");
    assertThat(sandbox.data().additionalInfoCount()).isZero();

    sandbox.behavior().reset();
    assertThat(http.post(REGISTER + "?$format=json", body).status()).isEqualTo(200);
  }

  @Test
  void pendingFaultsCountsDownAsCountedFaultsAreServed() {
    sandbox.behavior().loginPageNext(2).malformedJsonNext(1);
    assertThat(sandbox.behavior().pendingFaults()).isEqualTo(3);

    http.get("Catalog_Организации?$format=json");
    assertThat(sandbox.behavior().pendingFaults()).isEqualTo(2);
    http.get("Catalog_Организации?$format=json");
    http.get("Catalog_Организации?$format=json");
    assertThat(sandbox.behavior().pendingFaults()).isZero();
  }

  @Test
  void aLoginPageComesWithStatus200() {
    sandbox.behavior().loginPageNext(1);

    OnecHttp.Answer answer = http.get("Catalog_Организации?$format=json");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body()).contains("<form");
    assertThat(http.get("Catalog_Организации?$format=json").body()).contains("\"value\"");
  }

  @Test
  void atomNextAnswersAJsonWriteInAtomWithTheSameStatusAndStillWrites() {
    sandbox.behavior().atomNext(1);

    OnecHttp.Answer answer = http.post(REGISTER + "?$format=json", body);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.contentType()).isEqualTo("application/atom+xml;type=entry;charset=utf-8");
    assertThat(answer.body()).startsWith("<?xml").contains("<entry").contains("<d:Значение>accept</d:Значение>");
    assertThat(sandbox.data().additionalInfoCount()).isEqualTo(1);
    assertThat(http.get(REGISTER + "?$format=json").body()).startsWith("{");
  }

  @Test
  void atomNextTurnsFeedsTheServiceDocumentAndErrorsIntoXml() {
    sandbox.behavior().atomNext(3);

    OnecHttp.Answer feed = http.get("Catalog_Организации?$format=json");
    OnecHttp.Answer service = http.get("?$format=json");
    OnecHttp.Answer missing = http.get("Catalog_Нет?$format=json");

    assertThat(feed.status()).isEqualTo(200);
    assertThat(feed.contentType()).isEqualTo("application/atom+xml;type=feed;charset=utf-8");
    assertThat(feed.body()).contains("<feed").contains("<d:ИНН>7701234567</d:ИНН>");
    assertThat(service.contentType()).startsWith("application/atomsvc+xml");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.contentType()).isEqualTo("application/xml;charset=utf-8");
    assertThat(missing.body()).contains("<m:error");
    assertThat(http.get("Catalog_Организации?$format=json").contentType()).startsWith("application/json");
  }

  @Test
  void atomNextAlsoOverridesAnAcceptHeaderAskingForJson() throws IOException {
    sandbox.behavior().atomNext(1);

    try (Response response = rawGet("Catalog_Организации", "application/json")) {
      assertThat(response.header("Content-Type")).startsWith("application/atom+xml");
    }
    try (Response response = rawGet("Catalog_Организации", "application/json")) {
      assertThat(response.header("Content-Type")).startsWith("application/json");
    }
  }

  @Test
  void atomNextSkipsAnswersThatLookTheSameInEveryFormatAndAtomRequests() {
    sandbox.behavior().atomNext(1);

    OnecHttp.Answer metadata = http.get("$metadata?$format=json");
    OnecHttp.Answer count = http.get("Catalog_Организации/$count?$format=json");
    OnecHttp.Answer atomAnyway = http.get("Catalog_Организации");
    OnecHttp.Answer unauthenticated = http.getAs("Администратор", "x", "Catalog_Организации?$format=json");
    OnecHttp.Answer turned = http.get("Catalog_Организации?$format=json");

    assertThat(metadata.body()).contains("edmx:Edmx");
    assertThat(count.body()).isEqualTo("\uFEFF1");
    assertThat(atomAnyway.contentType()).startsWith("application/atom+xml");
    assertThat(unauthenticated.status()).isEqualTo(401);
    assertThat(turned.contentType()).startsWith("application/atom+xml");
    assertThat(http.get("Catalog_Организации?$format=json").contentType()).startsWith("application/json");
  }

  @Test
  void aFailedWriteUnderAtomNextIsAnXmlErrorAndUsesUpBoth() {
    sandbox.behavior().atomNext(1).failNextWrites(1);

    OnecHttp.Answer failed = http.post(REGISTER + "?$format=json", body);

    assertThat(failed.status()).isEqualTo(500);
    assertThat(failed.body()).contains("<m:code>-1</m:code>");
    assertThat(http.post(REGISTER + "?$format=json", body).body()).startsWith("{");
  }

  @Test
  void malformedJsonNextCutsTheBodyInHalfButCommitsTheWrite() {
    sandbox.behavior().malformedJsonNext(1);

    OnecHttp.Answer cut = http.post(REGISTER + "?$format=json", body);
    OnecHttp.Answer full = http.get(REGISTER + "(Объект='" + document
        + "',Объект_Type='StandardODATA.Document_ПоступлениеНаРасчетныйСчет',Свойство_Key=guid'" + property
        + "')?$format=json");

    assertThat(cut.status()).isEqualTo(200);
    assertThat(cut.contentType()).startsWith("application/json");
    assertThat(sandbox.data().additionalInfoCount()).isEqualTo(1);
    assertThat(full.body()).endsWith("}");
    assertThat(cut.body()).isEqualTo(firstHalf(full.body()));
  }

  @Test
  void malformedJsonNextKeepsTheStatusAndSendsAMatchingContentLength() throws IOException {
    String full = http.get("Catalog_Организации?$format=json").body();
    sandbox.behavior().malformedJsonNext(2);

    try (Response response = rawGet("Catalog_Организации?$format=json", null)) {
      byte[] cut = response.body().bytes();

      assertThat(response.code()).isEqualTo(200);
      assertThat(response.header("Content-Length")).isEqualTo(String.valueOf(cut.length));
      assertThat(cut).isEqualTo(Arrays.copyOf(full.getBytes(StandardCharsets.UTF_8), cut.length));
      assertThat(cut.length).isEqualTo(full.getBytes(StandardCharsets.UTF_8).length / 2);
    }
    OnecHttp.Answer missing = http.get("Catalog_Нет?$format=json");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.body()).startsWith("{").doesNotEndWith("}");
    assertThat(http.get("Catalog_Организации?$format=json").body()).isEqualTo(full);
  }

  @Test
  void malformedJsonNextLeavesAtomHtmlAndEmptyAnswersAloneWithoutCountingThem() {
    sandbox.behavior().malformedJsonNext(1).loginPageNext(1);

    OnecHttp.Answer login = http.get("Catalog_Организации?$format=json");
    OnecHttp.Answer atom = http.get("Catalog_Организации");
    OnecHttp.Answer notAuthorized = http.getAs("Администратор", "x", "Catalog_Организации?$format=json");
    OnecHttp.Answer cut = http.get("Catalog_Организации?$format=json");

    assertThat(login.body()).contains("<form").endsWith("</html>\n");
    assertThat(atom.body()).endsWith("</feed>\n");
    assertThat(notAuthorized.status()).isEqualTo(401);
    assertThat(cut.body()).doesNotEndWith("}");
  }

  @Test
  void resetClearsPendingAtomAndMalformedAnswers() {
    sandbox.behavior().atomNext(2).malformedJsonNext(2);

    sandbox.behavior().reset();

    OnecHttp.Answer answer = http.get("Catalog_Организации?$format=json");
    assertThat(answer.contentType()).startsWith("application/json");
    assertThat(answer.body()).endsWith("}");
  }

  @Test
  void newKnobsRejectNegativeCounts() {
    OnecBehavior behavior = sandbox.behavior();

    assertThatThrownBy(() -> behavior.atomNext(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> behavior.malformedJsonNext(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  private static String firstHalf(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return new String(Arrays.copyOf(bytes, bytes.length / 2), StandardCharsets.UTF_8);
  }

  private Response rawGet(String relative, String acceptOrNull) {
    Request.Builder request = new Request.Builder().url(sandbox.serviceRoot() + relative)
        .header("Authorization", Credentials.basic(sandbox.user(), sandbox.password(), StandardCharsets.UTF_8));
    if (acceptOrNull != null) {
      request.header("Accept", acceptOrNull);
    }
    try {
      return rawClient.newCall(request.build()).execute();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
