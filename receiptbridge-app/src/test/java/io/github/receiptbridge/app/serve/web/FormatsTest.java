package io.github.receiptbridge.app.serve.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class FormatsTest {
  @Test
  void datesTimesAndAmountsLookAs1cShowsThem() {
    assertThat(Formats.amount(new BigDecimal("1234567.5"))).isEqualTo("1\u00a0234\u00a0567,50");
    assertThat(Formats.day(LocalDate.of(2026, 11, 3))).isEqualTo("03.11.2026");
    assertThat(Formats.dayAndTime(LocalDateTime.of(2026, 11, 3, 9, 5))).isEqualTo("03.11.2026 09:05:00");
    assertThat(Formats.instant(Instant.parse("2026-11-29T09:00:00Z"), ZoneId.of("Europe/Moscow")))
        .isEqualTo("29.11.2026 12:00:00");
  }
}
