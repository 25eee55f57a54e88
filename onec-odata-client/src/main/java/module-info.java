/**
 * The typed client of the 1C standard OData interface for БП 3.0: {@link io.github.receiptbridge.onec.OnecClient},
 * its model, its queries and its exceptions.
 */
module io.github.receiptbridge.onec {
  // OnecClient.Builder extends ClientBuilder
  requires transitive io.github.receiptbridge.common;
  requires com.fasterxml.jackson.annotation;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires org.slf4j;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports io.github.receiptbridge.onec;
  exports io.github.receiptbridge.onec.errors;
  exports io.github.receiptbridge.onec.model;
  exports io.github.receiptbridge.onec.query;
}
