package org.showdesk.ui;

import javafx.scene.Node;
import javafx.stage.Window;
import org.showdesk.app.OpenShow;
import org.showdesk.model.Entry;
import org.showdesk.ui.common.StatusModel;
import org.showdesk.ui.common.TaskRunner;
import org.showdesk.ui.entries.EntriesView;
import org.showdesk.ui.entries.OnFxThread;
import org.showdesk.ui.glossary.GlossaryEditor;
import org.showdesk.ui.glossary.PendingGlossaryTransfer;
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
    private final TranscriptViewModel transcriptModel;
    private final TranscriptView transcript;
    private final EntriesView entries;
    private final PreviewView preview;
    private long episodeId;
    private long caretCue;
    private List<long[]> spans = List.of();

    ShowPanes(OpenShow show, TaskRunner runner, StatusModel status, Consumer<Throwable> errors,
              Consumer<String> openLink) {
        this.show = show;
        this.runner = runner;
        transcriptModel = new TranscriptViewModel(show, runner, status, errors);
        transcript = new TranscriptView(transcriptModel, show.store().isReadOnly());
        entries = new EntriesView(show, runner.background());
        preview = new PreviewView(new PreviewViewModel(show, runner.background(), OnFxThread.INSTANCE,
                new FxCoalescer(PreviewView.QUIET)), openLink);

        entries.setOnEntrySelected(this::revealEntry);
        entries.setOnEntriesChanged(this::entriesChanged);
        transcript.setOnCaretMoved(this::caretMoved);
        transcriptModel.snapshotProperty().addListener((obs, old, now) -> {
            if (old != null && now != null && old.episodeId() == now.episodeId() && !old.text().equals(now.text())) {
                preview.reload(); // the corrected-transcript tab and anything quoting the text
            }
        });
    }

    List<Node> nodes() {
        return List.of(transcript.view(), entries.view(), preview.view());
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

    PreviewView preview() {
        return preview;
    }

    void showEpisode(long id) {
        transcript.saveTyping();
        episodeId = id;
        caretCue = 0;
        transcriptModel.load(id);
        entries.showEpisode(id);
        preview.showEpisode(id);
    }

    private void revealEntry(Entry e) {
        TranscriptViewModel.Snapshot s = transcriptModel.snapshot();
        if (e == null || s == null) return;
        int first = s.transcript().indexOfCue(e.firstCueId());
        int last = s.transcript().indexOfCue(e.lastCueId());
        if (first < 0 || last < first) return;
        transcript.reveal(s.transcript().startOf(first), s.transcript().endOf(last));
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
        preview.entriesChanged(list);
        List<long[]> newSpans = list.stream().map(e -> new long[]{e.firstCueId(), e.lastCueId()}).toList();
        boolean moved = newSpans.size() != spans.size();
        for (int i = 0; !moved && i < newSpans.size(); i++) moved = !java.util.Arrays.equals(newSpans.get(i), spans.get(i));
        spans = newSpans;
        if (moved) transcriptModel.reload(); // entry bands follow the new spans; typing a title changes none
    }

    void openGlossary(Window owner) {
        GlossaryEditor editor = new GlossaryEditor(show, runner.background(), new PendingGlossaryTransfer());
        editor.model().addGlossaryChangedListener(transcriptModel::glossaryChanged);
        editor.open(owner);
    }

    void openTemplates(Window owner) {
        TemplateEditor editor = new TemplateEditor(show, runner.background());
        editor.setOnTemplatesChanged(preview::reload);
        editor.open(owner, episodeId);
    }
}
