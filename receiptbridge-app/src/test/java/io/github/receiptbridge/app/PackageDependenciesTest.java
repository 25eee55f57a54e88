package io.github.receiptbridge.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The app's packages depend on each other one way only: the commands ({@code app.cli}), the service ({@code
 * app.serve}) and its console ({@code app.serve.web}) and the benchmark ({@code app.bench}) share {@code app.common},
 * and only the root package, which assembles the command line, knows them all.
 */
class PackageDependenciesTest {
  private static final JavaClasses APP = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.github.receiptbridge.app");

  @Test
  void noCycleBetweenTheAppsPackages() {
    slices().matching("io.github.receiptbridge.app.(**)").should().beFreeOfCycles().check(APP);
  }

  @Test
  void theCommandsTheServiceAndTheBenchmarkDoNotKnowEachOther() {
    noClasses().that().resideInAPackage("..app.cli..")
        .should().dependOnClassesThat().resideInAnyPackage("..app.serve..", "..app.bench..").check(APP);
    noClasses().that().resideInAPackage("..app.serve..")
        .should().dependOnClassesThat().resideInAnyPackage("..app.cli..", "..app.bench..").check(APP);
    noClasses().that().resideInAPackage("..app.bench..")
        .should().dependOnClassesThat().resideInAnyPackage("..app.cli..", "..app.serve..").check(APP);
  }

  @Test
  void theSharedPackageDependsOnNoCommand() {
    noClasses().that().resideInAPackage("..app.common..")
        .should().dependOnClassesThat()
        .resideInAnyPackage("..app.cli..", "..app.serve..", "..app.bench..")
        .check(APP);
  }

  @Test
  void onlyTheRootPackageAssemblesTheCommandLine() {
    noClasses().that().resideOutsideOfPackage("io.github.receiptbridge.app")
        .should().dependOnClassesThat().resideInAPackage("io.github.receiptbridge.app").check(APP);
  }
}
