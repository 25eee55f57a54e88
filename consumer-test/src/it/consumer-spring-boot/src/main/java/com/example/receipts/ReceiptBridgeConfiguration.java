package com.example.receipts;

import io.github.receiptbridge.core.ReceiptRegistrar;
import io.github.receiptbridge.core.onec.OnecLedger;
import io.github.receiptbridge.core.schetmash.SchetmashFiscalService;
import io.github.receiptbridge.onec.OnecClient;
import io.github.receiptbridge.schetmash.SchetmashClient;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The SDK's clients and the registrar as Spring beans. The clients take the settings the SDK documents
 * ({@code SCHETMASH_URL}, {@code ONEC_ODATA_URL}, ...) from Spring's environment, so environment variables, system
 * properties and application properties all work; Spring closes both clients with the context.
 */
@Configuration(proxyBeanMethods = false)
public class ReceiptBridgeConfiguration {
  private static final List<String> SCHETMASH_SETTINGS = List.of("SCHETMASH_URL", "SCHETMASH_LOGIN",
      "SCHETMASH_PASSWORD", "SCHETMASH_SHOP_ID", "SCHETMASH_ALLOW_INSECURE_HTTP");
  private static final List<String> ONEC_SETTINGS = List.of("ONEC_ODATA_URL", "ONEC_USER", "ONEC_PASSWORD",
      "ONEC_TIMEZONE", "ONEC_ALLOW_INSECURE_HTTP");

  @Bean
  public SchetmashClient schetmashClient(Environment environment) {
    return SchetmashClient.builder().fromSettings(settings(environment, SCHETMASH_SETTINGS)).build();
  }

  @Bean
  public OnecClient onecClient(Environment environment) {
    return OnecClient.builder().fromSettings(settings(environment, ONEC_SETTINGS)).build();
  }

  @Bean
  public ReceiptRegistrar receiptRegistrar(SchetmashClient schetmash, OnecClient onec) {
    return ReceiptRegistrar.builder().fiscalService(SchetmashFiscalService.of(schetmash))
        .ledger(OnecLedger.of(onec)).build();
  }

  private static Map<String, String> settings(Environment environment, List<String> names) {
    Map<String, String> settings = new HashMap<>();
    for (String name : names) {
      String value = environment.getProperty(name);
      if (value != null) {
        settings.put(name, value);
      }
    }
    return settings;
  }
}
