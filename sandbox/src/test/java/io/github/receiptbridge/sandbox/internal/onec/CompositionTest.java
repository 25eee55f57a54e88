package io.github.receiptbridge.sandbox.internal.onec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.receiptbridge.sandbox.BankReceiptSeed;
import io.github.receiptbridge.sandbox.OnecSandbox;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The composition switch: unpublished sets vanish from the service document and {@code $metadata}, and 404. */
class CompositionTest {
  private static final String REGISTER = "InformationRegister_ДополнительныеСведения";

  private OnecSandbox sandbox;
  private OnecHttp http;

  @BeforeEach
  void start() {
    sandbox = OnecSandbox.start();
    http = new OnecHttp(sandbox);
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void anUnpublishedSetIsGoneFromServiceDocumentAndMetadataAndAnswers404() {
    sandbox.unpublish(REGISTER);

    OnecHttp.Answer read = http.get(REGISTER + "?$format=json");
    OnecHttp.Answer write = http.post(REGISTER + "?$format=json", "{}");

    assertThat(http.get("?$format=json").body()).doesNotContain(REGISTER).contains("Catalog_Организации");
    assertThat(http.get("$metadata").body()).doesNotContain(REGISTER);
    assertThat(read.status()).isEqualTo(404);
    assertThat(read.body()).isEqualTo(OnecHttp.error("8", "Не найден тип сущности " + REGISTER));
    assertThat(write.status()).isEqualTo(404);
  }

  @Test
  void publishingAgainRestoresTheSet() {
    sandbox.unpublish(REGISTER);
    sandbox.publish(REGISTER);

    assertThat(http.get(REGISTER + "?$format=json").status()).isEqualTo(200);
    assertThat(http.get("?$format=json").body()).contains(REGISTER);
  }

  @Test
  void referencesToUnpublishedTypesBecomeUnavailableEntitiesAndLinksDisappear() {
    UUID org = sandbox.data().addOrganization("УК", "7701234567", "770101001");
    UUID person = sandbox.data().addNaturalPerson("Иванов", null, null);
    UUID doc = sandbox.data().addBankReceipt(BankReceiptSeed.builder().organization(org).naturalPerson(person)
        .build());
    sandbox.unpublish("Catalog_ФизическиеЛица");
    sandbox.unpublish("Catalog_Организации");

    String body = http.get("Document_ПоступлениеНаРасчетныйСчет(guid'" + doc + "')?$format=json").body();

    assertThat(body).containsPattern("\"Контрагент_Type\": \"UnavailableEntities\\.UnavailableEntity_[0-9a-f-]{36}\"")
        .contains("\"Организация_Key\": \"" + org + "\"").doesNotContain("@navigationLinkUrl");
    assertThat(http.get("$metadata").body()).doesNotContain("<NavigationProperty Name=\"Организация\"");
  }

  @Test
  void unpublishingTheDocumentHidesItsRowSetAndAnUnknownSetIs404Too() {
    sandbox.unpublish("Document_ПоступлениеНаРасчетныйСчет");

    assertThat(http.get("Document_ПоступлениеНаРасчетныйСчет_РасшифровкаПлатежа?$format=json").status())
        .isEqualTo(404);
    assertThat(http.get("Catalog_Номенклатура?$format=json").body())
        .isEqualTo(OnecHttp.error("8", "Не найден тип сущности Catalog_Номенклатура"));
    assertThatThrownBy(() -> sandbox.unpublish("Catalog_Номенклатура")).isInstanceOf(IllegalArgumentException.class);
  }
}
