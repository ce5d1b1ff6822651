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
                        "org.showdesk.cli..", "org.showdesk.correct..", "org.showdesk.draft..", "org.showdesk.ingest..",
                        "org.showdesk.glossary..", "org.showdesk.media..", "org.showdesk.text..", "org.showdesk.files..",
                        "org.showdesk.ui..")
                .check(classes);
    }

    @Test
    void enginesDoNotReachUpIntoAppOrCli() {
        noClasses().that().resideInAnyPackage("org.showdesk.correct..", "org.showdesk.draft..", "org.showdesk.glossary..",
                        "org.showdesk.media..", "org.showdesk.text..", "org.showdesk.files..",
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

    /** Every host action goes through app: the window and the command line see only app and model of Showdesk. */
    @Test
    void theWindowAndTheCommandLineReachTheRestOnlyThroughApp() {
        noClasses().that().resideInAnyPackage("org.showdesk.ui..", "org.showdesk.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.showdesk.store..", "org.showdesk.ingest..",
                        "org.showdesk.correct..", "org.showdesk.draft..", "org.showdesk.glossary..",
                        "org.showdesk.media..", "org.showdesk.text..", "org.showdesk.files..")
                .check(classes);
    }

    /** The engines do not import each other; app composes them. Shared leaves: model, text, files. */
    @Test
    void theEnginesDoNotImportEachOther() {
        String[] engines = {"correct", "draft", "ingest", "store", "glossary", "media"};
        for (String engine : engines) {
            String[] others = java.util.Arrays.stream(engines).filter(e -> !e.equals(engine))
                    .map(e -> "org.showdesk." + e + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage("org.showdesk." + engine + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .because(engine + " must not reach into another engine: app composes them")
                    .check(classes);
        }
    }

    /** The shared leaves depend on the model at most. */
    @Test
    void theSharedLeavesStayLeaves() {
        noClasses().that().resideInAnyPackage("org.showdesk.text..", "org.showdesk.files..")
                .should().dependOnClassesThat().resideInAnyPackage("org.showdesk.store..", "org.showdesk.ingest..",
                        "org.showdesk.correct..", "org.showdesk.draft..", "org.showdesk.glossary..",
                        "org.showdesk.media..", "org.showdesk.app..", "org.showdesk.cli..", "org.showdesk.ui..")
                .check(classes);
    }
}
