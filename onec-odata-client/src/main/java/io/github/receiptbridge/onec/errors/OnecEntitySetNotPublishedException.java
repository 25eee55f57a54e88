package io.github.receiptbridge.onec.errors;

/**
 * HTTP 404 for an entity set: the object is not in the composition of the standard OData interface (or the name is
 * wrong for this configuration).
 *
 * @since 0.1.0
 */
public final class OnecEntitySetNotPublishedException extends OnecApiException {
  private static final long serialVersionUID = 1L;

  private final String entitySet;

  /** The error for {@code entitySet}. */
  public OnecEntitySetNotPublishedException(
      String call, int httpStatus, String odataCode, String odataMessage, String entitySet) {
    super(call, httpStatus, odataCode, odataMessage, howToPublish(entitySet));
    this.entitySet = entitySet;
  }

  /** The text that says how to add {@code entitySet} to the OData composition. */
  public static String howToPublish(String entitySet) {
    return "Entity set " + entitySet + " is not published: add the object to the OData composition with "
        + "УстановитьСоставСтандартногоИнтерфейсаOData (for example from the data processor «Настройка "
        + "стандартного интерфейса OData»), then retry";
  }

  /** The entity set that is not published. */
  public String entitySet() {
    return entitySet;
  }

  @Override
  public boolean isRetrySafe() {
    return false;
  }
}
