package io.github.receiptbridge.sandbox.internal.schetmash;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.receiptbridge.sandbox.internal.schetmash.model.ApiCode;
import io.github.receiptbridge.sandbox.internal.schetmash.php.PhpJsonDecoder;
import io.github.receiptbridge.sandbox.internal.schetmash.php.PhpValues;
import io.github.receiptbridge.sandbox.internal.schetmash.store.TokenStore;
import io.github.receiptbridge.sandbox.internal.schetmash.wire.WireResponse;

/**
 * {@code POST /lk/api/v1/token} ({@code TokenAction}). Errors are HTTP 400 with keys message, token, code;
 * success is HTTP 200 with message (null), code (2 or 3), token. Logins compare ignoring trailing spaces
 * (MySQL PAD SPACE collation); passwords compare exactly.
 */
final class TokenEndpoint {
  private final String login;
  private final String password;
  private final TokenStore tokens;

  /** Creates the endpoint for one credential set. */
  public TokenEndpoint(String login, String password, TokenStore tokens) {
    this.login = login;
    this.password = password;
    this.tokens = tokens;
  }

  /** Handles one token request body. */
  public WireResponse handle(byte[] body) {
    JsonNode params;
    try {
      params = PhpJsonDecoder.decode(body);
    } catch (PhpJsonDecoder.DecodingFailedException e) {
      return failure(ApiCode.INCORRECT_DATA.message() + " " + e.getMessage(), ApiCode.INCORRECT_DATA);
    }
    JsonNode givenLogin = PhpValues.lookup(params, "login");
    JsonNode givenPassword = PhpValues.lookup(params, "password");
    if (PhpValues.isEmpty(givenLogin) || PhpValues.isEmpty(givenPassword)) {
      return failure(ApiCode.INCORRECT_LOGIN.message(), ApiCode.INCORRECT_LOGIN);
    }
    // The password is cast to string before hashing: an array is a notice, hence a 500 page.
    String passwordText = PhpValues.toPhpString(givenPassword);
    if (!loginMatches(givenLogin) || !password.equals(passwordText)) {
      return failure(ApiCode.INCORRECT_LOGIN.message(), ApiCode.INCORRECT_LOGIN);
    }
    TokenStore.Issued issued = tokens.request();
    ObjectNode success = JsonNodeFactory.instance.objectNode();
    success.putNull("message");
    success.put("code", (issued.regenerated() ? ApiCode.USE_NEW_TOKEN : ApiCode.USE_OLD_TOKEN).code());
    success.put("token", issued.token());
    return WireResponse.json(200, success);
  }

  private boolean loginMatches(JsonNode given) {
    if (given.isContainerNode()) {
      // Doctrine turns an array criterion into IN (...).
      for (JsonNode element : PhpValues.foreach(given)) {
        if (PhpValues.isScalar(element) && padSpaceEquals(PhpValues.toPhpString(element))) {
          return true;
        }
      }
      return false;
    }
    return padSpaceEquals(PhpValues.toPhpString(given));
  }

  private boolean padSpaceEquals(String candidate) {
    return stripTrailingSpaces(candidate).equals(stripTrailingSpaces(login));
  }

  private static String stripTrailingSpaces(String text) {
    int end = text.length();
    while (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
    }
    return text.substring(0, end);
  }

  private static WireResponse failure(String message, ApiCode code) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("message", message);
    body.putNull("token");
    body.put("code", code.code());
    return WireResponse.json(400, body);
  }
}
