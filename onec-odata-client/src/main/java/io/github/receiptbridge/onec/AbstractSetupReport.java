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
  /** Required entity sets that are not published. */
  public abstract List<String> missingEntitySets();

  /** Required properties that do not exist (or are marked for deletion). */
  public abstract List<PropertyRequirement> missingProperties();

  /** The required properties that were found, by developer name. */
  public abstract Map<String, AdditionalProperty> foundProperties();

  /** One sentence per problem, each saying what to do; empty when everything is in place. */
  public abstract List<String> problems();

  /** Whether nothing is missing. */
  @Value.Derived
  public boolean isOk() {
    return problems().isEmpty();
  }

  /** The problems as one text, one per line, or a line saying all is in place. */
  public String describe() {
    return isOk() ? "1C setup is complete." : "1C setup is incomplete:\n- " + String.join("\n- ", problems());
  }
}
