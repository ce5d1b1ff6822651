package org.showdesk.store;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * SQL lives in the store only, where every value reaches SQLite through a prepared statement's
 * parameters (the only concatenations are PRAGMAs with integer constants). Keeping JDBC out of every
 * other package keeps that review finite.
 */
class SqlConfinementTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.showdesk");

    @Test
    void onlyTheStoreTalksToTheDatabase() {
        noClasses().that().resideOutsideOfPackage("org.showdesk.store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
                .because("values must reach SQLite only as prepared-statement parameters, which the store guarantees")
                .check(MAIN);
    }
}
