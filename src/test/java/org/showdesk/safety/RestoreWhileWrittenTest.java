package org.showdesk.safety;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.showdesk.app.OpenShow;
import org.showdesk.app.ShowFiles;
import org.showdesk.cli.ShowdeskCli;
import org.showdesk.model.Backup;
import org.showdesk.model.Cue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * `restore` while another program (sqlite3, a script) is in the middle of writing the show: the change it commits
 * must end up in the show or in the backup taken before the restore, never in neither. The other program is a
 * plain SQLite connection that knows nothing of Showdesk's own lock.
 */
class RestoreWhileWrittenTest {
    @TempDir
    Path dir;

    /** A show with one episode, and the id of a backup taken of it. */
    private static String showWithABackup(Path show) {
        try (OpenShow s = OpenShow.create(show, "周报")) {
            ShowFiles.episodes(s).insert("第一期", "a.txt", "txt", "UTF-8", List.of(Cue.of(null, null, "大家好。")));
        }
        try (OpenShow s = OpenShow.open(show)) {
            return s.backUpNow().id();
        }
    }

    @Test
    void aRestoreWaitsForOrRefusesAnotherProgramsOpenWriteAndItsCommitIsNeverLost() throws Exception {
        Path show = dir.resolve("周报.showdesk");
        String backup = showWithABackup(show);

        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + show);
             Statement st = other.createStatement()) {
            st.execute("BEGIN IMMEDIATE");
            st.executeUpdate("UPDATE show SET name = '外部程序改的名字'");

            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = ShowdeskCli.run(new String[]{"restore", show.toString(), "--backup", backup},
                    new PrintWriter(out), new PrintWriter(err));

            assertThat(code).as(out + " " + err).isEqualTo(1);
            assertThat(err.toString()).contains("周报.showdesk").contains("being written by another program")
                    .contains("try again").contains("nothing was changed").doesNotContain("\tat ");
            st.execute("COMMIT");
        }

        assertThat(nameIn(show)).as("the other program's committed change").isEqualTo("外部程序改的名字");
        try (OpenShow s = OpenShow.openReadOnly(show)) {
            assertThat(s.backups()).extracting(Backup::why).doesNotContain("before restore");
        }
    }

    @Test
    void aRestoreAfterTheOtherProgramCommittedKeepsItsChangeInTheBackupTakenBefore() throws Exception {
        Path show = dir.resolve("周报.showdesk");
        String backup = showWithABackup(show);
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + show);
             Statement st = other.createStatement()) {
            st.execute("BEGIN IMMEDIATE");
            st.executeUpdate("UPDATE show SET name = '外部程序改的名字'");
            st.execute("COMMIT");
            // the other program stays connected, its change still in the WAL

            int code = ShowdeskCli.run(new String[]{"restore", show.toString(), "--backup", backup},
                    new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
            assertThat(code).isZero();
        }
        assertThat(nameIn(show)).isEqualTo("周报");
        try (OpenShow s = OpenShow.openReadOnly(show)) {
            Backup before = s.backups().stream().filter(b -> b.why().equals("before restore")).findFirst().orElseThrow();
            assertThat(nameIn(before.file())).isEqualTo("外部程序改的名字");
        }
    }

    private static String nameIn(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT name FROM show")) {
            return rs.getString(1);
        }
    }
}
