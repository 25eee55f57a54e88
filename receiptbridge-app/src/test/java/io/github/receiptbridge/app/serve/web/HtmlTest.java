package io.github.receiptbridge.app.serve.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HtmlTest {
  @Test
  void escapesEverythingThatCouldLeaveTextOrAnAttribute() {
    assertThat(Html.esc("<a href=\"x\" onclick='y'>&amp;</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;");
    assertThat(Html.esc("УК «Ромашка»")).isEqualTo("УК «Ромашка»");
  }

  @Test
  void formatsAs1cShowsThem() {
    assertThat(Html.amount(new BigDecimal("1234567.5"))).isEqualTo("1\u00a0234\u00a0567,50");
    assertThat(Html.day(LocalDate.of(2026, 11, 3))).isEqualTo("03.11.2026");
    assertThat(Html.dayAndTime(LocalDateTime.of(2026, 11, 3, 9, 5))).isEqualTo("03.11.2026 09:05:00");
    assertThat(Html.instant(Instant.parse("2026-11-29T09:00:00Z"), ZoneId.of("Europe/Moscow")))
        .isEqualTo("29.11.2026 12:00:00");
  }

  @Test
  void encodesQueryValues() {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("org", "ТСЖ & Co");
    parameters.put("page", "2");
    assertThat(Html.query(parameters)).isEqualTo("?org=%D0%A2%D0%A1%D0%96+%26+Co&page=2");
    assertThat(Html.query(Map.of())).isEmpty();
  }
}
