package io.github.receiptbridge.sandbox.internal.onec;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.sandbox.BankReceiptSeed;
import io.github.receiptbridge.sandbox.OnecSandbox;
import io.github.receiptbridge.sandbox.OnecSandboxBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code InformationRegister_ДополнительныеСведения}: create, duplicate, update, read and delete by key. */
class RegisterTest {
  private static final String REGISTER = "InformationRegister_ДополнительныеСведения";
  private static final String DOCUMENT_TYPE = "StandardODATA.Document_ПоступлениеНаРасчетныйСчет";

  private OnecSandbox sandbox;
  private OnecHttp http;
  private UUID document;
  private UUID property;

  private void start(OnecSandboxBuilder builder) {
    sandbox = builder.start();
    http = new OnecHttp(sandbox);
    UUID org = sandbox.data().addOrganization("УК", "7701234567", "770101001");
    document = sandbox.data().addBankReceipt(BankReceiptSeed.builder().organization(org).build());
    property = sandbox.data().propertyKey("СчетМаш_НомерЧека").orElseThrow();
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private String body(String value, String type) {
    return "{\"Объект\":\"" + document + "\",\"Объект_Type\":\"" + DOCUMENT_TYPE + "\",\"Свойство_Key\":\""
        + property + "\",\"Значение\":\"" + value + "\",\"Значение_Type\":\"" + type + "\"}";
  }

  private String keyUrl(String objectType) {
    return REGISTER + "(Объект='" + document + "',Объект_Type='" + objectType + "',Свойство_Key=guid'" + property
        + "')?$format=json";
  }

  private String record(String value, String type, boolean element) {
    return "{\n"
        + " \"odata.metadata\": \"" + sandbox.serviceRoot() + "$metadata#" + REGISTER + (element ? "/@Element" : "")
        + "\",\n"
        + " \"Объект\": \"" + document + "\",\n"
        + " \"Объект_Type\": \"" + DOCUMENT_TYPE + "\",\n"
        + " \"Свойство_Key\": \"" + property + "\",\n"
        + " \"Значение\": \"" + value + "\",\n"
        + " \"Значение_Type\": \"" + type + "\"\n"
        + "}";
  }

  @Test
  void postCreatesTheRecordAndAnswers200WithIt() {
    start(OnecSandbox.builder());

    OnecHttp.Answer answer = http.post(REGISTER + "?$format=json", body("1234", "Edm.Double"));

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body()).isEqualTo(record("1234", "Edm.Double", true));
    assertThat(sandbox.data().additionalInfo(document, "СчетМаш_НомерЧека")).contains("1234");
  }

  @Test
  void aConfiguredPostStatusOf201AddsTheLocation() {
    start(OnecSandbox.builder().registerPostStatus(201));

    OnecHttp.Answer answer = http.post(REGISTER + "?$format=json", body("1234.50", "Edm.Double"));

    assertThat(answer.status()).isEqualTo(201);
    assertThat(answer.body()).contains("\"Значение\": \"1234.5\"");
    assertThat(answer.location()).isEqualTo(sandbox.serviceRoot() + REGISTER + "(Объект='" + document
        + "',Объект_Type='" + DOCUMENT_TYPE + "',Свойство_Key=guid'" + property + "')");
  }

  @Test
  void aDuplicatePostIsCode15AndLeavesTheOldRecord() {
    start(OnecSandbox.builder());
    http.post(REGISTER + "?$format=json", body("1", "Edm.Double"));

    OnecHttp.Answer duplicate = http.post(REGISTER + "?$format=json", body("2", "Edm.Double"));

    assertThat(duplicate.status()).isEqualTo(400);
    assertThat(duplicate.body())
        .isEqualTo(OnecHttp.error("15", "Запись с такими значениями ключевых полей уже существует."));
    assertThat(sandbox.data().additionalInfo(document, "СчетМаш_НомерЧека")).contains("1");
    assertThat(sandbox.data().additionalInfoCount()).isEqualTo(1);
  }

