package io.github.receiptbridge.sandbox.internal.schetmash;

import io.github.receiptbridge.sandbox.internal.schetmash.model.ApiCode;
import io.github.receiptbridge.sandbox.internal.schetmash.model.Operation;
import io.github.receiptbridge.sandbox.internal.schetmash.php.PhpCrashException;
import io.github.receiptbridge.sandbox.internal.schetmash.php.PhpQueryString;
import io.github.receiptbridge.sandbox.internal.schetmash.store.ShopDirectory;
import io.github.receiptbridge.sandbox.internal.schetmash.store.TokenStore;
import io.github.receiptbridge.sandbox.internal.schetmash.wire.WireResponse;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@code CheckRequestMiddleware}, run before register and report: token present (else code 4 "Не валидный
 * токен"), token current and unexpired (else code 4 with code 2's text "Используется старый токен"), shop
 * exists (5), operation known (6, register only), shop has an active cash register (7). The shop is not
 * checked against the token's owner.
 */
final class RequestGate {
  private final TokenStore tokens;
  private final ShopDirectory shops;

  /** The request passed; carries what the handlers need. */
  public record Passed(long shopId, @Nullable Operation operation) {
  }

  /** Either a rejection to send, or the passed request. */
  public record Verdict(@Nullable WireResponse rejection, @Nullable Passed passed) {
  }

  /** Creates the gate over the token store and the shops. */
  public RequestGate(TokenStore tokens, ShopDirectory shops) {
    this.tokens = tokens;
    this.shops = shops;
  }

  /**
   * Runs the checks.
   *
   * @param query            the parsed query string
   * @param shopDigits       the {@code {shopId}} placeholder
   * @param operationSegment the {@code {operation}} placeholder, or {@code null} on report routes
   */
  public Verdict check(PhpQueryString query, String shopDigits, String operationSegment) {
    if (query.isEmpty("token")) {
      return reject(WireResponse.error(ApiCode.INCORRECT_TOKEN));
    }
    PhpQueryString.Value token = query.get("token");
    if (token.isArray()) {
      throw new PhpCrashException("array bound to the token parameter");
    }
    if (!tokens.isValid(token.scalar())) {
      return reject(WireResponse.error(ApiCode.INCORRECT_TOKEN, ApiCode.USE_OLD_TOKEN.message()));
    }
    Optional<Long> shop = shops.find(shopDigits);
    if (shop.isEmpty()) {
      return reject(WireResponse.error(ApiCode.INCORRECT_SHOP));
    }
    Operation operation = null;
    if (operationSegment != null) {
      Optional<Operation> known = Operation.fromWireName(operationSegment);
      if (known.isEmpty()) {
        return reject(WireResponse.error(ApiCode.INCORRECT_OPERATION));
      }
      operation = known.get();
    }
    if (!shops.hasActiveKkt(shop.get())) {
      return reject(WireResponse.error(ApiCode.NOT_FOUND_KKT));
    }
    return new Verdict(null, new Passed(shop.get(), operation));
  }

  private static Verdict reject(WireResponse response) {
    return new Verdict(response, null);
  }
}
