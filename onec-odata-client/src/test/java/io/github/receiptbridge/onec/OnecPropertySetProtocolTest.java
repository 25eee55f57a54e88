package io.github.receiptbridge.onec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The request for a predefined property set and how its {@code ДополнительныеСведения} rows are read (§5.2). */
class OnecPropertySetProtocolTest {
  private static final String RECEIPT_SET = "Документ_ПоступлениеНаРасчетныйСчет";

  private final OnecMockServer mock = new OnecMockServer();

  @AfterEach
  void stop() throws Exception {
    mock.close();
  }

  @Test
  void readsThePropertyKeysOfThePredefinedSetSelectingTheTabularPartExplicitly() {
    mock.json(200, "property-set.json");
    Optional<Set<UUID>> members;
    try (OnecClient client = mock.clientBuilder().build()) {
      members = client.propertySetMembers(RECEIPT_SET);
    }

    assertThat(members).contains(Set.of(UUID.fromString("9d8c7b6a-0000-11ee-8c3a-0050569f1a01"),
        UUID.fromString("8c7b6a59-0000-11ee-8c3a-0050569f1a01")));
    RecordedRequest request = mock.take();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(String.join("/", request.getUrl().pathSegments()) + "?" + request.getUrl().query())
        .isEqualTo("base/odata/standard.odata/Catalog_НаборыДополнительныхРеквизитовИСведений?$format=json"
            + "&$filter=PredefinedDataName eq 'Документ_ПоступлениеНаРасчетныйСчет'"
            + "&$select=Ref_Key,PredefinedDataName,ДополнительныеСведения/Свойство_Key");
  }

  @Test
  void isEmptyWhenTheCatalogHasNoSuchItem() {
    mock.json(200, "organizations-empty.json");
    try (OnecClient client = mock.clientBuilder().build()) {
      assertThat(client.propertySetMembers(RECEIPT_SET)).isEmpty();
    }
  }

  @Test
  void isEmptyWhenTheCatalogIsNotPublished() {
    mock.json(404, "error-404-unknown-set.json");
    try (OnecClient client = mock.clientBuilder().build()) {
      assertThat(client.propertySetMembers(RECEIPT_SET)).isEmpty();
    }
  }
}
