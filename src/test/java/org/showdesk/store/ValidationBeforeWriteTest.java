package org.showdesk.store;

import org.showdesk.model.ProjectFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A file is checked whole before anything can write to it; one that fails is left exactly as it was. */
class ValidationBeforeWriteTest {
    @TempDir
    Path dir;

    private static void sql(Path file, String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            for (String s : statements) st.execute(s);
        }
    }

    @Test
    void aLookAlikeWithShowdesksMarkButNoTablesIsRefusedUntouchedWithNoWalNoLockNoBackup() throws Exception {
        Path file = dir.resolve("look-alike.showdesk");
        sql(file, "PRAGMA application_id = " + ShowStore.APPLICATION_ID, "PRAGMA user_version = 2");
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> ShowStore.open(file)).isInstanceOf(ProjectFormatException.class)
                .hasMessageContaining("lacks what that format holds").hasMessageContaining("table episode");
        assertThatThrownBy(() -> ShowStore.openReadOnly(file)).isInstanceOf(ProjectFormatException.class);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (var listing = Files.list(dir)) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactly("look-alike.showdesk");
        }
    }

    @Test
    void aShowMissingOneColumnOfItsVersionIsRefusedNamingItAndExtraTablesOfTheHostsOwnAreAllowed() throws Exception {
        Path show = dir.resolve("s.showdesk");
        ShowStore.create(show, "s").close();
        sql(show, "CREATE TABLE my_notes(text)", "ALTER TABLE episode ADD COLUMN my_column TEXT");
        ShowStore.open(show).close(); // the host's own additions are fine

        sql(show, "ALTER TABLE entry DROP COLUMN notes");
        byte[] before = Files.readAllBytes(show);
        assertThatThrownBy(() -> ShowStore.open(show)).isInstanceOf(ProjectFormatException.class)
                .hasMessageContaining("entry.notes").hasMessageContaining("file format " + ShowStore.SCHEMA_VERSION);
        assertThat(Files.readAllBytes(show)).isEqualTo(before);
    }

    @Test
    void versionsOutsideWhatShowdeskWritesAreNamedForWhatTheyAre() throws Exception {
        for (int version : new int[]{0, -5, ShowStore.SCHEMA_VERSION + 1}) {
            Path file = dir.resolve("v" + version + ".showdesk");
            sql(file, "PRAGMA application_id = " + ShowStore.APPLICATION_ID, "PRAGMA user_version = " + version,
                    "CREATE TABLE show(id)");
            assertThatThrownBy(() -> ShowStore.open(file)).isInstanceOf(ProjectFormatException.class)
                    .hasMessageContaining(version == 0 ? "holds no show" : version < 0
                            ? "impossible file format number (-5)" : "newer Showdesk")
                    .hasMessageNotContaining("already exists");
        }
    }
}
