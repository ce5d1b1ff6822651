package org.showdesk.ui;

import javafx.scene.Node;
import javafx.stage.Window;
import org.showdesk.app.EpisodeCheck;
import org.showdesk.app.OpenShow;
import org.showdesk.model.Entry;
import org.showdesk.ui.common.StatusModel;
import org.showdesk.ui.common.TaskRunner;
import org.showdesk.ui.common.UndoHistory;
import org.showdesk.ui.entries.EntriesView;
import org.showdesk.ui.entries.EntriesViewModel;
import org.showdesk.ui.entries.OnFxThread;
import org.showdesk.ui.glossary.GlossaryEditor;
import org.showdesk.ui.preview.FxCoalescer;
import org.showdesk.ui.preview.PreviewView;
import org.showdesk.ui.preview.PreviewViewModel;
import org.showdesk.ui.templates.TemplateEditor;
import org.showdesk.ui.transcript.TranscriptView;
import org.showdesk.ui.transcript.TranscriptViewModel;

import java.util.List;
import java.util.function.Consumer;

/**
 * The three panes of one open show and the links between them: picking an entry shows its span in the
 * transcript, moving the caret picks the entry there, editing entries or the transcript refreshes the
 * preview, and a glossary change rescans the transcript.
 */
final class ShowPanes {
    private final OpenShow show;
    private final TaskRunner runner;
    /** One history for the panes: Ctrl+Z takes back the host's latest action wherever it was. */
    private final UndoHistory history = new UndoHistory(OnFxThread.INSTANCE);
    private final TranscriptViewModel transcriptModel;
    private final TranscriptView transcript;
    private final EntriesView entries;
    private final Consumer<String> openLink;
    /** Filled once the first transcript is on screen: the WebView is the slowest part of the window to build. */
    private final javafx.scene.layout.StackPane previewSlot = new javafx.scene.layout.StackPane();
    private PreviewView preview;
    private long episodeId;
    private long caretCue;

    ShowPanes(OpenShow show, EpisodeCheck check, TaskRunner runner, StatusModel status, Consumer<Throwable> errors,
              Consumer<String> openLink) {
        this.show = show;
        this.runner = runner;
        this.openLink = openLink;
        transcriptModel = new TranscriptViewModel(show, check, runner, status, errors, history);
        transcript = new TranscriptView(transcriptModel, show.store().isReadOnly());
        entries = new EntriesView(new EntriesViewModel(show, runner.background(), OnFxThread.INSTANCE, history));
        previewSlot.getStyleClass().add("pane");

        entries.setOnEntrySelected(this::revealEntry);
        entries.setOnEntriesChanged(this::entriesChanged);
        transcript.setOnCaretMoved(this::caretMoved);
        transcriptModel.snapshotProperty().addListener((obs, old, now) -> {
            if (old == null && now != null && preview == null) javafx.application.Platform.runLater(this::createPreview);
            if (preview != null && old != null && now != null && old.episodeId() == now.episodeId()
                    && !old.text().equals(now.text())) {
                preview.reload(); // the corrected-transcript tab and anything quoting the text
            }
        });
    }

    private void createPreview() {
        preview = new PreviewView(new PreviewViewModel(show, runner.background(), OnFxThread.INSTANCE,
                new FxCoalescer(PreviewView.QUIET)), openLink);
        previewSlot.getChildren().setAll(preview.view());
        if (episodeId != 0) preview.showEpisode(episodeId);
    }

    List<Node> nodes() {
        return List.of(transcript.view(), entries.view(), previewSlot);
    }

    TranscriptView transcript() {
        return transcript;
    }

    TranscriptViewModel transcriptModel() {
        return transcriptModel;
    }

    EntriesView entries() {
        return entries;
    }

    /** The preview, or null while the window is still bringing up the first transcript. */
    PreviewView preview() {
        return preview;
    }

    void showEpisode(long id) {
        transcript.saveTyping();
        episodeId = id;
        caretCue = 0;
        transcriptModel.load(id);
        entries.showEpisode(id);
        if (preview != null) preview.showEpisode(id);
    }

    private void revealEntry(Entry e) {
        TranscriptViewModel.Snapshot s = transcriptModel.snapshot();
        if (e == null || s == null) return;
        int first = s.transcript().indexOfCue(e.firstCueId());
        int last = s.transcript().indexOfCue(e.lastCueId());
        if (first < 0 || last < first) return;
        int start = s.transcript().startOf(first);
        // The rundown picks its first entry when it loads; the transcript already shows its start, unselected.
        if (start == 0 && transcript.area().getCaretPosition() == 0 && transcript.area().getSelection().getLength() == 0) {
            return;
        }
        transcript.reveal(start, s.transcript().endOf(last));
    }

    private void caretMoved(int offset) {
        TranscriptViewModel.Snapshot s = transcriptModel.snapshot();
        if (s == null) return;
        long cue = s.cueIdAt(offset);
        if (cue != 0 && cue != caretCue) {
            caretCue = cue;
            entries.selectEntryAtCue(cue);
        }
    }

    private void entriesChanged(List<Entry> list) {
        if (preview != null) preview.entriesChanged(list);
        TranscriptViewModel.Snapshot s = transcriptModel.snapshot();
        List<long[]> shown = s == null ? List.of() : s.marks().entries().stream()
                .map(e -> new long[]{e.entry().firstCueId(), e.entry().lastCueId()}).toList();
        List<long[]> now = list.stream().map(e -> new long[]{e.firstCueId(), e.lastCueId()}).toList();
        boolean moved = now.size() != shown.size();
        for (int i = 0; !moved && i < now.size(); i++) moved = !java.util.Arrays.equals(now.get(i), shown.get(i));
        if (moved) transcriptModel.reload(); // entry bands follow the new spans; typing a title changes none
    }

    void openGlossary(Window owner) {
        GlossaryEditor editor = new GlossaryEditor(show, runner.background());
        editor.model().addGlossaryChangedListener(transcriptModel::glossaryChanged);
        editor.open(owner);
    }

    void openTemplates(Window owner) {
        TemplateEditor editor = new TemplateEditor(show, runner.background());
        editor.setOnTemplatesChanged(() -> {
            if (preview != null) preview.reload();
        });
        editor.open(owner, episodeId);
    }
}
