package io.github.receiptbridge.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The core speaks its own language: its public types, its ports and the workflow never name a type of the 1C or the
 * Счетмаш client; only the two adapters do (docs/architecture.md §1).
 */
class OwnLanguageTest {
  private static final String[] ADAPTERS = {"io.github.receiptbridge.core.onec..",
      "io.github.receiptbridge.core.schetmash..", "io.github.receiptbridge.core.internal.onec..",
      "io.github.receiptbridge.core.internal.schetmash.."};
  private static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.github.receiptbridge.core");

  @Test
  void onlyTheTwoAdaptersSeeAClient() {
    noClasses().that().resideOutsideOfPackages(ADAPTERS)
        .should().dependOnClassesThat().resideInAnyPackage("io.github.receiptbridge.onec..",
            "io.github.receiptbridge.schetmash..")
        .check(CORE);
  }

  @Test
  void theOneCAdapterNeverSeesTheFiscalClientNorTheOtherWayRound() {
    noClasses().that().resideInAnyPackage("io.github.receiptbridge.core.onec..",
            "io.github.receiptbridge.core.internal.onec..")
        .should().dependOnClassesThat().resideInAPackage("io.github.receiptbridge.schetmash..").check(CORE);
    noClasses().that().resideInAnyPackage("io.github.receiptbridge.core.schetmash..",
            "io.github.receiptbridge.core.internal.schetmash..")
        .should().dependOnClassesThat().resideInAPackage("io.github.receiptbridge.onec..").check(CORE);
  }

  @Test
  void theWorkflowDoesNotReachIntoAnAdapter() {
    noClasses().that().resideInAnyPackage("io.github.receiptbridge.core", "io.github.receiptbridge.core.internal",
            "io.github.receiptbridge.core.internal.journal")
        .should().dependOnClassesThat().resideInAnyPackage(ADAPTERS).check(CORE);
  }

  @Test
  void thePublicAdapterPackagesHoldOnlyTheirEntryClass() {
    classes().that().resideInAnyPackage("io.github.receiptbridge.core.onec", "io.github.receiptbridge.core.schetmash")
        .and().arePublic()
        .should().haveSimpleName("OnecLedger").orShould().haveSimpleName("SchetmashFiscalService").check(CORE);
  }

  @Test
  void noCycleBetweenTheCoresPackages() {
    slices().matching("io.github.receiptbridge.core.(**)").should().beFreeOfCycles().check(CORE);
  }
}
