package io.github.receiptbridge.app.serve;

import io.github.receiptbridge.core.FillRow;
import io.github.receiptbridge.core.LateReceipt;
import io.github.receiptbridge.core.RefundRow;
import io.github.receiptbridge.core.DateRange;
import io.github.receiptbridge.core.ReceiptRegistrar;
import io.github.receiptbridge.core.RunReport;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/** An organization's work done by the SDK's registrar, one registrar method per {@link PassKind}. */
final class RegistrarWork implements OrganizationWork {
  private final ReceiptRegistrar registrar;
  private final String organization;

  /** The work of {@code organization} (its INN, name or Ref_Key in 1C) through {@code registrar}. */
  RegistrarWork(ReceiptRegistrar registrar, String organization) {
    this.registrar = registrar;
    this.organization = organization;
  }

  @Override
  public RunReport run(PassKind kind, DateRange period, List<String> documents) {
    return switch (kind) {
      case REGISTER_AND_STATUS -> registrar.run(period, organization, Duration.ZERO); // register, one status pass
      case REGISTER -> registrar.register(period, organization);
      case STATUS -> registrar.checkStatuses(period, organization);
      case AUDIT -> registrar.audit(period, organization);
      case REISSUE -> registrar.reissue(period, organization, documents);
      case NOT_DUPLICATE -> registrar.register(period, organization, documents);
    };
  }

  @Override
  public List<FillRow> fill(DateRange period) {
    try (Stream<FillRow> rows = registrar.fill(period, organization)) {
      return rows.toList();
    }
  }

  @Override
  public List<LateReceipt> lateReceipts(DateRange period) {
    return registrar.lateReceipts(period, organization);
  }

  @Override
  public List<RefundRow> refunds(DateRange period) {
    return registrar.refunds(period, organization);
  }
}
