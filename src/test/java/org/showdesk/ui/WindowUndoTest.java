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

    /** The panes build labels: the toolkit must be up even when this class runs on its own. */
    @org.junit.jupiter.api.BeforeAll
    static void toolkit() throws Exception {
        org.testfx.api.FxToolkit.registerPrimaryStage();
    }

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

    private Finding first(String found) {
        return transcript.findings().stream().filter(x -> x.found().equals(found)).findFirst()
                .orElseThrow(() -> new AssertionError("no finding " + found));
    }

    private List<String> variantsOf(String term) {
        return ShowFiles.glossary(show).list().stream().filter(t -> t.term().equals(term)).findFirst().orElseThrow()
                .variants();
    }

    @Test
    void ctrlZAfterAnAcceptAndARejectionTakesBackTheRejectionFirst() {
        Finding lora = first("LoraMOE");
        transcript.accept(lora, "LoRAMoE");
        String accepted = savedText();
        transcript.reject(first("UniChrome"));
        assertThat(ShowFiles.decisions(show).all()).isNotEmpty();

        transcript.undo();

        assertThat(ShowFiles.decisions(show).all()).as("the rejection's rows left the project file").isEmpty();
        assertThat(transcript.findings()).anyMatch(f -> f.found().equals("UniChrome"));
        assertThat(savedText()).as("the earlier accept stays").isEqualTo(accepted);
        assertThat(variantsOf("LoRAMoE")).contains("LoraMOE");

        transcript.undo(); // now the accept, with what it taught the glossary
        assertThat(savedText().substring(lora.start(), lora.end())).isEqualTo("LoraMOE");
        assertThat(variantsOf("LoRAMoE")).doesNotContain("LoraMOE");
        assertThat(transcript.findings()).filteredOn(f -> f.found().equals("LoraMOE"))
                .noneMatch(f -> f.rule().equals("known-variant"));

        transcript.redo();
        transcript.redo();
        assertThat(savedText()).isEqualTo(accepted);
        assertThat(variantsOf("LoRAMoE")).contains("LoraMOE");
        assertThat(ShowFiles.decisions(show).all()).extracting(d -> d.found()).containsExactly("UniChrome");
        assertThat(errors).isEmpty();
    }

    @Test
    void importingSourcesIsOneStepThatCtrlZTakesBack() throws Exception {
        List<Entry> before = ShowFiles.entries(show).list(episode);
        List<String> glossaryBefore = ShowFiles.glossary(show).list().stream().map(t -> t.term()).toList();
        java.nio.file.Path list = dir.resolve("sources.md");
        java.nio.file.Files.writeString(list, """
                1. LoRAMoE: Revolutionizing Mixture of Experts for Maintaining World Knowledge — https://arxiv.org/abs/2312.09979
                2. Unicron: Economizing Self-Healing LLM Training at Scale — https://arxiv.org/abs/2401.00134
                3. RichDreamer — https://arxiv.org/abs/2311.16918
                4. Kiwi Lens — https://example.org/kiwi-lens
                """);
        panes.importSources(list, new StatusModel());
        List<Entry> imported = ShowFiles.entries(show).list(episode);
        assertThat(imported).as("the import changed the rundown").isNotEqualTo(before);
        assertThat(ShowFiles.sources(show).list(episode)).hasSize(4);
        assertThat(transcript.canUndoProperty().get()).isTrue();

        transcript.undo();

        assertThat(ShowFiles.entries(show).list(episode)).isEqualTo(before);
        assertThat(entries.entries()).isEqualTo(before);
        assertThat(ShowFiles.sources(show).list(episode)).isEmpty();
        assertThat(ShowFiles.glossary(show).list()).extracting(t -> t.term()).containsExactlyElementsOf(glossaryBefore);

        transcript.redo();
        assertThat(ShowFiles.sources(show).list(episode)).hasSize(4);
        // Redone as a fresh import: new source rows, the same titles and links as the first time.
        List<Entry> redone = ShowFiles.entries(show).list(episode);
        assertThat(redone).extracting(Entry::title).isEqualTo(imported.stream().map(Entry::title).toList());
        assertThat(redone).extracting(e -> e.links().stream().map(l -> l.url()).toList())
                .isEqualTo(imported.stream().map(e -> e.links().stream().map(l -> l.url()).toList()).toList());
        assertThat(errors).isEmpty();
    }
}
