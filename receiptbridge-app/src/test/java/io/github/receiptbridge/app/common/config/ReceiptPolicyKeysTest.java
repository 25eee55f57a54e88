package io.github.receiptbridge.app.common.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.receiptbridge.core.PaymentMethod;
import io.github.receiptbridge.core.PaymentObject;
import io.github.receiptbridge.core.ReceiptPolicy;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The receipt's content keys of the CLI's configuration: the core's enum names in any case, never numbers. */
class ReceiptPolicyKeysTest {
  @Test
  void withoutTheKeysTheReceiptIsAServicePaidInFull() {
    ReceiptPolicy policy = Configuration.of(Map.of()).receiptPolicy();

    assertThat(policy.paymentObject()).isEqualTo(PaymentObject.SERVICE);
    assertThat(policy.paymentMethod()).isEqualTo(PaymentMethod.FULL_PAYMENT);
  }

  @Test
  void thePaymentObjectAndMethodAreTheCoreEnumsNamesInAnyCase() {
    ReceiptPolicy policy = Configuration.of(Map.of(ConfigKey.RECEIPT_PAYMENT_OBJECT, "commodity",
        ConfigKey.RECEIPT_PAYMENT_METHOD, " Full_Prepayment ")).receiptPolicy();

    assertThat(policy.paymentObject()).isEqualTo(PaymentObject.COMMODITY);
    assertThat(policy.paymentMethod()).isEqualTo(PaymentMethod.FULL_PREPAYMENT);
    for (PaymentObject object : PaymentObject.values()) {
      assertThat(Configuration.of(Map.of(ConfigKey.RECEIPT_PAYMENT_OBJECT, object.name())).receiptPolicy()
          .paymentObject()).isEqualTo(object);
    }
    for (PaymentMethod method : PaymentMethod.values()) {
      assertThat(Configuration.of(Map.of(ConfigKey.RECEIPT_PAYMENT_METHOD, method.name())).receiptPolicy()
          .paymentMethod()).isEqualTo(method);
    }
  }

  @Test
  void aNumberOrAnUnknownNameIsAnErrorNamingTheKeyAndEveryAllowedName() {
    assertThatThrownBy(() -> Configuration.of(Map.of(ConfigKey.RECEIPT_PAYMENT_OBJECT, "4")).receiptPolicy())
        .isInstanceOf(ConfigurationException.class)
        .hasMessage("RECEIPT_PAYMENT_OBJECT must be one of COMMODITY, EXCISE, JOB, SERVICE, GAMBLING_BET, "
            + "GAMBLING_PRIZE, LOTTERY, LOTTERY_PRIZE, INTELLECTUAL_ACTIVITY, PAYMENT, AGENT_COMMISSION, COMPOSITE, "
            + "ANOTHER, PROPERTY_RIGHT, NON_OPERATING_GAIN, INSURANCE_PREMIUM, SALES_TAX, RESORT_FEE (in any case), "
            + "was '4'");
    assertThatThrownBy(() -> Configuration.of(Map.of(ConfigKey.RECEIPT_PAYMENT_METHOD, "advanced")).receiptPolicy())
        .isInstanceOf(ConfigurationException.class)
        .hasMessage("RECEIPT_PAYMENT_METHOD must be one of FULL_PREPAYMENT, PREPAYMENT, ADVANCE, FULL_PAYMENT, "
            + "PARTIAL_PAYMENT, CREDIT, CREDIT_PAYMENT (in any case), was 'advanced'");
  }
}
