package org.showdesk.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.showdesk.app.OpenShow;
import org.showdesk.ui.common.TaskRunner;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Opening shows and importing transcripts as the window does, without the window. */
class WorkspaceTest {
    @TempDir
    Path dir;
    private final List<Throwable> failures = new ArrayList<>();
    private final List<Path> inUse = new ArrayList<>();
    private Workspace workspace;

    private Workspace workspace() {
        workspace = new Workspace(TaskRunner.sameThread(), new RecentShows(dir.resolve("recent.json")));
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
            assertThat(ws.show().store().isReadOnly()).isTrue();
            assertThat(ws.episodes()).hasSize(1);
            assertThat(ws.selectedEpisodeProperty().get()).isNotNull();
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void aFileThatIsNotAShowIsRefusedWithItsMessage() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.showdesk"), "just some notes");
        workspace().open(() -> text, false, (f, e) -> inUse.add(f), failures::add);
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
        assertThat(ws.show().episodes().list()).hasSize(1);
    }
}
