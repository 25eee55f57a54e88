package com.example.receipts.modular;

import io.github.receiptbridge.core.Action;
import io.github.receiptbridge.core.DateRange;
import io.github.receiptbridge.core.ReceiptJournal;
import io.github.receiptbridge.core.ReceiptRegistrar;
import io.github.receiptbridge.core.RunReport;
import io.github.receiptbridge.core.onec.OnecLedger;
import io.github.receiptbridge.core.schetmash.SchetmashFiscalService;
import io.github.receiptbridge.onec.OnecClient;
import io.github.receiptbridge.sandbox.OnecSandbox;
import io.github.receiptbridge.sandbox.SchetmashSandbox;
import io.github.receiptbridge.schetmash.SchetmashClient;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

/**
 * Registers the demo month of «УК Ромашка» against both simulators with the receipt journal on, all on the module
 * path, and fails (exit code 1) unless the SDK's classes come from its named, non-automatic modules and every sent
 * document is one receipt in the Счетмаш simulator.
 */
public final class RegisterOnTheModulePath {
  private static final String UK_ROMASHKA = "7701234567";
  private static final YearMonth MONTH = YearMonth.of(2026, 11);

  private RegisterOnTheModulePath() {}

  public static void main(String[] args) throws IOException {
    check(RegisterOnTheModulePath.class.getModule().isNamed(), "this program runs in its own named module");
    for (Class<?> api : List.of(ReceiptRegistrar.class, SchetmashClient.class, OnecClient.class,
        SchetmashSandbox.class, io.github.receiptbridge.common.ClientBuilder.class)) {
      Module module = api.getModule();
      ModuleDescriptor descriptor = module.getDescriptor();
      check(module.isNamed() && descriptor != null && !descriptor.isAutomatic(),
          api.getName() + " is in a named module with a module-info, not in " + module);
      System.out.println(api.getSimpleName() + " in module " + module.getName());
    }

    Path journalFile = Files.createTempDirectory("receipt-journal").resolve("journal.db");
    DateRange month = DateRange.monthOf(MONTH.atDay(1));
    try (SchetmashSandbox schetmash = SchetmashSandbox.start();
        OnecSandbox onec = OnecSandbox.builder().demo(MONTH).start();
        SchetmashClient fiscal = SchetmashClient.builder().fromSettings(schetmash.clientSettings()).build();
        OnecClient ledger = OnecClient.builder().fromSettings(onec.clientSettings()).build();
        ReceiptJournal journal = ReceiptJournal.sqlite(journalFile)) {
      ReceiptRegistrar registrar = ReceiptRegistrar.builder().fiscalService(SchetmashFiscalService.of(fiscal))
          .ledger(OnecLedger.of(ledger)).journal(journal).build();

      RunReport first = registrar.register(month, UK_ROMASHKA);

      int sent = first.count(Action.SENT);
      check(sent > 0, "the demo month has payments to register: " + first.totals());
      check(first.count(Action.FAILED) == 0, "nothing failed: " + first.totals());
      check(schetmash.receipts().size() == sent, "one receipt per sent document: " + schetmash.receipts().size()
          + " receipts, " + first.totals());

      RunReport second = registrar.register(month, UK_ROMASHKA);

      check(second.count(Action.SENT) == 0, "nothing is sent twice: " + second.totals());
      check(second.count(Action.ALREADY_SENT) == sent, "every receipt is known the second time: " + second.totals());
      check(schetmash.receipts().size() == sent, "still one receipt per document");
      System.out.println("module path: registered " + sent + " receipts of " + MONTH + " once; "
          + "ReceiptRegistrar.class.getModule().isNamed() = " + ReceiptRegistrar.class.getModule().isNamed());
    }
  }

  private static void check(boolean condition, String what) {
    if (!condition) {
      throw new IllegalStateException("failed: " + what);
    }
  }
}
