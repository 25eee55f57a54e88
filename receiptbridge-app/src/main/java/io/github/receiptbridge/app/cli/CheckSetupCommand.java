package io.github.receiptbridge.app.cli;

import io.github.receiptbridge.core.onec.OnecLedger;
import io.github.receiptbridge.core.ReceiptJournal;
import io.github.receiptbridge.app.common.CliContext;
import io.github.receiptbridge.app.common.ExitCodes;
import io.github.receiptbridge.app.common.Failure;
import io.github.receiptbridge.app.common.FailureExplainer;
import io.github.receiptbridge.app.common.service.InfobaseSurvey;
import io.github.receiptbridge.app.common.service.SchetmashConnectionCheck;
import io.github.receiptbridge.app.cli.output.SurveyTable;
import io.github.receiptbridge.core.ReceiptPolicy;
import io.github.receiptbridge.onec.OnecClient;
import io.github.receiptbridge.onec.SetupReport;
import io.github.receiptbridge.onec.model.Organization;
import io.github.receiptbridge.schetmash.SchetmashClient;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code check-setup}: checks both sides without sending a receipt — what 1C publishes and holds (entity sets, the
 * three «дополнительные сведения», the organizations) and whether Счетмаш takes the credentials and knows the shop.
 * Then it lists what 1C records as incoming bank payments in the last two months, by operation kind and payer type,
 * with what the current policy does with each ({@link InfobaseSurvey}), and the other published documents that may
 * record payments, so that an administrator can set {@code RECEIPT_OPERATION_KINDS} before the first run.
 */
@Command(name = "check-setup", description = "Check that 1C publishes what the workflow needs and that Счетмаш "
    + "accepts the credentials and knows the shop; list the organizations, the operation kinds and payer types of "
    + "the last two months' bank receipts with what the policy does with each, and other documents that may record "
    + "payments. Sends no receipt.")
