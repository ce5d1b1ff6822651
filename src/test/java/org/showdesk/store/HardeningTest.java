package org.showdesk.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.showdesk.model.Cue;
import org.showdesk.model.GlossaryTerm;
import org.showdesk.model.Rule;
import org.showdesk.model.ShowdeskException;
import org.showdesk.model.TermCategory;
import org.showdesk.safety.OlderFormat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** Full disks, read-only files and hostile text: clear messages, and nothing already saved is lost. */
class HardeningTest {
    @TempDir
    Path dir;

    private static List<Cue> cues(int n, String text) {
        List<Cue> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(Cue.of(null, null, text + i + "。"));
        return out;
    }

    private static void sql(ShowStore store, String pragma) {
        store.write(c -> {
            try (Statement st = c.createStatement()) {
                st.execute(pragma);
            }
            return null;
        });
    }

    @Test
    void whenTheDiskIsFullTheFailedImportSavesNothingTheMessageSaysSoAndEarlierWorkIsIntact() {
        Path show = dir.resolve("full.showdesk");
        try (ShowStore store = ShowStore.create(show, "full")) {
            var episodes = new EpisodeRepository(store);
            long first = episodes.insert("第一期", "a.txt", "txt", "UTF-8", cues(50, "已经保存的句子"));
            long pages = store.read(c -> {
                try (var rs = c.createStatement().executeQuery("PRAGMA page_count")) {
                    return rs.getLong(1);
                }
            });
            sql(store, "PRAGMA max_page_count = " + pages); // the file may not grow: as good as a full disk

            assertThatThrownBy(() -> episodes.insert("第二期", "b.txt", "txt", "UTF-8", cues(3000, "放不下的长句子长句子")))
                    .isInstanceOf(ShowdeskException.class).hasMessageContaining("disk is full")
                    .hasMessageContaining("Nothing of this change was saved");

            assertThat(episodes.list()).extracting(e -> e.title()).containsExactly("第一期");
            assertThat(episodes.transcript(first).cues()).hasSize(50);
            assertThat(store.integrityCheck()).isEqualTo("ok");

            sql(store, "PRAGMA max_page_count = 1073741823"); // space freed: saving works again
            episodes.insert("第二期", "b.txt", "txt", "UTF-8", cues(3, "终于放下了"));
        }
        try (ShowStore again = ShowStore.openReadOnly(show)) {
            assertThat(new EpisodeRepository(again).list()).extracting(e -> e.title()).containsExactly("第一期", "第二期");
        }
    }

    @Test
    void whenSqliteGivesTheTransactionUpOnAFullDiskTheMessageIsTheFullDiskNotTheFailedCommit() {
        Path show = dir.resolve("given-up.showdesk");
        try (ShowStore store = ShowStore.create(show, "g")) {
            var episodes = new EpisodeRepository(store);
            // What SQLite does on SQLITE_FULL while a batch spills to the WAL: it rolls the transaction back itself,
            // and the statement reports the full disk; closing the transaction then finds none to commit.
            assertThatThrownBy(() -> store.write(c -> {
                episodes.insert("半途", "x.txt", "txt", "UTF-8", cues(5, "句"));
                try (Statement st = c.createStatement()) {
                    st.execute("ROLLBACK");
                }
                throw new org.sqlite.SQLiteException("database or disk is full", org.sqlite.SQLiteErrorCode.SQLITE_FULL);
            })).isInstanceOf(ShowdeskException.class).hasMessageContaining("the disk is full")
                    .hasMessageNotContaining("no transaction is active");
            assertThat(episodes.list()).isEmpty();
            episodes.insert("之后", "y.txt", "txt", "UTF-8", cues(2, "好"));
            assertThat(episodes.list()).extracting(e -> e.title()).containsExactly("之后");
        }
    }

    @Test
    void aGlossaryNeverGrowsPastWhatTheChecksCanHoldAndARefusedImportAddsNothing() {
        try (ShowStore store = ShowStore.create(dir.resolve("many.showdesk"), "m")) {
            var glossary = new GlossaryRepository(store);
            List<GlossaryTerm> terms = new ArrayList<>();
            for (int i = 0; i < org.showdesk.text.GlossaryText.MAX_TERMS; i++) terms.add(GlossaryTerm.of("术语" + i));
            glossary.addAll(terms);
            assertThatThrownBy(() -> glossary.addAll(List.of(GlossaryTerm.of("一个"), GlossaryTerm.of("两个"))))
                    .isInstanceOf(ShowdeskException.class).hasMessageContaining("at most 30,000")
                    .hasMessageContaining("Nothing was added");
            assertThat(glossary.list()).hasSize(org.showdesk.text.GlossaryText.MAX_TERMS);
        }
    }

