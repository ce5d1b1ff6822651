package org.showdesk.safety;

import org.showdesk.app.ShowFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.showdesk.app.OpenShow;
import org.showdesk.cli.ShowdeskCli;
import org.showdesk.model.Cue;
import org.showdesk.store.ShowStore;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** `showdesk backups` and `showdesk restore`, as a host types them. */
class BackupCommandsTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ShowdeskCli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private static void addEpisode(OpenShow show, String title) {
        ShowFiles.episodes(show).insert(title, title + ".txt", "txt", "UTF-8", List.of(Cue.of(null, null, title + "：大家好。")));
    }

    @Test
    void openingAShowBacksItUpAndTheCommandsListAndRestoreThoseBackups() throws Exception {
        Path show = dir.resolve("AI 周报.showdesk");
        try (OpenShow s = OpenShow.create(show, "AI 周报")) {
            addEpisode(s, "第一期");
        }
        try (OpenShow s = OpenShow.open(show)) { // backup on open: one episode
            addEpisode(s, "第二期");
            assertThat(s.backUpIfChanged()).as("something changed since opening").isPresent();
            assertThat(s.backUpIfChanged()).as("nothing changed since the last backup").isEmpty();
        }
        Run list = cli("backups", show.toString(), "--json");
        assertThat(list.code()).isZero();
        JsonNode rows = new ObjectMapper().readTree(list.out());
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("episodes").asInt()).isEqualTo(2);
        assertThat(rows.get(1).get("episodes").asInt()).isEqualTo(1);
        String oldest = rows.get(1).get("id").asText();

        Run text = cli("backups", show.toString());
        assertThat(text.out()).contains(oldest).contains("showdesk restore");

        Run restore = cli("restore", show.toString(), "--backup", oldest);
        assertThat(restore.code()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("Restored").contains("to undo: showdesk restore");
        try (OpenShow s = OpenShow.openReadOnly(show)) {
            assertThat(ShowFiles.episodes(s).list()).extracting(e -> e.title()).containsExactly("第一期");
        }
        assertThat(cli("backups", show.toString(), "--json").out()).as("the replaced file was backed up first")
                .contains("\"episodes\" : 2");
    }

    @Test
    void aDamagedShowIsRefusedByEveryCommandWithTheRestoreCommandForItsNewestGoodBackup() throws Exception {
        Path show = dir.resolve("坏了.showdesk");
        try (OpenShow s = OpenShow.create(show, "坏了")) {
            for (int i = 0; i < 60; i++) addEpisode(s, "第" + i + "期的一段很长很长的标题，用来把文件撑大一点");
        }
        String good;
        try (OpenShow s = OpenShow.open(show)) {
            good = s.backups().get(0).id();
        }
        Damage.overwriteMiddlePages(show);

        Run episodes = cli("episodes", show.toString());
        assertThat(episodes.code()).isEqualTo(1);
        assertThat(episodes.err()).contains("damaged")
                .contains("showdesk restore \"" + show.toAbsolutePath() + "\" --backup " + good)
                .doesNotContain("at org.");

        assertThat(cli("restore", show.toString(), "--backup", good).code()).isZero();
        assertThat(cli("episodes", show.toString()).out()).contains("第59期");
    }

    @Test
    void aShowInAnOlderFileFormatIsBackedUpAsItWasBeforeTheUpgrade() throws Exception {
        Path show = dir.resolve("旧版.showdesk");
        try (OpenShow s = OpenShow.create(show, "旧版")) {
            addEpisode(s, "第一期");
        }
        OlderFormat.turnIntoVersionOne(show);
        try (OpenShow s = OpenShow.open(show)) {
            assertThat(ShowFiles.store(s).schemaVersion()).isEqualTo(ShowStore.SCHEMA_VERSION);
            var backups = s.backups();
            assertThat(backups).hasSize(2);
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + backups.get(1).file());
                 Statement st = c.createStatement()) {
                assertThat(st.executeQuery("PRAGMA user_version").getInt(1)).as("the older backup").isEqualTo(1);
            }
        }
    }

    @Test
    void restoringAnUnknownBackupFailsWithAMessageAndExitCodeOne() {
        Path show = dir.resolve("s.showdesk");
        OpenShow.create(show, "s").close();
        Run r = cli("restore", show.toString(), "--backup", "nope");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("no backup nope").doesNotContain("Exception");
    }
}
