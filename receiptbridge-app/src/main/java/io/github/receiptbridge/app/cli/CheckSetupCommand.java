package io.github.receiptbridge.app.cli;

import io.github.receiptbridge.core.onec.OnecLedger;
import io.github.receiptbridge.core.ReceiptJournal;
import io.github.receiptbridge.app.common.CliContext;
import io.github.receiptbridge.app.common.ExitCodes;
import io.github.receiptbridge.app.common.Failure;
import io.github.receiptbridge.app.common.FailureExplainer;
import io.github.receiptbridge.app.common.service.SchetmashConnectionCheck;
import io.github.receiptbridge.onec.OnecClient;
import io.github.receiptbridge.onec.SetupReport;
import io.github.receiptbridge.onec.model.Organization;
import io.github.receiptbridge.schetmash.SchetmashClient;
import java.io.PrintStream;
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
 */
@Command(name = "check-setup", description = "Check that 1C publishes what the workflow needs and that Счетмаш "
    + "accepts the credentials and knows the shop; list the organizations. Sends no receipt.")
public final class CheckSetupCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin
  private CommonOptions common;

  @Option(names = "--organization", paramLabel = "<INN | name | key>",
      description = "Also check that this organization is found in 1C.")
  private @Nullable String organization;

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
      context.out().flush();
      return onecReady && schetmashReady && journalReady ? ExitCodes.SUCCESS : ExitCodes.SETUP;
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
      out.println("  " + setup.describe().replace("\n", "\n  "));
      List<Organization> organizations = onec.organizations();
      out.println("  organizations: " + organizations.stream()
          .map(o -> o.name() + " (ИНН " + o.inn() + ")").collect(Collectors.joining(", ")));
      boolean found = organization == null || checkOrganization(onec);
      return setup.isOk() && found;
    } catch (RuntimeException e) {
      return problem(e);
    }
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

  private boolean problem(RuntimeException error) {
    Failure failure = FailureExplainer.explain(error);
    context.out().println("  problem: " + failure.message().replace("\n", "\n  "));
    if (common.verbose()) {
      error.printStackTrace(context.err());
    }
    return false;
  }
}
