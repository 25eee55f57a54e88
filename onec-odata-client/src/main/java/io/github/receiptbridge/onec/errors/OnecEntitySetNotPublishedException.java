package io.github.receiptbridge.onec.errors;

/**
 * HTTP 404 for an entity set: the object is not in the composition of the standard OData interface (or the name is
 * wrong for this configuration).
 *
 * @since 0.1.0
 */
public final class OnecEntitySetNotPublishedException extends OnecApiException {
  private static final long serialVersionUID = 1L;

  /** The entity set that is not published. */
  private final String entitySet;

  /**
   * The error for {@code entitySet}.
   *
   * @param call the method and decoded path of the request
   * @param httpStatus the HTTP status of the answer, 404
   * @param odataCode the {@code code} of the answer's body; empty when it had none
   * @param odataMessage the message of the answer's body, verbatim
   * @param entitySet the entity set the request named
   */
  public OnecEntitySetNotPublishedException(
      String call, int httpStatus, String odataCode, String odataMessage, String entitySet) {
    super(call, httpStatus, odataCode, odataMessage, howToPublish(entitySet));
    this.entitySet = entitySet;
  }

  /**
   * The text that says how to add {@code entitySet} to the OData composition.
   *
   * @param entitySet the entity-set name, such as {@code InformationRegister_ДополнительныеСведения}
   * @return one sentence naming the set and the 1C procedure that publishes it, without a final full stop
   */
  public static String howToPublish(String entitySet) {
    return "Entity set " + entitySet + " is not published: add the object to the OData composition with "
        + "УстановитьСоставСтандартногоИнтерфейсаOData (for example from the data processor «Настройка "
        + "стандартного интерфейса OData»), then retry";
  }

  /**
   * The entity set that is not published.
   *
   * @return the entity-set name as requested, such as {@code Catalog_НаборыДополнительныхРеквизитовИСведений}
   */
  public String entitySet() {
    return entitySet;
  }

  @Override
  public boolean isRetrySafe() {
    return false;
  }
}
