package io.github.receiptbridge.app.bench;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.jspecify.annotations.Nullable;

/** The benchmark's outputs: a markdown table, an SVG chart of throughput against concurrency, the RESULT line. */
final class BenchReport {
  private BenchReport() {}

  /** A markdown table with one row per setting. */
  public static String markdown(List<BenchResult> results, BenchmarkRunner.@Nullable FillResult fill) {
    StringBuilder md = new StringBuilder();
    md.append("| Счетмаш / 1C in flight | register docs/s | limit | ratio | status docs/s | limit | ratio "
        + "| both docs/s | Счетмаш req/doc (reg, status) | 1C req/doc (reg, status) "
        + "| SDK CPU ms/doc | peak heap MB |\n");
    md.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (BenchResult r : results) {
      md.append(String.format(Locale.ROOT,
          "| %s | %.1f | %.1f | %.0f%% | %.1f | %.1f | %.0f%% | %.1f | %.2f, %.2f | %.2f, %.2f | %.2f | %.0f |%n",
          r.label(), r.register().throughput(), r.registerLimit(),
          100 * r.register().throughput() / r.registerLimit(), r.status().throughput(), r.statusLimit(),
          100 * r.status().throughput() / r.statusLimit(), r.throughput(),
          r.register().schetmashPerDocument(), r.status().schetmashPerDocument(),
          r.register().onecPerDocument(), r.status().onecPerDocument(),
          (r.register().cpuNanos() + r.status().cpuNanos()) / 1e6 / r.register().handled(),
          Math.max(r.register().peakHeapBytes(), r.status().peakHeapBytes()) / 1048576.0));
    }
    if (fill != null) {
      md.append(String.format(Locale.ROOT, "%nFill of %d documents: %.1f s, %d 1C requests, peak heap %.0f MB "
          + "(max heap %.0f MB, simulator included).%n", fill.rows(), fill.elapsed().toMillis() / 1000.0,
          fill.onecRequests(), fill.peakHeapBytes() / 1048576.0, fill.maxHeapBytes() / 1048576.0));
    }
    return md.toString();
  }

  /** An SVG line chart: measured documents per second (both passes) and the limit, against Счетмаш in flight. */
  public static String svg(List<BenchResult> results) {
    int width = 640;
    int height = 400;
    int left = 60;
    int bottom = 50;
    results = results.stream().filter(BenchResult::pipelined).toList();
    double maxX = results.stream().mapToInt(BenchResult::schetmash).max().orElse(1);
    double maxY = results.stream().mapToDouble(r -> Math.max(r.throughput(), r.combinedLimit())).max().orElse(1);
    StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" "
            + "font-size=\"12\">%n<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>%n", width, height));
    svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n",
        left, height - bottom, width - 20, height - bottom));
    svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"20\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n",
        left, left, height - bottom));
    svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">Счетмаш requests in flight (1C: half)</text>%n",
        width / 2 - 110, height - 10));
    svg.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"15\">documents / s (max %.0f)</text>%n", maxY));
    svg.append(polyline(results, BenchResult::throughput, maxX, maxY, width, height, left, bottom, "#1f77b4"));
    svg.append(polyline(results, BenchResult::combinedLimit, maxX, maxY, width, height, left, bottom, "#d62728"));
    svg.append("<text x=\"80\" y=\"40\" fill=\"#1f77b4\">measured</text>\n");
    svg.append("<text x=\"80\" y=\"56\" fill=\"#d62728\">limit</text>\n");
    for (BenchResult r : results) {
      double x = left + (width - 20 - left) * r.schetmash() / maxX;
      svg.append(String.format(Locale.ROOT, "<text x=\"%.0f\" y=\"%d\" text-anchor=\"middle\">%d</text>%n",
          x, height - bottom + 15, r.schetmash()));
    }
    return svg.append("</svg>\n").toString();
  }

  private static String polyline(List<BenchResult> results, ToDoubleFunction<BenchResult> series, double maxX,
      double maxY, int width, int height, int left, int bottom, String color) {
    StringBuilder points = new StringBuilder();
    for (BenchResult r : results) {
      double x = left + (width - 20 - left) * r.schetmash() / maxX;
      double value = series.applyAsDouble(r);
      double y = height - bottom - (height - bottom - 20) * value / maxY;
      points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
    }
    return String.format(Locale.ROOT, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"%s\"/>%n",
        color, points.toString().trim());
  }

  /** The machine-readable last line: the default setting against the sequential baseline. */
  public static String resultLine(BenchResult defaults, BenchResult baseline) {
    return String.format(Locale.ROOT, "RESULT documents=%d throughput=%.1f limit=%.1f ratio=%.2f baseline=%.1f",
        defaults.documents(), defaults.throughput(), defaults.combinedLimit(),
        defaults.throughput() / defaults.combinedLimit(), baseline.throughput());
  }
}
