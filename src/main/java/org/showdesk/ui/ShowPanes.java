package org.showdesk.ui;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import org.showdesk.app.BackgroundTask;
import org.showdesk.app.Corrections;
import org.showdesk.app.EpisodeCheck;
import org.showdesk.app.EpisodeMedia;
import org.showdesk.app.EpisodeSources;
import org.showdesk.app.Episodes;
import org.showdesk.app.Glossaries;
import org.showdesk.app.OpenEpisode;
import org.showdesk.app.OpenShow;
import org.showdesk.app.Publishing;
import org.showdesk.app.Rundown;
import org.showdesk.app.TaskExecutor;
import org.showdesk.app.Templates;
import org.showdesk.app.Undoable;
import org.showdesk.app.UserDirs;
import org.showdesk.model.Entry;
import org.showdesk.ui.common.ActionStep;
import org.showdesk.ui.common.OnFxThread;
import org.showdesk.ui.common.StatusModel;
import org.showdesk.ui.common.UndoHistory;
import org.showdesk.ui.entries.EntriesView;
import org.showdesk.ui.entries.EntriesViewModel;
import org.showdesk.ui.glossary.GlossaryEditor;
import org.showdesk.ui.player.PlayerKeysFile;
import org.showdesk.ui.player.PlayerPane;
import org.showdesk.ui.preview.FxCoalescer;
import org.showdesk.ui.preview.PreviewView;
import org.showdesk.ui.preview.PreviewViewModel;
import org.showdesk.ui.templates.TemplateEditor;
import org.showdesk.ui.transcript.TranscriptView;
import org.showdesk.ui.transcript.TranscriptViewModel;

import java.util.List;
import java.util.function.Consumer;

/**
 * The three panes of one open show and the links between them. The selected episode is opened once into an
 * {@link OpenEpisode}, which all three panes observe and change through the app's use cases: picking an entry
 * shows its span in the transcript, moving the caret picks the entry there, and any change reaches every pane
 * from the one episode in memory — no pane reads the project file itself.
 */
final class ShowPanes {
    private final OpenShow show;
    private final TaskExecutor executor;
    private final Consumer<Throwable> errors;
    /** One history for the panes: Ctrl+Z takes back the host's latest action wherever it was. */
    private final UndoHistory history;

    /** The panes' one undo history: what Edit › Undo and Redo follow. */
    UndoHistory history() {
        return history;
    }
    private final Episodes episodes;
    private final Corrections corrections;
    private final TranscriptViewModel transcriptModel;
    private final EntriesViewModel entriesModel;
    private final boolean readOnly;
    private final java.util.concurrent.Executor fx;
    /** Built when first placed in the window, after the first episode's read has been queued (see showEpisode). */
    private TranscriptView transcript;
    private EntriesView entries;
    private final Consumer<String> openLink;
    /** Filled once the first transcript is on screen: the WebView is the slowest part of the window to build. */
    private final StackPane previewSlot = new StackPane();
    private PreviewView preview;
    /** The transcript, with the player above it once the episode's media is looked for (see startPlayer). */
    private final BorderPane transcriptColumn = new BorderPane();
    private PlayerPane player;
    private final StatusModel status;
    /** The first transcript arrived before the views were built: the preview follows them. */
    private boolean previewWanted;
    private OpenEpisode episode;
    private long caretCue;

    ShowPanes(OpenShow show, TaskExecutor executor, StatusModel status, Consumer<Throwable> errors,
              Consumer<String> openLink) {
        this(show, executor, OnFxThread.INSTANCE, status, errors, openLink);
    }

    /** @param fx where the panes take the episode's changes (the FX thread; the calling thread in view-model tests) */
    ShowPanes(OpenShow show, TaskExecutor executor, java.util.concurrent.Executor fx, StatusModel status,
              Consumer<Throwable> errors, Consumer<String> openLink) {
        this.show = show;
        this.executor = executor;
        this.fx = fx;
        this.errors = errors;
        this.openLink = openLink;
        this.status = status;
        this.history = new UndoHistory(fx);
        this.episodes = new Episodes(show);
        this.corrections = new Corrections(show);
        readOnly = show.isReadOnly();
        transcriptModel = new TranscriptViewModel(corrections, executor, fx, status, errors, history);
        entriesModel = new EntriesViewModel(new Rundown(show), executor, fx, history, readOnly);
        previewSlot.getStyleClass().add("pane");
        javafx.scene.control.Label preparing = new javafx.scene.control.Label("Preparing the preview…");
        preparing.getStyleClass().add("pane-subtitle");
        previewSlot.getChildren().add(preparing); // replaced by the preview once the first transcript is shown

        entriesModel.addEntrySelectedListener(this::revealEntry);
        entriesModel.editor().setOnConfirmStarts(() -> player().model().confirmStarts());
        transcriptModel.snapshotProperty().addListener((obs, old, now) -> {
            if (old == null && now != null && preview == null) createPreviewOnceShown();
        });
    }

