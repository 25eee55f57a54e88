package io.github.receiptbridge.core.onec;

import io.github.receiptbridge.core.Ledger;
import io.github.receiptbridge.core.internal.onec.OnecLedgerAdapter;
import io.github.receiptbridge.core.internal.onec.ReceiptProperties;
import io.github.receiptbridge.onec.OnecClient;
import io.github.receiptbridge.onec.SetupRequirements;
import io.github.receiptbridge.onec.model.AdditionalProperty;
import java.util.List;
import java.util.Map;

/**
 * The {@link Ledger} of 1C:Бухгалтерия предприятия 3.0: payments are its «Поступление на расчетный счет» documents,
 * and each receipt's state lives in three «дополнительные сведения» of the document, {@value #RECEIPT_ID_PROPERTY},
 * {@value #STATUS_PROPERTY} and {@value #CHECK_DATE_PROPERTY}, which {@link #setupRequirements()} lists with
 * everything else the workflow needs in 1C.
 *
 * <pre>{@code
 * try (OnecClient onec = OnecClient.fromEnv(); SchetmashClient schetmash = SchetmashClient.fromEnv()) {
 *   ReceiptRegistrar registrar = ReceiptRegistrar.builder()
 *       .ledger(OnecLedger.of(onec))
 *       .fiscalService(SchetmashFiscalService.of(schetmash))
 *       .build();
 *   System.out.println(onec.checkSetup(OnecLedger.setupRequirements()).describe());
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class OnecLedger {
  /** The developer name ({@code Имя}) of the receipt status property, a string. */
  public static final String STATUS_PROPERTY = ReceiptProperties.STATUS;
  /** The developer name of the receipt id property, a number (10, 0). */
  public static final String RECEIPT_ID_PROPERTY = ReceiptProperties.RECEIPT_ID;
  /** The developer name of the property of the last status check, a date and time. */
  public static final String CHECK_DATE_PROPERTY = ReceiptProperties.CHECK_DATE;

  private OnecLedger() {}

  /**
   * A ledger over {@code client}, thread-safe as the client is. The client's exceptions become the core's {@link
   * io.github.receiptbridge.core.ServiceFailureException}s; its server zone is the ledger's {@link Ledger#zone()}.
   * The caller closes the client.
   *
   * @param client the 1C client, which stays open
   * @return the ledger
   */
  public static Ledger of(OnecClient client) {
    return new OnecLedgerAdapter(client);
  }

  /**
   * What the workflow needs in 1C, for {@link OnecClient#checkSetup(SetupRequirements)}: the organizations,
   * counterparties, natural persons, bank receipts, the property chart and the additional-information register
   * published in the OData composition, and the three properties {@value #STATUS_PROPERTY} (string), {@value
   * #RECEIPT_ID_PROPERTY} (number 10,0) and {@value #CHECK_DATE_PROPERTY} (date-time). Every pass checks them first.
   *
   * @return the requirements, equal on every call
   */
  public static SetupRequirements setupRequirements() {
    return ReceiptProperties.setupRequirements();
  }

  /**
   * What refund receipts ({@code ReceiptRegistrar.refund}, {@code refunds}) need in 1C: everything of {@link
   * #setupRequirements()} and the refund documents, {@code Document_СписаниеСРасчетногоСчета}, in the OData
   * composition. Checked only by the refund operations, before anything is sent; status passes leave refunds out while
   * it is not met, and sales never need it.
   *
   * @return the requirements, equal on every call
   */
  public static SetupRequirements refundSetupRequirements() {
    return ReceiptProperties.refundSetupRequirements();
  }

  /**
   * Whether the three properties are in the property sets of «Поступление на расчетный счет» and «Списание с
   * расчетного счета» ({@code Catalog_НаборыДополнительныхРеквизитовИСведений}), as lines for {@code check-setup}:
   * a line starting with {@code problem: } is a setup problem (a property missing from the receipts' set), one
   * starting with {@code warning: refunds: } concerns refunds only; when the sets cannot be read, one line says so.
   * Sends only reads.
   *
   * @param client the 1C client to read the property sets with
   * @param found the properties {@link OnecClient#checkSetup(SetupRequirements)} found, by developer name
   * @return two lines, one per set, each saying what it has or lacks; or the one line saying the sets could not be read
   */
  public static List<String> propertySetLines(OnecClient client, Map<String, AdditionalProperty> found) {
    return ReceiptProperties.propertySetLines(client, found);
  }
}
