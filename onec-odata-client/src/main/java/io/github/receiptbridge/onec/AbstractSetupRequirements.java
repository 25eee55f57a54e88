package io.github.receiptbridge.onec;

import java.util.List;
import org.immutables.value.Value;

/**
 * What must exist in 1C for an application: published entity sets and additional-information properties of
 * «Поступление на расчетный счет». Each application defines its own set and checks it with {@link
 * OnecClient#checkSetup(SetupRequirements)}.
 *
 * <pre>{@code
 * SetupRequirements needs = SetupRequirements.builder()
 *     .addEntitySets("Document_ПоступлениеНаРасчетныйСчет", "InformationRegister_ДополнительныеСведения")
 *     .addProperties(PropertyRequirement.of("Моя_Отметка", ValueKind.STRING, "Строка"))
 *     .build();
 * System.out.println(onec.checkSetup(needs).describe());
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
abstract class AbstractSetupRequirements {
  /**
   * Entity sets that must be in the OData composition.
   *
   * @return the entity-set names, such as {@code Document_ПоступлениеНаРасчетныйСчет}; empty by default
   */
  public abstract List<String> entitySets();

  /**
   * Additional-information properties of bank receipts that must exist.
   *
   * @return the properties, looked up by their developer names; empty by default
   */
  public abstract List<PropertyRequirement> properties();
}
