package io.github.receiptbridge.app.serve.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A Cyrillic organization key in the console's links is percent-encoded and comes back as written. */
class CyrillicOrganizationLinkTest {
  @Test
  void aCyrillicKeyIsPercentEncodedInALinkAndDecodesAsWritten() {
    String link = Links.to("/late", Map.of("org", "ромашка-2"));
    assertThat(link).isEqualTo("/late?org=%D1%80%D0%BE%D0%BC%D0%B0%D1%88%D0%BA%D0%B0-2");
    String query = URI.create(link).getRawQuery();
    assertThat(URLDecoder.decode(query.substring("org=".length()), StandardCharsets.UTF_8)).isEqualTo("ромашка-2");
  }
}
