package io.github.receiptbridge.onec.internal;

import io.github.receiptbridge.onec.PropertyRequirement;
import io.github.receiptbridge.onec.SetupReport;
import io.github.receiptbridge.onec.SetupRequirements;
import io.github.receiptbridge.onec.errors.OnecEntitySetNotPublishedException;
import io.github.receiptbridge.onec.model.AdditionalProperty;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Compares what an application needs with what the infobase publishes, and says what to do about each gap. */
public final class SetupChecker {
  private SetupChecker() {}

  /** The names of the entity sets in the OData composition, read from the service document. */
  public static Set<String> publishedEntitySets(ODataHttp http) {
    return http.getValues(ODataUrls.serviceDocument(http.serviceRoot()), null).stream()
        .map(entry -> entry.path("name").asText(""))
        .filter(name -> !name.isEmpty())
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /**
   * Checks {@code requirements}.
   *
   * @param publishedSets the service document's entity sets
   * @param propertiesByName looks properties up by developer name (called only when the chart is published)
   */
  public static SetupReport check(
      SetupRequirements requirements,
      Supplier<Set<String>> publishedSets,
      Function<Collection<String>, Map<String, AdditionalProperty>> propertiesByName) {
    SetupReport.Builder report = SetupReport.builder();
    Set<String> published = publishedSets.get();
    for (String set : requirements.entitySets()) {
      if (!published.contains(set)) {
        report.addMissingEntitySets(set).addProblems(OnecEntitySetNotPublishedException.howToPublish(set) + ".");
      }
    }
    if (requirements.properties().isEmpty()) {
      return report.build();
    }
    if (!published.contains(ODataNames.PROPERTIES)) {
      for (PropertyRequirement property : requirements.properties()) {
        report.addMissingProperties(property);
      }
      return report.build();
    }
    Map<String, AdditionalProperty> found = propertiesByName.apply(
        requirements.properties().stream().map(PropertyRequirement::name).toList());
    for (PropertyRequirement required : requirements.properties()) {
      AdditionalProperty property = found.get(required.name());
      if (property == null || property.deletionMark()) {
        report.addMissingProperties(required).addProblems(howToCreate(required, property != null));
      } else if (!property.additionalInfo()) {
        report.addProblems("Property «" + required.name() + "» exists but is an additional requisite, not "
            + "additional information («дополнительное сведение»): create it as an additional information of "
            + "«Поступление на расчетный счет».");
      } else {
        report.putFoundProperties(required.name(), property);
      }
    }
    return report.build();
  }

  private static String howToCreate(PropertyRequirement required, boolean markedForDeletion) {
    return "Additional information «" + required.name() + "» (" + required.typeDescription() + ") "
        + (markedForDeletion ? "is marked for deletion" : "is missing") + ": in 1C open Администрирование → Общие "
        + "настройки → Дополнительные реквизиты и сведения → Дополнительные сведения → «Поступление на расчетный "
        + "счет», create it with type «" + required.typeDescription() + "» and set its name for developers (Имя) "
        + "to " + required.name() + ".";
  }
}
