package io.github.receiptbridge.sandbox.internal.onec;

import io.github.receiptbridge.sandbox.OnecSandbox;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.ConnectionPool;
import okhttp3.Credentials;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Load generator (not a test): starts an OData sandbox with zero latency and 10,000 documents, and lets N threads
 * run the SDK's request mix over keep-alive connections (per round: a page of 50 documents of one organization and
 * period, an organization lookup by INN, a register POST, a PATCH of that record and a GET of it by key), then prints
 * requests per second. Usage: {@code OnecSandboxThroughput [threads=8] [requests=20000]}.
 */
public final class OnecSandboxThroughput {
  private static final MediaType JSON = MediaType.get("application/json");
  private static final String REGISTER = "InformationRegister_ДополнительныеСведения";
  private static final String DOCUMENT_TYPE = "StandardODATA.Document_ПоступлениеНаРасчетныйСчет";
  private static final int PER_ROUND = 5;

  private OnecSandboxThroughput() {
  }

  /**
   * Runs the measurement.
   *
   * @param args optional thread count and request count
   */
  public static void main(String[] args) throws Exception {
    int threads = args.length > 0 ? Integer.parseInt(args[0]) : 8;
    int requests = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    try (OnecSandbox sandbox = OnecSandbox.start()) {
      UUID org = sandbox.data().addOrganization("УК Ромашка", "7701234567", "770101001");
      List<UUID> documents = sandbox.data().generateBankReceipts(org, LocalDate.of(2024, 1, 1),
          LocalDate.of(2024, 12, 31), 10_000, 1);
      UUID property = sandbox.data().propertyKey("СчетМаш_СтатусЧека").orElseThrow();
      OkHttpClient client = new OkHttpClient.Builder()
          .connectionPool(new ConnectionPool(threads, 1, TimeUnit.MINUTES))
          .addInterceptor(chain -> chain.proceed(chain.request().newBuilder()
              .header("Authorization", Credentials.basic(sandbox.user(), sandbox.password(), StandardCharsets.UTF_8))
              .build()))
          .build();
      Load load = new Load(sandbox, client, org, documents, property);
      load.run(threads, 2_000, 0);
      int before = sandbox.requestCount();
      long start = System.nanoTime();
      int failures = load.run(threads, requests, 2_000 / PER_ROUND);
      double seconds = (System.nanoTime() - start) / 1e9;
      int served = sandbox.requestCount() - before;
      System.out.printf("threads=%d requests=%d served=%d failures=%d seconds=%.2f requests/second=%.0f%n",
          threads, requests, served, failures, seconds, served / seconds);
      System.out.printf("register records=%d%n", sandbox.data().additionalInfoCount());
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
  }

  private record Load(OnecSandbox sandbox, OkHttpClient client, UUID org, List<UUID> documents, UUID property) {
    int run(int threads, int requests, int firstRound) throws Exception {
      AtomicInteger rounds = new AtomicInteger(firstRound);
      int lastRound = firstRound + requests / PER_ROUND;
      AtomicInteger failures = new AtomicInteger();
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          workers.add(pool.submit(() -> {
            int round;
            while ((round = rounds.getAndIncrement()) < lastRound) {
              failures.addAndGet(round(round));
            }
            return null;
          }));
        }
        for (Future<?> worker : workers) {
          worker.get();
        }
      } finally {
        pool.shutdownNow();
      }
      return failures.get();
    }

    private int round(int round) {
      String root = sandbox.serviceRoot();
      UUID document = documents.get(round % documents.size());
      int month = 1 + round % 12;
      int failures = 0;
      failures += ok(get(root + "Document_ПоступлениеНаРасчетныйСчет?$format=json&$filter=Date ge datetime'2024-"
          + String.format("%02d", month) + "-01T00:00:00' and Date lt datetime'2024-" + String.format("%02d", month)
          + "-28T00:00:00' and Организация_Key eq guid'" + org + "'&$select=**&$orderby=Date,Number&$top=50&$skip="
          + (round % 4) * 50), 200);
      failures += ok(get(root + "Catalog_Организации?$format=json&$filter=ИНН eq '7701234567'"
          + "&$select=Ref_Key,Description,ИНН,КПП,НаименованиеПолное&$orderby=Description"), 200);
      String key = "(Объект='" + document + "',Объект_Type='" + DOCUMENT_TYPE + "',Свойство_Key=guid'" + property
          + "')?$format=json";
      int created = call(new Request.Builder().url(root + REGISTER + "?$format=json")
          .post(RequestBody.create(("{\"Объект\":\"" + document + "\",\"Объект_Type\":\"" + DOCUMENT_TYPE
              + "\",\"Свойство_Key\":\"" + property + "\",\"Значение\":\"accept\",\"Значение_Type\":\"Edm.String\"}")
              .getBytes(StandardCharsets.UTF_8), JSON)).build());
      failures += created == 200 || created == 400 ? 0 : 1;
      failures += ok(call(new Request.Builder().url(root + REGISTER + key).patch(RequestBody.create(
          "{\"Значение\":\"success\",\"Значение_Type\":\"Edm.String\"}".getBytes(StandardCharsets.UTF_8), JSON))
          .build()), 200);
      failures += ok(get(root + REGISTER + key), 200);
      return failures;
    }

    private int get(String url) {
      return call(new Request.Builder().url(url).build());
    }

    private int call(Request request) {
      try (Response response = client.newCall(request).execute()) {
        if (response.body() != null) {
          response.body().bytes();
        }
        return response.code();
      } catch (IOException e) {
        return -1;
      }
    }

    private static int ok(int status, int expected) {
      return status == expected ? 0 : 1;
    }
  }
}