public final class CheckSetupCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin
  private CommonOptions common;

  @Option(names = "--organization", paramLabel = "<INN | name | key>",
      description = "Also check that this organization is found in 1C, and list the payments of this one only.")
  private @Nullable String organization;

  /** Whether 1C answered the setup check, so that the survey is worth a try even when the setup is incomplete. */
  private boolean onecAnswered;

  /** The command in {@code context}. */
  public CheckSetupCommand(CliContext context) {
    this.context = context;
  }

  /** Checks both sides; exit code 0 when all is in place, 3 otherwise. */
  @Override
  public Integer call() {
    try (CommandSession session = CommandSession.open(context, common)) {
      boolean onecReady = checkOnec(session.services().onec());
      boolean schetmashReady = checkSchetmash(session.services().schetmash());
      boolean journalReady = checkJournal(session.journal());
      boolean surveyed = !onecAnswered || survey(session.services().onec(), session.policy());
      context.out().flush();
      return onecReady && schetmashReady && journalReady && surveyed ? ExitCodes.SUCCESS : ExitCodes.SETUP;
    }
  }

  private boolean checkJournal(ReceiptJournal journal) {
    context.out().println("Receipt journal: " + journal.location());
    try {
      journal.checkWritable();
      context.out().println("  writable; back it up with the infobase (copy the file while no run is going on)");
      return true;
    } catch (RuntimeException e) {
      return problem(e);
    }
  }

  private boolean checkOnec(OnecClient onec) {
    PrintStream out = context.out();
    out.println("1C: " + onec.config().serviceRoot() + " as " + onec.config().user());
    try {
      SetupReport setup = onec.checkSetup(OnecLedger.setupRequirements());
      onecAnswered = true;
      out.println("  " + setup.describe().replace("\n", "\n  "));
      out.println("  " + refundsLine(onec.checkSetup(OnecLedger.refundSetupRequirements())));
      boolean inSets = true;
      for (String line : OnecLedger.propertySetLines(onec, setup.foundProperties())) {
        out.println("  " + line);
        inSets &= !line.startsWith("problem:");
      }
      List<Organization> organizations = onec.organizations();
      out.println("  organizations: " + organizations.stream()
          .map(o -> o.name() + " (ИНН " + o.inn() + ")").collect(Collectors.joining(", ")));
      boolean found = organization == null || checkOrganization(onec);
      return setup.isOk() && inSets && found;
    } catch (RuntimeException e) {
      return problem(e);
    }
  }

  /**
   * One line on what refund receipts need beyond sales: a warning when it is missing, which never fails check-setup,
   * because registering sales does not need it; the refund command checks it itself and refuses before sending.
   */
  static String refundsLine(SetupReport refunds) {
    List<String> missing = refunds.missingEntitySets().stream()
        .filter(set -> !OnecLedger.setupRequirements().entitySets().contains(set)).toList(); // sales' are listed above
    if (missing.isEmpty()) {
      return "refunds: Document_СписаниеСРасчетногоСчета published; the refund command can send refund receipts";
    }
    return "warning: refunds: " + String.join(", ", missing) + " missing from the OData composition; add it to "
        + "send refund receipts (refund) and to check their statuses; registering sales does not need it";
  }

  private boolean checkOrganization(OnecClient onec) {
    List<Organization> found = onec.findOrganizations(organization);
    if (found.size() == 1) {
      context.out().println("  --organization " + organization + " is " + found.get(0).name() + ", key "
          + found.get(0).key());
      return true;
    }
    context.out().println("  problem: " + (found.isEmpty() ? "no organization" : found.size() + " organizations")
        + " match --organization " + organization + "; give the INN, the exact name or the key");
    return false;
  }

  private boolean checkSchetmash(SchetmashClient schetmash) {
    PrintStream out = context.out();
    out.println("Счетмаш: " + schetmash.config().baseUrl() + ", shop " + schetmash.config().shopId() + ", login "
        + schetmash.config().login());
    try {
      SchetmashConnectionCheck.verify(schetmash);
      out.println("  login accepted, shop found");
      return true;
    } catch (RuntimeException e) {
      return problem(e);
    }
  }

  /**
   * Lists what the organizations' «Поступление на расчетный счет» of the previous and the current month hold, by
   * operation kind and payer type, with what the policy does with each, then the other published documents that may
   * record payments.
   */
  private boolean survey(OnecClient onec, ReceiptPolicy policy) {
    PrintStream out = context.out();
    LocalDate today = LocalDate.now(context.clock().withZone(onec.config().serverZone()));
    LocalDate from = today.minusMonths(1).withDayOfMonth(1);
    out.println();
    out.println("Payments in 1C from " + from + " to " + today + " (posted «Поступление на расчетный счет»)");
    out.println("  current policy: RECEIPT_OPERATION_KINDS=" + operationKinds(policy)
        + ", RECEIPT_ORGANIZATION_PAYERS=" + policy.organizationPayers().name().toLowerCase(Locale.ROOT)
        + ", RECEIPT_FALLBACK_EMAIL " + (policy.fallbackEmail().isPresent() ? "set" : "not set"));
    try {
      List<Organization> organizations = organization == null ? onec.organizations()
          : onec.findOrganizations(organization);
      if (organizations.isEmpty()) {
        organizations = onec.organizations();
      }
      for (Organization each : organizations) {
        out.println();
        out.println(each.name() + " (ИНН " + each.inn() + ")");
        new SurveyTable(out).print(InfobaseSurvey.survey(onec, each.key(), from, today, policy));
      }
      List<String> others = InfobaseSurvey.paymentLikeDocuments(onec.publishedEntitySets());
      out.println();
      out.println("Other published documents that may record payments: "
          + (others.isEmpty() ? "none" : String.join(", ", others)));
      return true;
    } catch (RuntimeException e) {
      return problem(e);
    }
  }

  private static String operationKinds(ReceiptPolicy policy) {
    return policy.includedOperationKinds().isEmpty() ? "*"
        : String.join(",", policy.includedOperationKinds().stream().sorted().toList());
  }

  private boolean problem(RuntimeException error) {
    Failure failure = FailureExplainer.explain(error);
    context.out().println("  problem: " + failure.message().replace("\n", "\n  "));
    if (common.verbose()) {
      error.printStackTrace(context.err());
    }
    return false;
  }
}
