package org.showdesk.ui;

import org.showdesk.app.ShowFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.showdesk.app.OpenShow;
import org.showdesk.model.Entry;
import org.showdesk.model.Finding;
import org.showdesk.ui.common.StatusModel;
import org.showdesk.app.TaskExecutor;
import org.showdesk.ui.entries.EntriesViewModel;
import org.showdesk.ui.transcript.TranscriptViewModel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window's one undo history, driven through the transcript's and the entries' view models sharing it
 * as the window wires them: Ctrl+Z takes back the latest action wherever the host took it.
 */
class WindowUndoTest {
    @TempDir
    Path dir;
    private OpenShow show;
    private long episode;
    private TranscriptViewModel transcript;
    private EntriesViewModel entries;
    private ShowPanes panes;
    private final List<Throwable> errors = new ArrayList<>();

    @BeforeEach
    void openDemo() throws Exception {
        show = DemoFixture.open(dir);
        episode = DemoFixture.episode(show).id();
        panes = new ShowPanes(show, TaskExecutor.sameThread(), Runnable::run, new StatusModel(), errors::add, link -> { });
        transcript = panes.transcriptModel();
        entries = panes.entriesModel();
        panes.showEpisode(episode);
    }

    @AfterEach
    void close() {
        show.close();
    }

    private String savedText() {
        return ShowFiles.episodes(show).transcript(episode).text();
    }

    private String savedTitle(int index) {
        return ShowFiles.entries(show).list(episode).get(index).title();
    }

    @Test
    void aTextEditAnEntryEditAndACorrectionAreUndoneNewestFirstAndRedoneInTheirOrder() {
        String original = savedText();
        String originalTitle = savedTitle(1);
        transcript.textEdited("各位好，" + original);
        String typed = savedText();
        entries.select(1);
        entries.editor().titleProperty().set("新的标题");
        Finding f = transcript.findings().stream().filter(x -> x.found().equals("童话顺")).findFirst().orElseThrow();
        transcript.accept(f, "同花顺");
        String corrected = savedText();

        transcript.undo(); // the correction
        assertThat(savedText()).isEqualTo(typed).contains("童话顺");
        assertThat(savedTitle(1)).isEqualTo("新的标题");
        transcript.undo(); // the entry's title
        assertThat(savedTitle(1)).isEqualTo(originalTitle);
        assertThat(entries.editor().titleProperty().get()).isEqualTo(originalTitle);
        assertThat(savedText()).isEqualTo(typed);
        transcript.undo(); // the typing
        assertThat(savedText()).isEqualTo(original);
        assertThat(transcript.canUndoProperty().get()).isFalse();

        transcript.redo();
        assertThat(savedText()).isEqualTo(typed);
        assertThat(savedTitle(1)).isEqualTo(originalTitle);
        transcript.redo();
        assertThat(savedTitle(1)).isEqualTo("新的标题");
        assertThat(savedText()).isEqualTo(typed);
        transcript.redo();
        assertThat(savedText()).isEqualTo(corrected);
        assertThat(transcript.snapshot().text()).isEqualTo(corrected);
        assertThat(errors).isEmpty();
    }

    @Test
    void aNewActionAfterAnUndoMeansTheUndoneOneCanNoLongerBeRedone() {
        entries.select(1);
        entries.editor().titleProperty().set("新的标题");
        transcript.undo();
        transcript.textEdited("各位好，" + savedText());

        assertThat(transcript.canRedoProperty().get()).isFalse();
        transcript.redo();
        assertThat(ShowFiles.entries(show).list(episode)).extracting(Entry::title).doesNotContain("新的标题");
    }

    @Test
    void showingAnotherEpisodeStartsAFreshHistory() {
        entries.select(1);
        entries.editor().titleProperty().set("新的标题");
        panes.showEpisode(episode);

        assertThat(transcript.canUndoProperty().get()).isFalse();
        transcript.undo();
        assertThat(savedTitle(1)).isEqualTo("新的标题");
    }
}
