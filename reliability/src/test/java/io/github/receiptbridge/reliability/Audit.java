package io.github.receiptbridge.reliability;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import okhttp3.Credentials;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Checks, from the outside and without the SDK, what both services hold after a trial: every receipt the Счетмаш
 * simulator stores (its sandbox-only {@code GET /sandbox/receipts}) against every «дополнительное сведение» in 1C
 * (plain OData reads). It works the same on in-process simulators and on a simulator in another process.
 */
final class Audit {
  static final String STATUS = "СчетМаш_СтатусЧека";
  static final String RECEIPT_ID = "СчетМаш_НомерЧека";
  static final String CHECK_DATE = "СчетМаш_ДатаПроверкиСтатусаЧека";
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private final OkHttpClient http = new OkHttpClient();
  private final HttpUrl schetmashRoot;
  private final HttpUrl onecServiceRoot;
  private final String onecAuthorization;
  private final Long shopId;

  /**
   * @param schetmashBaseUrl the simulator's API base, {@code http://127.0.0.1:<port>/lk/api/v1/}
   * @param onecServiceRoot  {@code …/odata/standard.odata/}
   */
  Audit(String schetmashBaseUrl, String onecServiceRoot, String onecUser, String onecPassword) {
    this(HttpUrl.get(schetmashBaseUrl).resolve("/"),
        HttpUrl.get(onecServiceRoot.endsWith("/") ? onecServiceRoot : onecServiceRoot + "/"),
        Credentials.basic(onecUser, onecPassword, StandardCharsets.UTF_8), null);
  }

  private Audit(HttpUrl schetmashRoot, HttpUrl onecServiceRoot, String onecAuthorization, Long shopId) {
    this.schetmashRoot = schetmashRoot;
    this.onecServiceRoot = onecServiceRoot;
    this.onecAuthorization = onecAuthorization;
    this.shopId = shopId;
  }

  /** The same audit, counting only the receipts of {@code shop}. */
  Audit inShop(long shop) {
    return new Audit(schetmashRoot, onecServiceRoot, onecAuthorization, shop);
  }

  /** One receipt as the Счетмаш simulator holds it. */
  record ServiceReceipt(long id, long shopId, String externalId, String status, BigDecimal total) {
    /** The 1C document key the receipt was sent for ({@code 1c-<Ref_Key>}, maybe with a reissue suffix). */
    String documentKey() {
      String key = externalId.startsWith("1c-") ? externalId.substring(3) : externalId;
      int reissue = key.indexOf("-r", 36);
      return reissue < 0 ? key : key.substring(0, reissue);
    }
  }

  /** What 1C holds for one document. */
  record Saved(String receiptId, String status, String checkDate) {
  }

  /**
   * What the audit found.
   *
   * @param eligible   documents that must have exactly one receipt
   * @param receipts   receipts in the service
   * @param duplicates receipts beyond the first for one document
   * @param lost       eligible documents without a receipt in the service
   * @param unwritten  receipts whose id is not written to their document in 1C (or another id is)
   * @param strays     receipts for a document that is not eligible
   * @param wrongStatus documents whose status in 1C differs from the service's, or that lack their check date
   * @param problems   the first few problems, for the assertion message
   */
  record Result(int eligible, int receipts, int duplicates, int lost, int unwritten, int strays, int wrongStatus,
      List<String> problems) {
    /** Documents lost or left wrong in 1C. */
    int lostOrWrong() {
      return lost + unwritten + wrongStatus;
    }

    /** Nothing doubled, lost, unwritten, stray or out of date. */
    boolean clean() {
      return duplicates == 0 && lost == 0 && unwritten == 0 && strays == 0 && wrongStatus == 0;
    }
  }

  /** The receipts the service holds now (of the audited shop only, when it has one). */
  List<ServiceReceipt> serviceReceipts() {
    List<ServiceReceipt> receipts = new ArrayList<>();
    for (JsonNode node : get(schetmashRoot.resolve("/sandbox/receipts"), null)) {
      ServiceReceipt receipt = new ServiceReceipt(node.get("id").asLong(), node.get("shop_id").asLong(),
          node.get("external_id").asText(), node.get("status").asText(), new BigDecimal(node.get("total").asText()));
      if (shopId == null || receipt.shopId() == shopId) {
        receipts.add(receipt);
      }
    }
    return receipts;
  }

  /** Receipts beyond the first for one document, now. */
  int duplicatesNow() {
    return duplicates(serviceReceipts());
  }

  private static int duplicates(List<ServiceReceipt> receipts) {
    Map<String, Integer> perDocument = new HashMap<>();
    receipts.forEach(receipt -> perDocument.merge(receipt.documentKey(), 1, Integer::sum));
    return perDocument.values().stream().mapToInt(count -> count - 1).sum();
  }

  /** One bank receipt as 1C serves it, which is what the accountant sees. */
  record Document(UUID key, String number, LocalDateTime date, BigDecimal amount, String purpose) {
  }

  /** Every bank receipt in 1C, by key. */
  Map<UUID, Document> onecDocuments() {
    HttpUrl url = onecServiceRoot.newBuilder().addPathSegment("Document_ПоступлениеНаРасчетныйСчет")
        .addQueryParameter("$format", "json").build();
    Map<UUID, Document> documents = new HashMap<>();
    for (JsonNode node : get(url, onecAuthorization).get("value")) {
      UUID key = UUID.fromString(node.get("Ref_Key").asText());
      documents.put(key, new Document(key, node.get("Number").asText(), LocalDateTime.parse(node.get("Date").asText()),
          node.get("СуммаДокумента").decimalValue(), node.get("НазначениеПлатежа").asText()));
    }
    return documents;
  }

  /** One «дополнительное сведение» in 1C, with its property's developer name. */
  record Value(String object, String property, String value) {
  }

