package io.github.receiptbridge.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.core.onec.OnecLedger;
import io.github.receiptbridge.core.schetmash.SchetmashFiscalService;
import io.github.receiptbridge.onec.OnecClient;
import io.github.receiptbridge.sandbox.OnecSandbox;
import io.github.receiptbridge.sandbox.SchetmashSandboxReceipt;
import io.github.receiptbridge.sandbox.SchetmashSandbox;
import io.github.receiptbridge.schetmash.SchetmashClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import okhttp3.Credentials;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/** Both simulators and the clients and registrars of a test, closed together. */
final class SandboxFixture implements AutoCloseable {
  static final String STATUS = OnecLedger.STATUS_PROPERTY;
  static final String RECEIPT_ID = OnecLedger.RECEIPT_ID_PROPERTY;

  final SchetmashSandbox schetmash;
  OnecSandbox onec;
  private final List<AutoCloseable> clients = new ArrayList<>();

  SandboxFixture(SchetmashSandbox schetmash, OnecSandbox onec) {
    this.schetmash = schetmash;
    this.onec = onec;
  }

  /** A client of the simulator's default shop with fast retries. */
  SchetmashClient.Builder schetmashClient() {
    return SchetmashClient.builder().fromSettings(schetmash.clientSettings())
        .retryBackoff(Duration.ofMillis(5), Duration.ofMillis(20));
  }

  /** A client of the 1C simulator with fast retries. */
  OnecClient.Builder onecClient() {
    return OnecClient.builder().fromSettings(onec.clientSettings())
        .retryBackoff(Duration.ofMillis(5), Duration.ofMillis(20));
  }

  /** A registrar builder on clients built from {@code fiscal} and {@code ledger}, closed with the fixture. */
  ReceiptRegistrar.Builder registrar(SchetmashClient.Builder fiscal, OnecClient.Builder ledger) {
    OnecClient onecClient = ledger.build();
    clients.add(onecClient);
    return registrar(fiscal).ledger(OnecLedger.of(onecClient));
  }

  /** A registrar builder on a client built from {@code fiscal}, without a ledger yet. */
  ReceiptRegistrar.Builder registrar(SchetmashClient.Builder fiscal) {
    SchetmashClient schetmashClient = fiscal.build();
    clients.add(schetmashClient);
    return ReceiptRegistrar.builder().fiscalService(SchetmashFiscalService.of(schetmashClient))
        .statusPollInterval(Duration.ofMillis(50));
  }

  /** A registrar with the default policy on fresh clients. */
  ReceiptRegistrar registrar() {
    return registrar(schetmashClient(), onecClient()).build();
  }

  /**
   * Every eligible document has exactly one receipt in {@code shopId}, the shop holds no other receipt, and 1C holds
   * that receipt's id.
   */
  void assertExactlyOneReceiptPerEligibleDocument(long shopId, List<FillRow> eligible) {
    Map<String, List<SchetmashSandboxReceipt>> byExternalId = schetmash.receipts().stream()
        .filter(receipt -> receipt.shopId() == shopId)
        .collect(Collectors.groupingBy(SchetmashSandboxReceipt::externalId));
    assertThat(byExternalId.values()).allSatisfy(receipts -> assertThat(receipts).hasSize(1));
    assertThat(byExternalId.keySet())
        .containsExactlyInAnyOrderElementsOf(eligible.stream().map(FillRow::externalId).toList());
    for (FillRow row : eligible) {
      SchetmashSandboxReceipt receipt = byExternalId.get(row.externalId()).get(0);
      assertThat(onec.data().additionalInfo(row.documentKey(), RECEIPT_ID))
          .as("receipt id of %s in 1C", row.number())
          .hasValueSatisfying(id -> assertThat(Long.parseLong(id)).isEqualTo(receipt.id()));
    }
  }

  /** Changes a document in 1C the way a user saving it in 1C would: an OData PATCH of {@code json}. */
  void patchDocument(UUID document, String json) {
    send(document, "", "PATCH", RequestBody.create(json, MediaType.get("application/json; charset=utf-8")));
  }

  /** Unposts a document in 1C with the {@code Unpost} action ({@code Posted} cannot be PATCHed). */
  void unpost(UUID document) {
    send(document, "/Unpost", "POST", RequestBody.create(new byte[0]));
  }

  /** Deletes a document from 1C for good (an OData DELETE), as deleting marked objects in 1C does. */
  void deleteDocument(UUID document) {
    send(document, "", "DELETE", null);
  }

  private void send(UUID document, String action, String method, @Nullable RequestBody body) {
    String url = onec.serviceRoot() + "Document_ПоступлениеНаРасчетныйСчет(guid'" + document + "')" + action
        + "?$format=json";
    Request request = new Request.Builder().url(url)
        .header("Authorization", Credentials.basic(onec.user(), onec.password(), StandardCharsets.UTF_8))
        .method(method, body).build();
    OkHttpClient http = new OkHttpClient();
    try (Response response = http.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw new IllegalStateException(method + " " + url + " answered " + response.code());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  @Override
  public void close() throws Exception {
    for (AutoCloseable client : clients) {
      client.close();
    }
    schetmash.close();
    onec.close();
  }
}
