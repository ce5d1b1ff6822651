package org.showdesk.ui;

import org.showdesk.model.Backup;
import org.showdesk.app.ShowFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.showdesk.app.OpenShow;
import org.showdesk.app.ShowBackups;
import org.showdesk.safety.Damage;
import org.showdesk.store.ProjectBackups;
import org.showdesk.model.ProjectDamagedException;
import org.showdesk.app.TaskExecutor;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Opening shows and importing transcripts as the window does, without the window. */
class WorkspaceTest {
    @TempDir
    Path dir;
    private final List<Throwable> failures = new ArrayList<>();
    private final List<Path> inUse = new ArrayList<>();
    private Workspace workspace;

    private Workspace workspace() {
        workspace = new Workspace(TaskExecutor.sameThread(), new RecentShows(dir.resolve("recent.json")));
        return workspace;
    }

    @AfterEach
    void close() {
        if (workspace != null) workspace.closeNow();
    }

    @Test
    void aShowOpenElsewhereIsOfferedReadOnlyAndThenOpensWithoutWriting() throws Exception {
        Path file = DemoFixture.create(dir);
        try (OpenShow other = OpenShow.open(file)) {
            Workspace ws = workspace();
            ws.open(() -> file, false, (f, e) -> inUse.add(f), failures::add);
            assertThat(inUse).containsExactly(file);
            assertThat(ws.show()).isNull();

            ws.open(() -> file, true, (f, e) -> inUse.add(f), failures::add);
            assertThat(ShowFiles.store(ws.show()).isReadOnly()).isTrue();
            assertThat(ws.episodes()).hasSize(1);
            assertThat(ws.selectedEpisodeProperty().get()).isNotNull();
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void aFileThatIsNotAShowIsRefusedWithItsMessageAndNoBackupIsOffered() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.showdesk"), "just some notes");
        List<ProjectDamagedException> damaged = new ArrayList<>();
        workspace().open(() -> text, false, (f, e) -> inUse.add(f), (f, e) -> damaged.add(e), failures::add);
        assertThat(damaged).isEmpty();
        assertThat(failures).singleElement().satisfies(e -> assertThat(e.getMessage()).contains("not a Showdesk project"));
        assertThat(Files.readString(text)).isEqualTo("just some notes");
    }

    @Test
    void anImportedTranscriptBecomesTheSelectedEpisode() throws Exception {
        Workspace ws = workspace();
        ws.open(() -> DemoFixture.create(dir), false, (f, e) -> inUse.add(f), failures::add);
        Path srt = Files.writeString(dir.resolve("第2期.srt"), "1\n00:00:01,000 --> 00:00:03,000\n大家好,这里是第二期。\n\n"
                + "2\n00:00:03,500 --> 00:00:06,000\n今天聊聊童话顺的新模型。\n", StandardCharsets.UTF_8);

        ws.importTranscript(srt, failures::add);

        assertThat(failures).isEmpty();
        assertThat(ws.episodes()).hasSize(2);
        assertThat(ws.selectedEpisodeProperty().get().title()).isEqualTo("第2期");
        assertThat(ws.selectedEpisodeProperty().get().sourceFormat()).isEqualTo("srt");
    }

    @Test
    void aBrokenTranscriptIsRefusedAndTheShowKeepsItsEpisodes() throws Exception {
        Workspace ws = workspace();
        ws.open(() -> DemoFixture.create(dir), false, (f, e) -> inUse.add(f), failures::add);
        Path broken = Files.writeString(dir.resolve("broken.srt"), "1\n00:00:01,000 --> nonsense\n文字\n");

        ws.importTranscript(broken, failures::add);

        assertThat(failures).singleElement().satisfies(e -> assertThat(e.getMessage()).contains("broken.srt"));
        assertThat(ShowFiles.episodes(ws.show()).list()).hasSize(1);
    }

    @Test
    void restoringTheOpenShowFromABackupClosesItPutsTheBackupBackAndReopensIt() throws Exception {
        Workspace ws = workspace();
        ws.open(() -> DemoFixture.create(dir), false, (f, e) -> inUse.add(f), failures::add);
        OpenShow before = ws.show();
        String atOpen = ShowBackups.list(before.file()).get(0).id();
        long episode = ws.episodes().get(0).id();
        ShowFiles.episodes(before).rename(episode, "改过的标题");
        List<Optional<Backup>> restored = new ArrayList<>();

        ws.restore(before.file(), atOpen, restored::add, failures::add);

        assertThat(failures).isEmpty();
        assertThat(ws.show()).isNotSameAs(before);
        assertThat(ShowFiles.store(ws.show()).isReadOnly()).isFalse();
        assertThat(ws.episodes().get(0).title()).isNotEqualTo("改过的标题");
        assertThat(restored).singleElement().satisfies(b -> assertThat(b).isPresent());
        try (OpenShow kept = OpenShow.openReadOnly(restored.get(0).orElseThrow().file())) {
            assertThat(ShowFiles.episodes(kept).list().get(0).title()).as("the replaced state is a backup").isEqualTo("改过的标题");
        }
    }

    @Test
    void aRestoreThatFailsLeavesTheShowOpenAsItWas() throws Exception {
        Workspace ws = workspace();
        ws.open(() -> DemoFixture.create(dir), false, (f, e) -> inUse.add(f), failures::add);
        Path file = ws.show().file();

        ws.restore(file, "20990101-000000-000", b -> { }, failures::add);

        assertThat(failures).singleElement().satisfies(e -> assertThat(e.getMessage()).contains("no backup"));
        assertThat(ws.show()).isNotNull();
        assertThat(ws.show().file()).isEqualTo(file);
        assertThat(ws.episodes()).hasSize(1);
    }

    @Test
    void aDamagedShowIsReportedWithItsNewestGoodBackupAndCanBeRestoredAndOpened() throws Exception {
        Path file = DemoFixture.create(dir);
        String title;
        try (OpenShow first = OpenShow.open(file)) { // backed up on open
            title = ShowFiles.episodes(first).list().get(0).title();
        }
        Damage.overwriteMiddlePages(file);
        List<ProjectDamagedException> damaged = new ArrayList<>();
        Workspace ws = workspace();

        ws.open(() -> file, false, (f, e) -> inUse.add(f), (f, e) -> damaged.add(e), failures::add);

        assertThat(ws.show()).isNull();
        assertThat(damaged).singleElement().satisfies(e -> assertThat(e.newestGoodBackupId()).isPresent());
        ws.restore(file, damaged.get(0).newestGoodBackupId().orElseThrow(), b -> { }, failures::add);
        assertThat(failures).isEmpty();
        assertThat(ws.show().file()).isEqualTo(file.toAbsolutePath());
        assertThat(ws.episodes()).extracting(org.showdesk.model.Episode::title).containsExactly(title);
    }
}