  /** Every «дополнительное сведение» 1C holds now. */
  List<Value> onecValues() {
    Map<String, String> propertyNames = new HashMap<>();
    HttpUrl properties = onecServiceRoot.newBuilder()
        .addPathSegment("ChartOfCharacteristicTypes_ДополнительныеРеквизитыИСведения")
        .addQueryParameter("$format", "json").build();
    for (JsonNode property : get(properties, onecAuthorization).get("value")) {
      propertyNames.put(property.get("Ref_Key").asText(), property.path("Имя").asText());
    }
    HttpUrl records = onecServiceRoot.newBuilder().addPathSegment("InformationRegister_ДополнительныеСведения")
        .addQueryParameter("$format", "json").build();
    List<Value> values = new ArrayList<>();
    for (JsonNode record : get(records, onecAuthorization).get("value")) {
      values.add(new Value(record.get("Объект").asText(),
          propertyNames.getOrDefault(record.get("Свойство_Key").asText(), ""), record.get("Значение").asText()));
    }
    return values;
  }

  /** What 1C holds for each document that has any of the SDK's «дополнительные сведения». */
  Map<String, Saved> savedInOnec() {
    Map<String, Map<String, String>> byObject = new HashMap<>();
    onecValues().forEach(value -> byObject.computeIfAbsent(value.object(), key -> new HashMap<>())
        .put(value.property(), value.value()));
    Map<String, Saved> saved = new HashMap<>();
    byObject.forEach((document, byName) -> {
      if (byName.containsKey(RECEIPT_ID) || byName.containsKey(STATUS)) {
        saved.put(document, new Saved(byName.get(RECEIPT_ID), byName.get(STATUS), byName.get(CHECK_DATE)));
      }
    });
    return saved;
  }

  /**
   * What the app has changed so far: every value in 1C (check dates included) and the external id of every receipt
   * (not its status, which the service moves on by itself).
   */
  Set<Object> snapshot() {
    Set<Object> state = new HashSet<>(onecValues());
    serviceReceipts().forEach(receipt -> state.add(receipt.externalId()));
    return state;
  }

  /** Documents with a receipt in the service whose id 1C does not hold (yet). */
  Set<String> unwritten() {
    Map<String, Saved> saved = savedInOnec();
    Set<String> documents = new TreeSet<>();
    for (ServiceReceipt receipt : serviceReceipts()) {
      Saved inOnec = saved.get(receipt.documentKey());
      if (inOnec == null || !sameId(inOnec.receiptId(), receipt.id())) {
        documents.add(receipt.documentKey());
      }
    }
    return documents;
  }

  /**
   * Compares both sides.
   *
   * @param eligible      the document keys that must each have exactly one receipt
   * @param compareStatus whether statuses must match too (once every receipt reached its final state)
   */
  Result check(Collection<String> eligible, boolean compareStatus) {
    List<ServiceReceipt> receipts = serviceReceipts();
    Map<String, Saved> saved = savedInOnec();
    Set<String> wanted = new TreeSet<>(eligible);
    List<String> problems = new ArrayList<>();
    Map<String, List<ServiceReceipt>> byDocument = new HashMap<>();
    receipts.forEach(receipt -> byDocument.computeIfAbsent(receipt.documentKey(), key -> new ArrayList<>())
        .add(receipt));
    int lost = 0;
    int unwritten = 0;
    int strays = 0;
    int wrongStatus = 0;
    for (String document : wanted) {
      List<ServiceReceipt> held = byDocument.getOrDefault(document, List.of());
      if (held.isEmpty()) {
        lost++;
        note(problems, "no receipt for " + document + " (1C holds " + saved.get(document) + ")");
        continue;
      }
      ServiceReceipt receipt = held.get(0);
      Saved inOnec = saved.get(document);
      if (inOnec == null || !sameId(inOnec.receiptId(), receipt.id())) {
        unwritten++;
        note(problems, "receipt " + receipt.id() + " of " + document + " is not written to it in 1C: " + inOnec);
      } else if (compareStatus && !receipt.status().equals(inOnec.status())) {
        wrongStatus++;
        note(problems, document + ": 1C says " + inOnec.status() + ", the service " + receipt.status());
      } else if (compareStatus && inOnec.checkDate() == null) {
        wrongStatus++;
        note(problems, document + ": 1C holds receipt " + inOnec.receiptId() + " and status " + inOnec.status()
            + " but no check date");
      }
    }
    for (String document : byDocument.keySet()) {
      if (!wanted.contains(document)) {
        strays++;
        note(problems, "a receipt for a document that must not have one: " + document);
      }
    }
    int duplicates = duplicates(receipts);
    if (duplicates > 0) {
      note(problems, duplicates + " duplicate receipts");
    }
    return new Result(wanted.size(), receipts.size(), duplicates, lost, unwritten, strays, wrongStatus, problems);
  }

  private static boolean sameId(String savedId, long id) {
    if (savedId == null || savedId.isBlank()) {
      return false;
    }
    try {
      return new BigDecimal(savedId.trim()).compareTo(BigDecimal.valueOf(id)) == 0;
    } catch (NumberFormatException notANumber) {
      return false;
    }
  }

  private static void note(List<String> problems, String problem) {
    if (problems.size() < 10) {
      problems.add(problem);
    }
  }

  private JsonNode get(HttpUrl url, String authorization) {
    Request.Builder request = new Request.Builder().url(url);
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    try (Response response = http.newCall(request.build()).execute()) {
      String body = response.body() == null ? "" : response.body().string();
      if (!response.isSuccessful()) {
        throw new IllegalStateException("audit read " + url + " answered " + response.code() + ": " + body);
      }
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException("audit read " + url + " failed", e);
    }
  }
}
