package org.showdesk.store;

import org.showdesk.model.ProjectFormatException;
import org.showdesk.model.ProjectInUseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.showdesk.model.Cue;
import org.showdesk.model.ShowdeskException;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShowStoreTest {
    @TempDir
    Path dir;

    private static List<Cue> cues(String... texts) {
        return Arrays.stream(texts).map(t -> Cue.of(null, null, t)).toList();
    }

    @Test
    void aShowKeepsItsEpisodesAndTextAcrossReopening() {
        Path file = dir.resolve("周报 2024.showdesk");
        try (ShowStore store = ShowStore.create(file, "AI 周报")) {
            new EpisodeRepository(store).insert("第一期", "ep1.txt", "txt", "UTF-8",
                    cues("大家好，这里是周报。", "童话顺推出了新模型。"));
        }
        try (ShowStore store = ShowStore.open(file)) {
            assertThat(store.showName()).isEqualTo("AI 周报");
            var episodes = new EpisodeRepository(store).list();
            assertThat(episodes).singleElement().satisfies(e -> {
                assertThat(e.title()).isEqualTo("第一期");
                assertThat(e.cueCount()).isEqualTo(2);
            });
            assertThat(new EpisodeRepository(store).transcript(episodes.get(0).id()).text())
                    .isEqualTo("大家好，这里是周报。童话顺推出了新模型。");
        }
    }

    @Test
    void theFileIsMarkedAsShowdeskForTheSqliteShell() throws Exception {
        Path file = dir.resolve("a.showdesk");
        ShowStore.create(file, "A").close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            assertThat(st.executeQuery("PRAGMA application_id").getInt(1)).isEqualTo(ShowStore.APPLICATION_ID);
            assertThat(st.executeQuery("PRAGMA user_version").getInt(1)).isEqualTo(ShowStore.SCHEMA_VERSION);
            assertThat(st.executeQuery("PRAGMA foreign_key_check").next()).isFalse();
        }
    }

    @Test
    void creatingAShowNeverOverwritesAnExistingFile() throws Exception {
        Path file = dir.resolve("keep.showdesk");
        Files.writeString(file, "my notes");
        assertThatThrownBy(() -> ShowStore.create(file, "x")).isInstanceOf(ShowdeskException.class)
                .hasMessageContaining("already exists");
        assertThat(Files.readString(file)).isEqualTo("my notes");
    }

    @Test
    void aTextFileIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("transcript.showdesk");
        byte[] bytes = "大家好，这里是AI周报。".getBytes(Charset.forName("GB18030"));
        Files.write(file, bytes);
        assertThatThrownBy(() -> ShowStore.open(file)).isInstanceOf(ProjectFormatException.class)
                .hasMessageContaining("transcript.showdesk").hasMessageContaining("not a Showdesk project");
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
        assertThat(Files.list(dir).map(p -> p.getFileName().toString()))
                .as("no journal or WAL appeared beside a refused file").noneMatch(n -> n.endsWith("-wal"));
    }

    @Test
    void anotherApplicationsDatabaseIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE notes(x TEXT)");
            st.execute("INSERT INTO notes VALUES ('hello')");
        }
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> ShowStore.open(file)).isInstanceOf(ProjectFormatException.class)
                .hasMessageContaining("another application");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aFileFromANewerShowdeskIsRefusedWithTheVersionsAndLeftUntouched() throws Exception {
        Path file = dir.resolve("future.showdesk");
        ShowStore.create(file, "future").close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = 99");
        }
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> ShowStore.open(file)).isInstanceOf(ProjectFormatException.class)
                .hasMessageContaining("newer Showdesk").hasMessageContaining("99");
        assertThatThrownBy(() -> ShowStore.openReadOnly(file)).isInstanceOf(ProjectFormatException.class);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aTruncatedShowIsRefusedAndLeftUntouched() throws Exception {
        Path good = dir.resolve("good.showdesk");
        try (ShowStore store = ShowStore.create(good, "g")) {
            var cues = new java.util.ArrayList<Cue>();
            for (int i = 0; i < 2000; i++) cues.add(Cue.of(null, null, "第" + i + "句，讲一个新模型的发布。"));
            new EpisodeRepository(store).insert("long", "l.txt", "txt", "UTF-8", cues);
        }
        byte[] all = Files.readAllBytes(good);
        Path cut = dir.resolve("cut.showdesk");
        byte[] half = Arrays.copyOf(all, all.length / 2);
        Files.write(cut, half);
        assertThatThrownBy(() -> ShowStore.open(cut)).isInstanceOf(ShowdeskException.class)
                .hasMessageContaining("cut.showdesk");
        assertThat(Files.readAllBytes(cut)).isEqualTo(half);
    }

    @Test
    void aSecondWriterIsRefusedButMayReadAlong() {
        Path file = dir.resolve("busy.showdesk");
        try (ShowStore first = ShowStore.create(file, "busy")) {
            new EpisodeRepository(first).insert("e", "e.txt", "txt", "UTF-8", cues("一句话。"));
            assertThatThrownBy(() -> ShowStore.open(file)).isInstanceOf(ProjectInUseException.class)
                    .hasMessageContaining("already open").hasMessageContaining("read-only");
            try (ShowStore reader = ShowStore.openReadOnly(file)) {
                assertThat(new EpisodeRepository(reader).list()).hasSize(1);
                assertThatThrownBy(() -> new EpisodeRepository(reader).rename(1, "x"))
                        .isInstanceOf(ShowdeskException.class).hasMessageContaining("read-only");
            }
        }
        ShowStore.open(file).close(); // free again once the first one closed
    }

    @Test
    void aFailedActionSavesNothingOfItself() {
        Path file = dir.resolve("atomic.showdesk");
        try (ShowStore store = ShowStore.create(file, "a")) {
            var episodes = new EpisodeRepository(store);
            long id = episodes.insert("e", "e.txt", "txt", "UTF-8", cues("第一句。", "第二句。"));
            assertThatThrownBy(() -> store.write(c -> {
                try (var ps = c.prepareStatement("UPDATE cue SET text = 'changed' WHERE episode_id = ?")) {
                    ps.setLong(1, id);
                    ps.executeUpdate();
                }
                throw new IllegalStateException("boom half-way");
            })).isInstanceOf(IllegalStateException.class);
            assertThat(episodes.transcript(id).text()).isEqualTo("第一句。第二句。");
        }
    }

    @Test
    void aMissingFileIsExplained() {
        assertThatThrownBy(() -> ShowStore.open(dir.resolve("nope.showdesk"))).isInstanceOf(ShowdeskException.class)
                .hasMessageContaining("does not exist");
        assertThat(dir.resolve("nope.showdesk")).doesNotExist();
    }

    @Test
    void showNamesKeepChineseText() throws Exception {
        Path file = dir.resolve("名字.showdesk");
        ShowStore.create(file, "AI大模型周报").close();
        try (ShowStore s = ShowStore.openReadOnly(file)) {
            assertThat(s.showName()).isEqualTo("AI大模型周报");
        }
        assertThat(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)).contains("AI大模型周报");
    }
}
