package io.github.receiptbridge.app.common.service;

import io.github.receiptbridge.app.common.config.ConfigKey;
import io.github.receiptbridge.app.common.config.Configuration;
import io.github.receiptbridge.app.common.config.ConfigurationException;
import io.github.receiptbridge.onec.OnecClient;
import io.github.receiptbridge.schetmash.SchetmashClient;

/**
 * Builds the two clients from the configuration keys; a missing or malformed key is a usage error, and so is a plain
 * {@code http://} URL to a host other than the loopback one unless its {@code _ALLOW_INSECURE_HTTP} key is {@code
 * true}.
 */
public final class ClientFactory {
  private ClientFactory() {}

  /**
   * A Счетмаш client from {@code SCHETMASH_URL}, {@code _LOGIN}, {@code _PASSWORD}, {@code _SHOP_ID} and {@code
   * _ALLOW_INSECURE_HTTP}.
   *
   * @param httpLogging whether to log one line per HTTP exchange
   * @throws ConfigurationException naming the missing or wrong key
   */
  public static SchetmashClient schetmash(Configuration config, boolean httpLogging) {
    SchetmashClient.Builder builder = SchetmashClient.builder()
        .baseUrl(config.required(ConfigKey.SCHETMASH_URL))
        .login(config.required(ConfigKey.SCHETMASH_LOGIN))
        .password(config.required(ConfigKey.SCHETMASH_PASSWORD))
        .shopId(config.schetmashShopId())
        .allowInsecureHttp(config.schetmashAllowInsecureHttp())
        .httpLogging(httpLogging);
    try {
      return builder.build();
    } catch (IllegalStateException e) {
      throw new ConfigurationException("SCHETMASH_URL is wrong: " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException(e.getMessage(), e); // plain http://: the message names the key to set
    }
  }

  /**
   * A 1C client from {@code ONEC_ODATA_URL}, {@code ONEC_USER}, {@code ONEC_PASSWORD}, {@code ONEC_TIMEZONE},
   * {@code ONEC_ALLOW_INSECURE_HTTP} and {@code ONEC_MAX_FILTER_LENGTH}.
   *
   * @param httpLogging whether to log one line per HTTP exchange
   * @throws ConfigurationException naming the missing or wrong key
   */
  public static OnecClient onec(Configuration config, boolean httpLogging) {
    OnecClient.Builder builder = OnecClient.builder()
        .serviceRoot(config.required(ConfigKey.ONEC_ODATA_URL))
        .user(config.required(ConfigKey.ONEC_USER))
        .password(config.required(ConfigKey.ONEC_PASSWORD))
        .allowInsecureHttp(config.onecAllowInsecureHttp())
        .httpLogging(httpLogging);
    config.onecTimeZone().ifPresent(builder::serverZone);
    config.onecMaxFilterLength().ifPresent(builder::maxFilterLength);
    try {
      return builder.build();
    } catch (IllegalStateException e) {
      throw new ConfigurationException(e.getMessage(), e); // the builder's message names ONEC_ODATA_URL itself
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException(e.getMessage(), e); // plain http://: the message names the key to set
    }
  }
}
