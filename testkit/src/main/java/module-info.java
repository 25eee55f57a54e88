/** Test helpers the SDK's modules share: the fixture server, the in-process CLI runner, clocks, contact tables. */
module io.github.receiptbridge.testkit {
  // FixtureServer hands out MockWebServer's requests and answers, and their OkHttp types (HttpUrl, Headers)
  requires transitive mockwebserver3;
  requires transitive okhttp3;
  requires static org.jspecify;

  exports io.github.receiptbridge.testkit;
}
