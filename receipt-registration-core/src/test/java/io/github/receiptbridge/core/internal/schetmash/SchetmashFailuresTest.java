package io.github.receiptbridge.core.internal.schetmash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.receiptbridge.core.FailureKind;
import io.github.receiptbridge.core.FatalServiceException;
import io.github.receiptbridge.core.OutcomeUnknownException;
import io.github.receiptbridge.core.ReceiptNotFoundException;
import io.github.receiptbridge.core.ReceiptRejectedException;
import io.github.receiptbridge.core.ServiceFailureException;
import io.github.receiptbridge.schetmash.SchetmashClient;
import io.github.receiptbridge.schetmash.errors.SchetmashException;
import io.github.receiptbridge.schetmash.errors.SchetmashInvalidCredentialsException;
import io.github.receiptbridge.schetmash.errors.SchetmashInvalidReceiptException;
import io.github.receiptbridge.schetmash.errors.SchetmashInvalidTokenException;
import io.github.receiptbridge.schetmash.errors.SchetmashNoActiveCashRegisterException;
import io.github.receiptbridge.schetmash.errors.SchetmashOutcomeUnknownException;
import io.github.receiptbridge.schetmash.errors.SchetmashReceiptNotFoundException;
import io.github.receiptbridge.schetmash.errors.SchetmashTransportException;
import io.github.receiptbridge.schetmash.errors.SchetmashUnknownOperationException;
import io.github.receiptbridge.schetmash.errors.SchetmashUnknownShopException;
import java.net.SocketTimeoutException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each Счетмаш failure in the core's terms, with the client's message and exception kept. */
class SchetmashFailuresTest {
  private static final SchetmashTransportException TIMEOUT =
      new SchetmashTransportException("POST sell", new SocketTimeoutException("timeout"));

  @Test
  void aRejectedReceiptKeepsTheServicesReasonTheMessageAndTheCause() {
    SchetmashInvalidReceiptException invalid = SchetmashInvalidReceiptException.local("Пустой массив `items`");

    ServiceFailureException translated = SchetmashFailures.translate(invalid);

    assertThat(translated).isInstanceOf(ReceiptRejectedException.class).hasMessage(invalid.getMessage())
        .hasCause(invalid);
    assertThat(((ReceiptRejectedException) translated).reason()).isEqualTo("Пустой массив `items`");
    assertThat(translated.isRetrySafe()).isFalse();
  }

  @Test
  void anUnknownOutcomeIsRetrySafe() {
    SchetmashOutcomeUnknownException unknown = new SchetmashOutcomeUnknownException("1c-x", TIMEOUT);

    ServiceFailureException translated = SchetmashFailures.translate(unknown);

    assertThat(translated).isInstanceOf(OutcomeUnknownException.class).hasMessage(unknown.getMessage())
        .hasCause(unknown);
    assertThat(translated.isRetrySafe()).isTrue();
  }

  @Test
  void credentialsTokenShopAndOperationAreFatalForTheRun() {
    List<SchetmashException> fatal = List.of(new SchetmashInvalidCredentialsException(200, "Неверный логин"),
        new SchetmashInvalidTokenException(200, "Неверный токен"), new SchetmashUnknownShopException(200, "Нет"),
        new SchetmashUnknownOperationException(200, "Нет"));
    for (SchetmashException failure : fatal) {
      assertThat(SchetmashFailures.translate(failure)).as(failure.getClass().getSimpleName())
          .isInstanceOf(FatalServiceException.class).hasMessage(failure.getMessage()).hasCause(failure)
          .satisfies(translated -> assertThat(translated.isRetrySafe()).isFalse());
    }
  }

  @Test
  void anUnknownReceiptIdIsItsOwnFailureAndNeverRetried() {
    SchetmashReceiptNotFoundException notFound = new SchetmashReceiptNotFoundException(200, "Некорректный id чека");

    ServiceFailureException translated = SchetmashFailures.translate(notFound);

    assertThat(translated).isInstanceOf(ReceiptNotFoundException.class).hasMessage(notFound.getMessage())
        .hasCause(notFound);
    assertThat(translated.isRetrySafe()).isFalse();
  }

  @Test
  void everyOtherFailureKeepsWhetherARetryIsSafe() {
    for (SchetmashException failure : List.<SchetmashException>of(TIMEOUT,
        new SchetmashNoActiveCashRegisterException(200, "Нет ККТ"))) {
      ServiceFailureException translated = SchetmashFailures.translate(failure);
      assertThat(translated.getClass()).as(failure.getClass().getSimpleName())
          .isEqualTo(ServiceFailureException.class);
      assertThat(translated).hasMessage(failure.getMessage()).hasCause(failure);
      assertThat(translated.isRetrySafe()).isEqualTo(failure.isRetrySafe());
    }
    assertThat(TIMEOUT.isRetrySafe()).as("the transport failure is the retry-safe example").isTrue();
  }

  @Test
  void theAdapterTranslatesWhatTheClientThrows() {
    try (SchetmashClient unreachable = SchetmashClient.builder().baseUrl("http://127.0.0.1:1/lk/api/v1/").login("l")
        .password("p").shopId(1).maxRetries(0).build()) {
      SchetmashFiscalAdapter fiscal = new SchetmashFiscalAdapter(unreachable);

      assertThatThrownBy(() -> fiscal.report(1)).isExactlyInstanceOf(ServiceFailureException.class)
          .hasCauseInstanceOf(SchetmashTransportException.class)
          .satisfies(failure -> assertThat(((ServiceFailureException) failure).isRetrySafe()).isTrue());
    }
  }

  @Test
  void eachFailureSaysWhetherTheServiceWasUnreachableRefusedOrRejectedTheReceipt() {
    assertThat(SchetmashFailures.translate(TIMEOUT).failureKind()).isEqualTo(FailureKind.FISCAL_SERVICE_UNREACHABLE);
    assertThat(SchetmashFailures.translate(new SchetmashOutcomeUnknownException("1c-x", TIMEOUT)).failureKind())
        .isEqualTo(FailureKind.FISCAL_SERVICE_UNREACHABLE);
    for (SchetmashException refused : List.of(new SchetmashInvalidCredentialsException(200, "Неверный логин"),
        new SchetmashInvalidTokenException(200, "Неверный токен"), new SchetmashUnknownShopException(200, "Нет"),
        new SchetmashUnknownOperationException(200, "Нет"), new SchetmashNoActiveCashRegisterException(200, "Нет"))) {
      assertThat(SchetmashFailures.translate(refused).failureKind()).as(refused.getClass().getSimpleName())
          .isEqualTo(FailureKind.FISCAL_SERVICE_REFUSED);
    }
    assertThat(SchetmashFailures.translate(SchetmashInvalidReceiptException.local("Пустой массив `items`"))
        .failureKind()).isEqualTo(FailureKind.RECEIPT_REJECTED);
  }
}