  @Test
  void patchByKeyChangesTheValueAndAnswersTheFullRecordWhichGetReadsBack() {
    start(OnecSandbox.builder());
    http.post(REGISTER + "?$format=json", body("1", "Edm.Double"));

    OnecHttp.Answer patched = http.patch(keyUrl(DOCUMENT_TYPE), "{\"Значение\":\"2024-04-01T09:30:15\","
        + "\"Значение_Type\":\"Edm.DateTime\"}");
    OnecHttp.Answer read = http.get(keyUrl(DOCUMENT_TYPE));

    assertThat(patched.status()).isEqualTo(200);
    assertThat(patched.body()).isEqualTo(record("2024-04-01T09:30:15", "Edm.DateTime", true));
    assertThat(read.body()).isEqualTo(patched.body());
  }

  @Test
  void aMissingRecordIs404Code9ForGetPatchAndDelete() {
    start(OnecSandbox.builder());
    String missing = OnecHttp.error("9", "Экземпляр сущности не найден по переданному ключу.");

    assertThat(http.get(keyUrl(DOCUMENT_TYPE)).body()).isEqualTo(missing);
    assertThat(http.get(keyUrl(DOCUMENT_TYPE)).status()).isEqualTo(404);
    assertThat(http.patch(keyUrl(DOCUMENT_TYPE), "{\"Значение\":\"1\"}").status()).isEqualTo(404);
    assertThat(http.delete(keyUrl(DOCUMENT_TYPE)).status()).isEqualTo(404);
  }

  @Test
  void deleteRemovesTheRecord() {
    start(OnecSandbox.builder());
    http.post(REGISTER + "?$format=json", body("1", "Edm.Double"));

    assertThat(http.delete(keyUrl(DOCUMENT_TYPE)).status()).isEqualTo(204);
    assertThat(http.get(keyUrl(DOCUMENT_TYPE)).status()).isEqualTo(404);
  }

  @Test
  void aTypeWithoutTheNamespaceIsRejected() {
    start(OnecSandbox.builder());
    http.post(REGISTER + "?$format=json", body("1", "Edm.Double"));

    OnecHttp.Answer answer = http.get(keyUrl("Document_ПоступлениеНаРасчетныйСчет"));
    OnecHttp.Answer post = http.post(REGISTER + "?$format=json", body("1", "Edm.Double")
        .replace(DOCUMENT_TYPE, "Document_ПоступлениеНаРасчетныйСчет"));

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body()).contains("Недопустимое значение Document_ПоступлениеНаРасчетныйСчет для свойства "
        + "составного типа Объект_Type");
    assertThat(post.status()).isEqualTo(400);
  }

  @Test
  void malformedKeysAndBodiesGetTheirCodes() {
    start(OnecSandbox.builder());

    assertThat(http.get(REGISTER + "(Объект='" + document + "',Свойство_Key=guid'" + property + "')?$format=json")
        .body()).contains("\"code\": \"7\"", "Объект_Type");
    assertThat(http.post(REGISTER + "?$format=json", "{\"Объект\": ").body()).contains("\"code\": \"-1\"");
    assertThat(http.post(REGISTER + "?$format=json", body("x", "Edm.Double")).body())
        .contains("\"code\": \"1\"", "'x'");
    assertThat(http.post(REGISTER + "?$format=json", body("1", "Edm.Double").replace(property.toString(), "nope"))
        .body()).contains("\"code\": \"1\"");
    assertThat(http.post(REGISTER + "?$format=json", "{\"Свойство_Key\":\"" + property + "\"}").body())
        .contains("\"code\": \"-1\"", "Объект");
    assertThat(sandbox.data().additionalInfoCount()).isZero();
  }

  @Test
  void concurrentPostsOfOneKeyCreateExactlyOneRecord() throws Exception {
    start(OnecSandbox.builder());
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<Integer>> statuses = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        String value = String.valueOf(i);
        statuses.add(pool.submit(() -> {
          go.await();
          return http.post(REGISTER + "?$format=json", body(value, "Edm.Double")).status();
        }));
      }
      go.countDown();
      List<Integer> results = new ArrayList<>();
      for (Future<Integer> status : statuses) {
        results.add(status.get());
      }
      assertThat(results).containsOnlyOnce(200).containsOnly(200, 400);
    } finally {
      pool.shutdownNow();
    }
    assertThat(sandbox.data().additionalInfoCount()).isEqualTo(1);
  }
}
