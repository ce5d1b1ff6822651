package org.showdesk;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The layering of docs/architecture.md, checked rather than remembered. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.showdesk");
    }

    @Test
    void onlyTheUiAndTheLauncherTouchJavaFx() {
        noClasses().that().resideOutsideOfPackages("org.showdesk.ui..")
                .and().doNotHaveFullyQualifiedName("org.showdesk.Launcher")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "org.controlsfx..")
                .check(classes);
    }

    @Test
    void launcherReachesJavaFxOnlyByName() {
        // The launcher must not link JavaFX classes, or a headless command would load them.
        noClasses().that().haveFullyQualifiedName("org.showdesk.Launcher")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(classes);
    }

    @Test
    void nothingDependsOnTheUi() {
        noClasses().that().resideOutsideOfPackages("org.showdesk.ui..")
                .and().doNotHaveFullyQualifiedName("org.showdesk.Launcher")
                .should().dependOnClassesThat().resideInAPackage("org.showdesk.ui..")
                .check(classes);
    }

    @Test
    void theModelDependsOnNothingOfShowdesk() {
        noClasses().that().resideInAPackage("org.showdesk.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.showdesk.store..", "org.showdesk.app..",
                        "org.showdesk.cli..", "org.showdesk.correct..", "org.showdesk.draft..", "org.showdesk.ingest..")
                .check(classes);
    }

    @Test
    void enginesDoNotReachUpIntoAppOrCli() {
        noClasses().that().resideInAnyPackage("org.showdesk.correct..", "org.showdesk.draft..", "org.showdesk.glossary..",
                        "org.showdesk.ingest..", "org.showdesk.store..")
                .should().dependOnClassesThat().resideInAnyPackage("org.showdesk.app..", "org.showdesk.cli..")
                .check(classes);
    }

    @Test
    void theCorrectionEngineIsPure() {
        noClasses().that().resideInAPackage("org.showdesk.correct..")
                .should().dependOnClassesThat().resideInAnyPackage("org.showdesk.store..", "java.sql..")
                .allowEmptyShould(true)
                .check(classes);
    }
}
