/**
 * What the Счетмаш and 1C clients share: the builder base {@link io.github.receiptbridge.common.ClientBuilder} and
 * its transport settings. The package {@code common.internal} (the retrying executor, the settings lookup) is
 * exported to the SDK's own modules only.
 */
module io.github.receiptbridge.common {
  // ClientBuilder.httpClient(OkHttpClient)
  requires transitive okhttp3;
  requires org.slf4j;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports io.github.receiptbridge.common;
  exports io.github.receiptbridge.common.internal to
      io.github.receiptbridge.schetmash,
      io.github.receiptbridge.onec,
      io.github.receiptbridge.core;
}
