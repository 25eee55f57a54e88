package io.github.receiptbridge.app.serve.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LinksTest {
  @Test
  void queryValuesAreUrlEncodedInTheirOrder() {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("org", "ТСЖ & Co");
    parameters.put("page", "2");
    assertThat(Links.to("/", parameters)).isEqualTo("/?org=%D0%A2%D0%A1%D0%96+%26+Co&page=2");
    assertThat(Links.to("/history", Map.of())).isEqualTo("/history");
  }
}
