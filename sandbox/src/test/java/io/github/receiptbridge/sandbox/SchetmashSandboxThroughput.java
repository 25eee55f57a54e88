package io.github.receiptbridge.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.ConnectionPool;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Load generator (not a test): starts a sandbox with zero latency and lets N threads issue register +
 * report pairs over keep-alive connections until a fixed number of requests is done, then prints
 * requests per second. Usage: {@code SchetmashSandboxThroughput [threads=8] [requests=20000]}.
 */
public final class SchetmashSandboxThroughput {
  private static final MediaType JSON = MediaType.get("application/json");

  private SchetmashSandboxThroughput() {
  }

  /**
   * Runs the measurement.
   *
   * @param args optional thread count and request count
   */
  public static void main(String[] args) throws Exception {
    int threads = args.length > 0 ? Integer.parseInt(args[0]) : 8;
    int requests = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    try (SchetmashSandbox sandbox = SchetmashSandbox.start()) {
      OkHttpClient client = new OkHttpClient.Builder()
          .connectionPool(new ConnectionPool(threads, 1, TimeUnit.MINUTES))
          .build();
      String token = new SandboxHttp(sandbox).token();
      run(sandbox, client, token, threads, 2_000, "warmup");
      int before = sandbox.requestCount();
      long start = System.nanoTime();
      int failures = run(sandbox, client, token, threads, requests, "measured");
      double seconds = (System.nanoTime() - start) / 1e9;
      int served = sandbox.requestCount() - before;
      System.out.printf("threads=%d requests=%d served=%d failures=%d seconds=%.2f requests/second=%.0f%n",
          threads, requests, served, failures, seconds, served / seconds);
      sandbox.awaitProcessed(java.time.Duration.ofSeconds(30));
      System.out.printf("receipts stored=%d%n", sandbox.receipts().size());
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
  }

  private static int run(SchetmashSandbox sandbox, OkHttpClient client, String token, int threads, int requests,
      String prefix) throws Exception {
    AtomicInteger budget = new AtomicInteger(requests / 2);
    AtomicInteger failures = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(pool.submit(() -> {
          int pair;
          while ((pair = budget.decrementAndGet()) >= 0) {
            String externalId = prefix + "-" + pair;
            String registered = call(client, new Request.Builder()
                .url(sandbox.baseUrl() + sandbox.shopId() + "/sell?token=" + token)
                .post(RequestBody.create(SandboxHttp.sellReceipt(externalId)
                    .getBytes(StandardCharsets.UTF_8), JSON)).build());
            int idStart = registered.indexOf("\"id\":") + 5;
            if (idStart < 5) {
              failures.incrementAndGet();
              continue;
            }
            String id = registered.substring(idStart, registered.indexOf(',', idStart));
            String report = call(client, new Request.Builder()
                .url(sandbox.baseUrl() + sandbox.shopId() + "/report/" + id + "?token=" + token)
                .build());
            if (!report.contains("\"id\":" + id)) {
              failures.incrementAndGet();
            }
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

  private static String call(OkHttpClient client, Request request) {
    try (Response response = client.newCall(request).execute()) {
      return response.body() == null ? "" : response.body().string();
    } catch (IOException e) {
      return "";
    }
  }
}
