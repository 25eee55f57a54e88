package io.github.receiptbridge.schetmash.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.receiptbridge.sandbox.SchetmashSandbox;
import io.github.receiptbridge.schetmash.Fixtures;
import io.github.receiptbridge.schetmash.errors.SchetmashInvalidReceiptException;
import io.github.receiptbridge.schetmash.model.Item;
import io.github.receiptbridge.schetmash.model.Receipt;
import io.github.receiptbridge.schetmash.model.ReceiptRequest;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For each rule the client copies from the service, the local check and the simulator (which implements the
 * service's rules independently) give the same text for the same receipt, sent raw past the client.
 */
class ReceiptValidatorAgreesWithSandboxTest {
  private static final ObjectMapper MAPPER = ObjectMappers.create();
  private static final OkHttpClient HTTP = new OkHttpClient();
  private static SchetmashSandbox sandbox;
  private static String token;

  @BeforeAll
  static void start() throws IOException {
    sandbox = SchetmashSandbox.start();
    String credentials = MAPPER.writeValueAsString(new TokenRequest(sandbox.login(), sandbox.password()));
    token = post(sandbox.baseUrl() + "token", credentials).get("token").asText();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
    HTTP.dispatcher().executorService().shutdown();
  }

  private static JsonNode post(String url, String json) throws IOException {
    Request request = new Request.Builder()
        .url(url)
        .post(RequestBody.create(json, MediaType.get("application/json")))
        .build();
    try (Response response = HTTP.newCall(request).execute()) {
      return MAPPER.readTree(response.body().string());
    }
  }

  static Stream<ReceiptRequest> receiptsBreakingOneServiceRule() {
    ReceiptRequest valid = Fixtures.utilityPayment("1c-agree");
    Receipt receipt = valid.receipt();
    Item line = receipt.items().get(0);
    return Stream.of(
        valid.withExternalId(""),
        valid.withReceipt(receipt.withItems(List.of())),
        valid.withReceipt(receipt.withTotal(BigDecimal.ZERO)),
        valid.withReceipt(receipt.withPayments(List.of())),
        valid.withReceipt(receipt.withItems(line.withName(""))),
        valid.withReceipt(receipt.withItems(line.withName("0"))),
        valid.withReceipt(receipt.withItems(line.withPrice(BigDecimal.ZERO))),
        valid.withReceipt(receipt.withItems(line.withQuantity(BigDecimal.ZERO))),
        valid.withReceipt(receipt.withItems(line, line.withName(""))));
  }

  @ParameterizedTest
  @MethodSource("receiptsBreakingOneServiceRule")
  void theLocalCheckAndTheServiceGiveTheSameText(ReceiptRequest request) throws IOException {
    SchetmashInvalidReceiptException local =
        catchThrowableOfType(SchetmashInvalidReceiptException.class, () -> ReceiptValidator.validate(request));

    JsonNode remote = post(
        sandbox.baseUrl() + sandbox.shopId() + "/sell?token=" + token, MAPPER.writeValueAsString(request));

    assertThat(remote.get("code").asInt()).isEqualTo(9);
    assertThat(local.apiMessage()).startsWith(remote.get("message").asText());
    assertThat(sandbox.receipts()).isEmpty();
  }
}
