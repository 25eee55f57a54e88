/**
 * The typed client of the Счетмаш API v1: {@link io.github.receiptbridge.schetmash.SchetmashClient}, its receipt
 * model and its exceptions.
 */
module io.github.receiptbridge.schetmash {
  // SchetmashClient.Builder extends ClientBuilder
  requires transitive io.github.receiptbridge.common;
  requires com.fasterxml.jackson.annotation;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires retrofit2;
  requires retrofit2.converter.jackson;
  requires org.slf4j;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports io.github.receiptbridge.schetmash;
  exports io.github.receiptbridge.schetmash.errors;
  exports io.github.receiptbridge.schetmash.model;
  // the token request and answer, (de)serialized by Jackson through Retrofit's converter
  opens io.github.receiptbridge.schetmash.internal to com.fasterxml.jackson.databind;
}
