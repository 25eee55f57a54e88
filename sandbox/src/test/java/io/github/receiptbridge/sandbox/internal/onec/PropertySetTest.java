package io.github.receiptbridge.sandbox.internal.onec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.receiptbridge.sandbox.OnecData;
import io.github.receiptbridge.sandbox.OnecSandbox;
import io.github.receiptbridge.sandbox.PropertyKind;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code Catalog_НаборыДополнительныхРеквизитовИСведений}: the two predefined document sets and their members. */
class PropertySetTest {
  private static final String SETS = "Catalog_НаборыДополнительныхРеквизитовИСведений";
  private static final String SELECT = "&$select=Ref_Key,PredefinedDataName,ДополнительныеСведения/Свойство_Key";

  private final ObjectMapper mapper = new ObjectMapper();
  private OnecSandbox sandbox;
  private OnecData data;
  private OnecHttp http;

  @BeforeEach
  void start() {
    sandbox = OnecSandbox.start();
    data = sandbox.data();
    http = new OnecHttp(sandbox);
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private List<String> members(String predefinedName) throws Exception {
    OnecHttp.Answer answer = http.get(SETS + "?$format=json&$filter=PredefinedDataName eq '" + predefinedName + "'"
        + SELECT);
    assertThat(answer.status()).isEqualTo(200);
    JsonNode value = mapper.readTree(answer.body()).path("value");
    assertThat(value).hasSize(1);
    assertThat(value.get(0).path("PredefinedDataName").asText()).isEqualTo(predefinedName);
    List<String> keys = new ArrayList<>();
    for (JsonNode row : value.get(0).path("ДополнительныеСведения")) {
      keys.add(row.path("Свойство_Key").asText());
    }
    return keys;
  }

  @Test
  void everyAdditionalInformationIsInBothDocumentSets() throws Exception {
    UUID status = data.propertyKey("СчетМаш_СтатусЧека").orElseThrow();
    UUID added = data.addProperty("Новое", "Новое сведение", PropertyKind.ADDITIONAL_INFO);

    assertThat(members("Документ_ПоступлениеНаРасчетныйСчет")).contains(status.toString(), added.toString());
    assertThat(members("Документ_СписаниеСРасчетногоСчета")).contains(status.toString(), added.toString());
  }

  @Test
  void aPropertyRemovedFromOneSetStaysInTheOther() throws Exception {
    UUID status = data.propertyKey("СчетМаш_СтатусЧека").orElseThrow();

    assertThat(data.removeFromPropertySet("Документ_СписаниеСРасчетногоСчета", "СчетМаш_СтатусЧека")).isTrue();

    assertThat(members("Документ_СписаниеСРасчетногоСчета")).doesNotContain(status.toString());
    assertThat(members("Документ_ПоступлениеНаРасчетныйСчет")).contains(status.toString());
    assertThat(data.removeFromPropertySet("Документ_СписаниеСРасчетногоСчета", "СчетМаш_СтатусЧека")).isFalse();
    assertThat(data.removeFromPropertySet("Нет_Такого", "СчетМаш_СтатусЧека")).isFalse();
  }
}