    /**
     * Builds the preview after the pulse that lays out the first transcript: queued at once, the WebView (a
     * second or more to build on a slow machine) would run before that pulse and hold the transcript back.
     */
    private void createPreviewOnceShown() {
        loadChineseWords();
        if (transcript == null) {
            previewWanted = true; // the views are built next (see buildViews); without a window, there is no preview
            return;
        }
        Scene scene = transcript.view().getScene();
        if (scene == null) {
            Platform.runLater(this::createPreview); // placed, not yet shown
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(this::createPreview);
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    /**
     * HanLP's dictionaries take a core for a second or more; loaded while the window starts they slow the first
     * screen on a two-core laptop. They load once the transcript is shown, and it is scanned again with word
     * boundaries (the first scan used character boundaries).
     */
    private void loadChineseWords() {
        if (!EpisodeCheck.chineseWordsReady()) {
            EpisodeCheck.whenChineseWordsReady(() -> Platform.runLater(transcriptModel::reload));
        }
    }

    private void createPreview() {
        if (preview != null) return;
        preview = new PreviewView(new PreviewViewModel(new Publishing(show), executor, OnFxThread.INSTANCE,
                new FxCoalescer(PreviewView.QUIET)), openLink);
        previewSlot.getChildren().setAll(preview.view());
        if (episode != null) preview.show(episode);
        Platform.runLater(this::startPlayer); // after the preview: the first screen is complete before media loads
    }

    /** The player, made when first needed: after the first transcript is on screen, or for a media action. */
    PlayerPane player() {
        buildViews();
        if (player == null) {
            player = new PlayerPane(new EpisodeMedia(show), executor, status, errors, history, readOnly,
                    transcriptColumn, transcript, transcriptModel, () -> entriesModel.selectedEntryProperty().get(),
                    new PlayerKeysFile(UserDirs.current().config().resolve(PlayerKeysFile.NAME)));
            if (episode != null) player.show(episode);
        }
        return player;
    }

    /** Reads the player's keys and looks for the episode's media; nothing is loaded when it has none. */
    private void startPlayer() {
        player().start();
    }

    /** The show is closing or another replaces it: playing stops. */
    void close() {
        if (player != null) player.close();
    }

    List<Node> nodes() {
        buildViews();
        return List.of(transcriptColumn, entries.view(), previewSlot);
    }

    /**
     * The panes' controls are the costliest part of opening a show on the FX thread; building them after
     * {@link #showEpisode} lets the background read and scan the first transcript meanwhile.
     */
    private void buildViews() {
        if (transcript != null) return;
        transcript = new TranscriptView(transcriptModel, readOnly);
        transcriptColumn.setCenter(transcript.view());
        entries = new EntriesView(entriesModel);
        transcript.setOnCaretMoved(this::caretMoved);
        if (previewWanted) Platform.runLater(this::createPreviewOnceShown);
    }

    TranscriptView transcript() {
        buildViews();
        return transcript;
    }

    TranscriptViewModel transcriptModel() {
        return transcriptModel;
    }

    EntriesViewModel entriesModel() {
        return entriesModel;
    }

    EntriesView entries() {
        buildViews();
        return entries;
    }

    /** The preview, or null while the window is still bringing up the first transcript. */
    PreviewView preview() {
        return preview;
    }

    /** The episode open in the panes, or null while it is being read. */
    OpenEpisode episode() {
        return episode;
    }

    /** Shows another episode: it is read and scanned once, in the background, then handed to every pane. */
    void showEpisode(long id) {
        if (transcript != null) transcript.saveTyping();
        caretCue = 0;
        history.clear();
        executor.execute(BackgroundTask.of("Opening episode…", () -> episodes.open(id)).onSuccess(opened -> {
            episode = opened;
            transcriptModel.show(opened);
            entriesModel.show(opened);
            if (preview != null) preview.show(opened);
            if (player != null) player.show(opened);
        }).onFailure(errors));
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

    /** "Ready to publish?" for the open episode, worked out in the background. */
    void checkReady(Window owner) {
        if (episode == null) return;
        Publishing publishing = new Publishing(show);
        ReadyDialog dialog = new ReadyDialog(owner, entriesModel::selectById, d -> check(publishing, d));
        check(publishing, dialog);
    }

    private void check(Publishing publishing, ReadyDialog dialog) {
        OpenEpisode ep = episode;
        executor.execute(BackgroundTask.of("Checking what is left before publishing…", () -> publishing.ready(ep.state()))
                .onSuccess(dialog::show).onFailure(errors));
    }

    /** Imports the host's list of sources for the open episode: names join the glossary, links go on entries. */
    void importSources(java.nio.file.Path file, StatusModel status) {
        if (episode == null) return;
        OpenEpisode ep = episode;
        executor.execute(BackgroundTask.of("Importing sources…", () -> new EpisodeSources(show).importFile(ep, file))
                .asSave().onSuccess(o -> {
                    // One step of the window's history: Ctrl+Z puts the entries, links and glossary back.
                    if (o.undo() != Undoable.NOTHING && ep == episode) history.done(new ActionStep(o.undo(), executor, errors));
                    status.say(o.counted() + " from " + file.getFileName() + ": "
                            + o.termsAdded().size() + " new glossary name(s), " + o.placements().size() + " linked"
                            + (o.unmatched().isEmpty() ? "" : ", " + o.unmatched().size() + " on no entry yet"));
                })
                .onFailure(errors));
    }

    void openGlossary(Window owner) {
        GlossaryEditor editor = new GlossaryEditor(new Glossaries(show), executor, readOnly);
        editor.model().addGlossaryChangedListener(transcriptModel::glossaryChanged);
        // A deleted term is one step of the window's history; taking it back rescans and refreshes the glossary.
        editor.model().setOnUndoable(u -> history.done(new ActionStep(afterGlossaryStep(u, editor), executor, errors)));
        editor.open(owner);
    }

    private Undoable afterGlossaryStep(Undoable step, GlossaryEditor editor) {
        if (step == Undoable.NOTHING) return step;
        return () -> {
            Undoable again = step.undo();
            fx.execute(() -> {
                transcriptModel.glossaryChanged();
                editor.model().load();
            });
            return afterGlossaryStep(again, editor);
        };
    }

    void openTemplates(Window owner) {
        TemplateEditor editor = new TemplateEditor(new Templates(show), readOnly, executor);
        editor.setOnTemplatesChanged(() -> {
            if (preview != null) preview.reload();
        });
        editor.open(owner, episode == null ? null : episode.state());
    }
}
