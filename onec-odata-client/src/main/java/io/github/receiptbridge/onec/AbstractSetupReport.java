package io.github.receiptbridge.onec;

import io.github.receiptbridge.onec.model.AdditionalProperty;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The result of {@link OnecClient#checkSetup}: what is missing in 1C, in plain words, with what to do.
 *
 * @since 0.1.0
 */
@Value.Immutable
abstract class AbstractSetupReport {
  /**
   * Required entity sets that are not published.
   *
   * @return the entity-set names, such as {@code InformationRegister_ДополнительныеСведения}; empty when all are
   *     published
   */
  public abstract List<String> missingEntitySets();

  /**
   * Required properties that do not exist (or are marked for deletion).
   *
   * @return the requirements without a usable property, all of them when the properties' chart itself is not published;
   *     empty when none is missing
   */
  public abstract List<PropertyRequirement> missingProperties();

  /**
   * The required properties that were found, by developer name.
   *
   * @return the properties found as additional information, by the required developer name; a property found as an
   *     additional requisite is not here
   */
  public abstract Map<String, AdditionalProperty> foundProperties();

  /**
   * One sentence per problem, each saying what to do; empty when everything is in place.
   *
   * @return the problems, in the order of the requirements
   */
  public abstract List<String> problems();

  /**
   * Whether nothing is missing.
   *
   * @return {@code true} when {@link #problems()} is empty
   */
  @Value.Derived
  public boolean isOk() {
    return problems().isEmpty();
  }

  /**
   * The problems as one text, one per line, or a line saying all is in place.
   *
   * @return a multi-line text, {@code "1C setup is complete."} when nothing is missing
   */
  public String describe() {
    return isOk() ? "1C setup is complete." : "1C setup is incomplete:\n- " + String.join("\n- ", problems());
  }
}
