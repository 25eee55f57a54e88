package io.github.receiptbridge.app.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PassRequestTest {
  @Test
  void aReissueAndASeparatePaymentNeedTheDocumentsAnOperatorNamed() {
    for (PassKind kind : List.of(PassKind.REISSUE, PassKind.NOT_DUPLICATE)) {
      assertThatThrownBy(() -> new PassRequest("uk", kind, ScriptedWork.PERIOD, List.of(), "сеанс 1"))
          .as(kind.name()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs the documents");
      assertThat(new PassRequest("uk", kind, ScriptedWork.PERIOD, List.of("UK-00013"), "сеанс 1").documents())
          .containsExactly("UK-00013");
    }
  }

  @Test
  void theOtherKindsWorkOnTheWholePeriodAndNameNoDocument() {
    for (PassKind kind : List.of(PassKind.REGISTER_AND_STATUS, PassKind.REGISTER, PassKind.STATUS, PassKind.AUDIT)) {
      assertThatThrownBy(() -> new PassRequest("uk", kind, ScriptedWork.PERIOD, List.of("0001"), "сеанс 1"))
          .as(kind.name()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whole period");
    }
  }

  @Test
  void theScheduleAsksForPassesOverTheWholePeriod() {
    PassRequest request = PassRequest.scheduled("uk", PassKind.AUDIT, ScriptedWork.PERIOD);

    assertThat(request.documents()).isEmpty();
    assertThat(request.trigger()).isEqualTo("schedule");
    assertThat(request.period()).isEqualTo(ScriptedWork.PERIOD);
  }
}
