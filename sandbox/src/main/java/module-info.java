/**
 * Local simulators of «Счетмаш Онлайн» ({@link io.github.receiptbridge.sandbox.SchetmashSandbox}) and of the 1C
 * OData interface ({@link io.github.receiptbridge.sandbox.OnecSandbox}) on 127.0.0.1, and their JUnit 5 extension.
 * The JUnit API is optional: only {@code sandbox.junit} needs it.
 */
module io.github.receiptbridge.sandbox {
  requires mockwebserver3;
  requires okhttp3;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires java.logging;
  requires org.slf4j;
  requires static org.junit.jupiter.api;
  requires static org.junit.platform.commons;
  requires static org.jspecify;

  exports io.github.receiptbridge.sandbox;
  exports io.github.receiptbridge.sandbox.junit;
}
