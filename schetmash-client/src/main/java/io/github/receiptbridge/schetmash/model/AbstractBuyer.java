package io.github.receiptbridge.schetmash.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The buyer of a receipt, {@code receipt.attributes} on the wire. 54-ФЗ needs an e-mail or a phone for a receipt
 * sent electronically; when both are set the service sends only the e-mail (tag 1008).
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = Buyer.class)
@JsonDeserialize(as = Buyer.class)
abstract class AbstractBuyer {
  /**
   * Buyer e-mail (tag 1008); wins over {@link #phone()}.
   *
   * @return the e-mail the receipt is sent to; empty when none
   */
  public abstract Optional<String> email();

  /**
   * Buyer phone (tag 1008), for example {@code +79161234567}; used only when there is no e-mail.
   *
   * @return the phone; empty when none
   */
  public abstract Optional<String> phone();

  /**
   * Buyer name (tag 1227).
   *
   * @return the name; empty when not printed on the receipt
   */
  public abstract Optional<String> name();

  /**
   * Buyer INN (tag 1228).
   *
   * @return the INN, 10 or 12 digits; empty when not printed on the receipt
   */
  public abstract Optional<String> inn();
}
