package io.github.receiptbridge.core.internal.onec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.receiptbridge.core.FailureKind;
import io.github.receiptbridge.core.FatalServiceException;
import io.github.receiptbridge.core.ServiceFailureException;
import io.github.receiptbridge.onec.errors.OnecAccessDeniedException;
import io.github.receiptbridge.onec.errors.OnecAuthenticationException;
import io.github.receiptbridge.onec.errors.OnecBusinessException;
import io.github.receiptbridge.onec.errors.OnecEntitySetNotPublishedException;
import io.github.receiptbridge.onec.errors.OnecException;
import io.github.receiptbridge.onec.errors.OnecTransportException;
import java.net.ConnectException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Each 1C failure in the core's terms, with the client's message and exception kept. */
class OnecFailuresTest {
  private static final OnecTransportException REFUSED =
      new OnecTransportException("GET Catalog_Организации", new ConnectException("refused"));

  @Test
  void authenticationRightsAndAMissingPublicationAreFatalForTheRun() {
    List<OnecException> fatal = List.of(new OnecAuthenticationException("GET", 401, "", "Нет прав"),
        new OnecAccessDeniedException("GET", 403, "", "Нет прав"),
        new OnecEntitySetNotPublishedException("GET", 400, "", "Нет", "Document_ПоступлениеНаРасчетныйСчет"));
    for (OnecException failure : fatal) {
      assertThat(OnecFailures.translate(failure)).as(failure.getClass().getSimpleName())
          .isInstanceOf(FatalServiceException.class).hasMessage(failure.getMessage()).hasCause(failure)
          .satisfies(translated -> assertThat(translated.isRetrySafe()).isFalse());
    }
  }

  @Test
  void everyOtherFailureKeepsWhetherARetryIsSafe() {
    for (OnecException failure : List.<OnecException>of(REFUSED,
        new OnecBusinessException("PATCH", 500, "", "Запись заблокирована"))) {
      ServiceFailureException translated = OnecFailures.translate(failure);
      assertThat(translated.getClass()).isEqualTo(ServiceFailureException.class);
      assertThat(translated).hasMessage(failure.getMessage()).hasCause(failure);
      assertThat(translated.isRetrySafe()).isEqualTo(failure.isRetrySafe());
    }
  }

  @Test
  void aFailureWhileAStreamIsReadIsTranslatedAndClosingReachesTheSource() {
    AtomicBoolean closed = new AtomicBoolean();
    Stream<String> source = Stream.<String>generate(() -> {
      throw REFUSED;
    }).onClose(() -> closed.set(true));

    Stream<String> translated = OnecFailures.translated(source);

    assertThatThrownBy(() -> translated.findFirst()).isInstanceOf(ServiceFailureException.class).hasCause(REFUSED);
    translated.close();
    assertThat(closed).isTrue();
  }

  @Test
  void aLedgerThatDoesNotAnswerIsUnreachableAndOneThatRefusesIsRefused() {
    assertThat(OnecFailures.translate(REFUSED).failureKind()).isEqualTo(FailureKind.LEDGER_UNREACHABLE);
    for (OnecException refused : List.of(new OnecAuthenticationException("GET", 401, "", "Нет прав"),
        new OnecAccessDeniedException("GET", 403, "", "Нет прав"),
        new OnecEntitySetNotPublishedException("GET", 400, "", "Нет", "Document_ПоступлениеНаРасчетныйСчет"),
        new OnecBusinessException("PATCH", 500, "", "Запись заблокирована"))) {
      assertThat(OnecFailures.translate(refused).failureKind()).as(refused.getClass().getSimpleName())
          .isEqualTo(FailureKind.LEDGER_REFUSED);
    }
  }
}
