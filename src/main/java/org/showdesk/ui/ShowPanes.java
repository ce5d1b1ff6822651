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
import org.showdesk.ui.common.OnFxThread;
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
    private final EntriesViewModel entriesModel;
    private final boolean readOnly;
    /** Built when first placed in the window, after the first episode's read has been queued (see showEpisode). */
    private TranscriptView transcript;
    private EntriesView entries;
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
        entriesModel = new EntriesViewModel(show, runner.background(), OnFxThread.INSTANCE, history);
        readOnly = show.store().isReadOnly();
        previewSlot.getStyleClass().add("pane");

        entriesModel.addEntrySelectedListener(this::revealEntry);
        entriesModel.addEntriesChangedListener(this::entriesChanged);
        transcriptModel.snapshotProperty().addListener((obs, old, now) -> {
            if (old == null && now != null && preview == null) createPreviewOnceShown();
            if (preview != null && old != null && now != null && old.episodeId() == now.episodeId()
                    && !old.text().equals(now.text())) {
                preview.reload(); // the corrected-transcript tab and anything quoting the text
            }
        });
    }

    /**
     * Builds the preview after the pulse that lays out the first transcript: queued at once, the WebView (a
     * second or more to build on a slow machine) would run before that pulse and hold the transcript back.
     */
    private void createPreviewOnceShown() {
        javafx.scene.Scene scene = transcript == null ? null : transcript.view().getScene();
        if (scene == null) {
            javafx.application.Platform.runLater(this::createPreview);
            loadChineseWords();
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            javafx.application.Platform.runLater(this::createPreview);
            loadChineseWords();
        };
        scene.addPostLayoutPulseListener(once[0]);
        javafx.application.Platform.requestNextPulse();
    }

    /**
     * HanLP's dictionaries take a core for a second or more; loaded while the window starts they slow the first
     * screen on a two-core laptop. They load once the transcript is shown, and it is scanned again with word
     * boundaries (the first scan used character boundaries).
     */
    private void loadChineseWords() {
        if (!EpisodeCheck.chineseWordsReady()) {
            EpisodeCheck.whenChineseWordsReady(() -> javafx.application.Platform.runLater(transcriptModel::reload));
        }
    }

    private void createPreview() {
        if (preview != null) return;
        preview = new PreviewView(new PreviewViewModel(show, runner.background(), OnFxThread.INSTANCE,
                new FxCoalescer(PreviewView.QUIET)), openLink);
        previewSlot.getChildren().setAll(preview.view());
        if (episodeId != 0) preview.showEpisode(episodeId);
    }

    List<Node> nodes() {
        buildViews();
        return List.of(transcript.view(), entries.view(), previewSlot);
    }

    /**
     * The panes' controls are the costliest part of opening a show on the FX thread; building them after
     * {@link #showEpisode} lets the background read and scan the first transcript meanwhile.
     */
    private void buildViews() {
        if (transcript != null) return;
        transcript = new TranscriptView(transcriptModel, readOnly);
        entries = new EntriesView(entriesModel);
        transcript.setOnCaretMoved(this::caretMoved);
    }

    TranscriptView transcript() {
        buildViews();
        return transcript;
    }

    TranscriptViewModel transcriptModel() {
        return transcriptModel;
    }

    EntriesView entries() {
        buildViews();
        return entries;
    }

    /** The preview, or null while the window is still bringing up the first transcript. */
    PreviewView preview() {
        return preview;
    }

    /** Shows another episode; the first time, before the views exist, so its read starts at once. */
    void showEpisode(long id) {
        if (transcript != null) transcript.saveTyping();
        episodeId = id;
        caretCue = 0;
        transcriptModel.load(id);
        entriesModel.showEpisode(id);
        if (preview != null) preview.showEpisode(id);
    }

    private void revealEntry(Entry e) {
        TranscriptViewModel.Snapshot s = transcriptModel.snapshot();
        if (e == null || s == null || transcript == null) return;
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
