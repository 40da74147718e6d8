package org.migrationworkbench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering rules of docs/architecture.md, checked on the production classes. */
@AnalyzeClasses(packages = "org.migrationworkbench", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {
    @ArchTest
    static final ArchRule coreKnowsNoScreen = noClasses().that().resideInAPackage("..core..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "..ui..", "..app..", "..cli..",
                    "atlantafx..", "org.controlsfx..", "org.kordamp..")
            .because("the core runs headless in the CLI and in CI gates");

    @ArchTest
    static final ArchRule cliKnowsNoScreen = noClasses().that().resideInAPackage("..cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "..ui..", "..app..", "atlantafx..",
                    "org.controlsfx..", "org.kordamp..")
            .because("the CLI must run where there is no display");

    @ArchTest
    static final ArchRule uiDoesNotUseCli = noClasses().that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().resideInAnyPackage("..cli..", "..app..");

    @ArchTest
    static final ArchRule onlyCliWritesToStandardStreams = noClasses().that().resideOutsideOfPackage("..cli..")
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .orShould().callMethod(Throwable.class, "printStackTrace")
            .because("only the CLI writes to stdout; everything else logs through SLF4J");

    @ArchTest
    static final ArchRule cliUsesPicocliStreams = noClasses().that().resideInAPackage("..cli..")
            .should().accessField(System.class, "out")
            .because("commands print through picocli's writers so tests can capture them");

    @ArchTest
    static final ArchRule noJavaUtilLogging = NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

    @ArchTest
    static final ArchRule viewModelsTouchNoNodes = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
            .because("a view model holds state and actions; the view lays out nodes");
}
