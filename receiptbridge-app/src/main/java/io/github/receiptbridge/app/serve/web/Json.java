package io.github.receiptbridge.app.serve.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.receiptbridge.app.serve.Health;
import io.github.receiptbridge.app.serve.OrganizationHealth;
import io.github.receiptbridge.app.serve.PassFailure;
import io.github.receiptbridge.app.serve.PassRecord;
import java.util.Optional;

/** The console's JSON answers: a pass's progress, the health, an error; written field by field, so nothing leaks. */
final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  /** A pass's progress, as the pass page polls it. */
  static String progress(PassRecord pass) {
    return write(pass(pass).put("stateTitle", Words.state(pass.state())));
  }

  /**
   * The health, as {@code GET /health} shows it without a login: only states (healthy or failing, whether each
   * service answered, the last pass's id, kind, state and times), never a URL, an error text or a summary.
   */
  static String health(Health health) {
    return health(health, false);
  }

  /**
   * The health; {@code detailed} (for a logged-in session) adds the last pass's period, trigger, summary, failure
   * kind and error text.
   */
  static String health(Health health, boolean detailed) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("healthy", health.healthy());
    var organizations = root.putArray("organizations");
    for (OrganizationHealth organization : health.organizations()) {
      ObjectNode node = organizations.addObject();
      node.put("organization", organization.organizationKey());
      node.put("failing", organization.failing());
      putOptional(node, "onecAnswered", organization.onecAnswered());
      putOptional(node, "schetmashAnswered", organization.schetmashAnswered());
      if (organization.lastPass().isPresent()) {
        node.set("lastPass", detailed ? pass(organization.lastPass().get()) : passState(organization.lastPass().get()));
      } else {
        node.putNull("lastPass");
      }
    }
    return write(root);
  }

  /** An error answer: {@code {"error": message}}. */
  static String error(String message) {
    return write(MAPPER.createObjectNode().put("error", message));
  }

  /** A pass's states and times only: what anyone may see. */
  private static ObjectNode passState(PassRecord pass) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", pass.id());
    node.put("kind", pass.kind().name());
    node.put("state", pass.state().name());
    node.put("startedAt", pass.startedAt().toString());
    putOptional(node, "finishedAt", pass.finishedAt().map(Object::toString));
    return node;
  }

  private static ObjectNode pass(PassRecord pass) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", pass.id());
    node.put("organization", pass.organizationKey());
    node.put("kind", pass.kind().name());
    node.put("from", pass.period().from().toString());
    node.put("to", pass.period().to().toString());
    node.put("trigger", pass.trigger());
    node.put("state", pass.state().name());
    node.put("startedAt", pass.startedAt().toString());
    putOptional(node, "finishedAt", pass.finishedAt().map(Object::toString));
    node.put("done", pass.done());
    putOptional(node, "total", pass.total());
    node.put("summary", pass.summary());
    putOptional(node, "failureKind", pass.failure().map(PassFailure::kind));
    putOptional(node, "error", pass.failure().map(PassFailure::detail));
    return node;
  }

  private static void putOptional(ObjectNode node, String name, Optional<?> value) {
    if (value.isEmpty()) {
      node.putNull(name);
    } else if (value.get() instanceof Boolean flag) {
      node.put(name, flag);
    } else if (value.get() instanceof Long number) {
      node.put(name, number);
    } else {
      node.put(name, value.get().toString());
    }
  }

  private static String write(ObjectNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write a JSON tree of strings and numbers", e);
    }
  }
}
