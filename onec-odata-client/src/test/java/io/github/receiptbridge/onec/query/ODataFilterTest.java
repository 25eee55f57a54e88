package io.github.receiptbridge.onec.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ODataFilterTest {
  private static final UUID KEY = UUID.fromString("3f2a9c1e-5b7d-11ee-8c3a-0050569f1a01");

  @Test
  void rendersEveryLiteralForm() {
    assertThat(ODataLiteral.guid(KEY).render()).isEqualTo("guid'3f2a9c1e-5b7d-11ee-8c3a-0050569f1a01'");
    assertThat(ODataLiteral.dateTime(LocalDateTime.of(2024, 3, 1, 0, 0, 0, 999)).render())
        .isEqualTo("datetime'2024-03-01T00:00:00'");
    assertThat(ODataLiteral.string("O'Brien's").render()).isEqualTo("'O''Brien''s'");
    assertThat(ODataLiteral.number(new BigDecimal("1E+20")).render()).isEqualTo("100000000000000000000");
    assertThat(ODataLiteral.number(new BigDecimal("1520.40")).render()).isEqualTo("1520.40");
    assertThat(ODataLiteral.bool(true).render()).isEqualTo("true");
    assertThat(ODataLiteral.cast(KEY, "StandardODATA.Document_ПоступлениеНаРасчетныйСчет").render())
        .isEqualTo("cast(guid'3f2a9c1e-5b7d-11ee-8c3a-0050569f1a01','Document_ПоступлениеНаРасчетныйСчет')");
  }

  @Test
  void parenthesisesAnOrGroupInsideAnAnd() {
    ODataFilter either = ODataFilter.anyOf(List.of(
        ODataFilter.eq("A", ODataLiteral.number(1)), ODataFilter.eq("B", ODataLiteral.number(2))));
    assertThat(either.and(ODataFilter.eq("C", ODataLiteral.number(3))).render())
        .isEqualTo("(A eq 1 or B eq 2) and C eq 3");
    assertThat(ODataFilter.eq("C", ODataLiteral.number(3)).and(either).render())
        .isEqualTo("C eq 3 and (A eq 1 or B eq 2)");
    assertThat(ODataFilter.eq("A", ODataLiteral.number(1)).and(ODataFilter.eq("B", ODataLiteral.number(2)))
        .or(ODataFilter.eq("C", ODataLiteral.number(3))).render())
        .isEqualTo("A eq 1 and B eq 2 or C eq 3");
  }

  @Test
  void aStringWithOrInsideIsNotMistakenForAnOrGroup() {
    ODataFilter name = ODataFilter.eq("Description", ODataLiteral.string("Рога or копыта"));
    assertThat(name.and(ODataFilter.eq("ИНН", ODataLiteral.string("1"))).render())
        .isEqualTo("Description eq 'Рога or копыта' and ИНН eq '1'");
  }

  @Test
  void refusesTextThatIsNotAPropertyName() {
    assertThatThrownBy(() -> ODataFilter.eq("Date eq Date or 1", ODataLiteral.bool(true)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Not a property name");
    assertThatThrownBy(() -> ODataQuery.of("Catalog_X?$top=1")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ODataQuery.of("Catalog_X").select("Ref_Key&$expand=*"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ODataLiteral.cast(KEY, "Document_X')")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aQueryListsItsOptionsInUrlOrderWithJsonFirst() {
    ODataQuery query = ODataQuery.of("Catalog_Организации").filter(ODataFilter.eq("ИНН", ODataLiteral.string("1")))
        .select("Ref_Key", "ИНН").orderBy("Description desc").top(10).skip(20);
    assertThat(query.toString()).isEqualTo("Catalog_Организации?$format=json&$filter=ИНН eq '1'"
        + "&$select=Ref_Key,ИНН&$orderby=Description desc&$top=10&$skip=20");
  }
}