    @Test
    void aWriteSqliteRefusesAsReadOnlyIsReportedAsReadOnlyAndChangesNothing() {
        Path show = dir.resolve("ro.showdesk");
        ShowStore.create(show, "原来的名字").close();
        try (ShowStore ro = ShowStore.openReadOnly(show)) {
            // Bypass the store's own read-only guard, so SQLite's SQLITE_READONLY is what gets translated.
            assertThatThrownBy(() -> ro.read(c -> c.createStatement().executeUpdate("UPDATE show SET name = 'x'")))
                    .isInstanceOf(ShowdeskException.class).hasMessageContaining("read-only")
                    .hasMessageContaining("Nothing was changed");
            assertThat(ro.showName()).isEqualTo("原来的名字");
        }
    }

    @Test
    void aWriteProtectedShowIsRefusedForEditingWithAReadOnlyOffer() throws Exception {
        Path show = dir.resolve("protected.showdesk");
        ShowStore.create(show, "p").close();
        Files.setPosixFilePermissions(show, PosixFilePermissions.fromString("r--r--r--"));
        byte[] before = Files.readAllBytes(show);
        try {
            assumeFalse(Files.isWritable(show), "running as root, who may write to any file: file permissions "
                    + "cannot make a read-only show here; safety.ReadOnlyPlacesTest runs this case unprivileged");
            assertThatThrownBy(() -> ShowStore.open(show)).isInstanceOf(ShowdeskException.class)
                    .hasMessageContaining("read-only").hasMessageContaining("protected.showdesk");
            ShowStore.openReadOnly(show).close();
            assertThat(Files.readAllBytes(show)).isEqualTo(before);
        } finally {
            Files.setPosixFilePermissions(show, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    @Test
    void aShowInAReadOnlyFolderIsRefusedForEditingWithAReadOnlyOffer() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("只读"));
        Path show = folder.resolve("s.showdesk");
        ShowStore.create(show, "s").close();
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(folder), "running as root, who may write into any folder: folder "
                    + "permissions cannot make a read-only folder here; safety.ReadOnlyPlacesTest runs this case unprivileged");
            assertThatThrownBy(() -> ShowStore.open(show)).isInstanceOf(ShowdeskException.class)
                    .hasMessageContaining("Open it read-only");
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void textThatLooksLikeSqlIsStoredAsTextEverywhere() {
        String hostile = "'); DROP TABLE episode; --";
        Path show = dir.resolve("quotes.showdesk");
        try (ShowStore store = ShowStore.create(show, hostile)) {
            var episodes = new EpisodeRepository(store);
            long id = episodes.insert(hostile, hostile, "txt", "UTF-8", List.of(Cue.of(null, null, hostile)));
            new GlossaryRepository(store).add(new GlossaryTerm(0, hostile, List.of("\" OR 1=1 --"),
                    TermCategory.OTHER, hostile, "", true));
            var settings = new SettingsRepository(store);
            settings.putSetting(hostile, hostile);
            settings.addRule(new Rule(0, hostile, hostile, false, true, hostile));
            episodes.rename(id, hostile + "2");

            assertThat(store.showName()).isEqualTo(hostile);
            assertThat(episodes.list()).extracting(e -> e.title()).containsExactly(hostile + "2");
            assertThat(episodes.transcript(id).text()).isEqualTo(hostile);
            assertThat(new GlossaryRepository(store).list()).singleElement()
                    .satisfies(t -> assertThat(t.variants()).containsExactly("\" OR 1=1 --"));
            assertThat(settings.setting(hostile)).hasValue(hostile);
            assertThat(settings.rules()).extracting(Rule::find).containsExactly(hostile);
        }
    }

    @Test
    void theEpisodeListCountsFollowEditsAndSurviveTheUpgradeFromVersionOne() throws Exception {
        Path show = dir.resolve("v1.showdesk");
        long id;
        try (ShowStore store = ShowStore.create(show, "v1")) {
            id = new EpisodeRepository(store).insert("e", "e.txt", "txt", "UTF-8", cues(3, "童话顺"));
            new TextEdits(store).apply(id, List.of(new TextEdits.Change(0, 3, "同花顺公司", "manual", "", 1)), false);
            assertThat(new EpisodeRepository(store).get(id).charCount()).isEqualTo("同花顺公司0。童话顺1。童话顺2。".length());
        }
        OlderFormat.turnIntoVersionOne(show);
        try (ShowStore store = ShowStore.open(show)) {
            assertThat(store.schemaVersion()).isEqualTo(ShowStore.SCHEMA_VERSION);
            var e = new EpisodeRepository(store).get(id);
            assertThat(e.cueCount()).isEqualTo(3);
            assertThat(e.charCount()).isEqualTo("同花顺公司0。童话顺1。童话顺2。".length());
        }
    }
}
