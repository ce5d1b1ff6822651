package org.showdesk.ui.player;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.showdesk.app.BackgroundTask;
import org.showdesk.app.EpisodeMedia;
import org.showdesk.app.OpenEpisode;
import org.showdesk.app.TaskExecutor;
import org.showdesk.model.Cue;
import org.showdesk.model.Entry;
import org.showdesk.model.Transcript;
import org.showdesk.ui.common.OnFxThread;
import org.showdesk.ui.common.StatusModel;
import org.showdesk.ui.common.UndoHistory;
import org.showdesk.ui.transcript.TranscriptView;
import org.showdesk.ui.transcript.TranscriptViewModel;

import java.io.File;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The player and its links to the rest of the window: its keys, which work wherever the host types; the sentence
 * under the playhead, marked in the transcript; Ctrl+click on a sentence, which plays from its start; and the
 * Episode menu's media actions.
 */
public final class PlayerPane {
    private final PlayerViewModel model;
    private final PlayerView view;
    private final TaskExecutor executor;
    private final StatusModel status;
    private final PlayerKeysFile keysFile;
    private final Supplier<Entry> selected;
    private final TranscriptView transcript;
    private final TranscriptViewModel transcriptModel;
    private PlayerKeys keys = PlayerKeys.defaults();
    private boolean keysRead;
    private int markedCue = -1;
    private Scene keyScene;
    private final EventHandler<KeyEvent> keyFilter = e -> key(e, false);
    private final EventHandler<KeyEvent> keyHandler = e -> key(e, true);

    /**
     * @param selected the entry selected in the rundown ("set start" sets its start)
     * @param keysFile where the host's player keys are kept
     */
    public PlayerPane(EpisodeMedia media, TaskExecutor executor, StatusModel status, Consumer<Throwable> errors,
                      UndoHistory history, boolean readOnly, BorderPane column, TranscriptView transcript,
                      TranscriptViewModel transcriptModel, Supplier<Entry> selected, PlayerKeysFile keysFile) {
        this(new PlayerViewModel(media, executor, OnFxThread.INSTANCE, file -> MediaPlayback.open(file), status, errors,
                history, readOnly), executor, status, column, transcript, transcriptModel, selected, keysFile);
    }

    PlayerPane(PlayerViewModel model, TaskExecutor executor, StatusModel status, BorderPane column,
               TranscriptView transcript, TranscriptViewModel transcriptModel, Supplier<Entry> selected,
               PlayerKeysFile keysFile) {
        this.model = model;
        this.executor = executor;
        this.status = status;
        this.keysFile = keysFile;
        this.selected = selected;
        this.transcript = transcript;
        this.transcriptModel = transcriptModel;
        view = new PlayerView(model, column, this::chooseAndAttach, selected);
        view.showKeys(keys);
        transcript.setOnShortcutClick(this::playFrom);
        model.positionProperty().addListener((o, was, now) -> markSentence());
        model.stageProperty().addListener((o, was, now) -> {
            markSentence();
            listenToKeys(now == PlayerViewModel.Stage.READY);
        });
        transcriptModel.snapshotProperty().addListener((o, was, now) -> {
            markedCue = -2; // the text changed: mark again
            markSentence();
        });
    }

    /** The player's bar (above the transcript). */
    Node bar() {
        return view.bar();
    }

    public PlayerViewModel model() {
        return model;
    }

    public void show(OpenEpisode episode) {
        model.show(episode);
    }

    /** The first transcript is on screen: the player's keys are read and the episode's media looked for. */
    public void start() {
        if (!keysRead) {
            keysRead = true;
            executor.execute(BackgroundTask.of("Reading the player's keys…", keysFile::load).onSuccess(loaded -> {
                useKeys(loaded.keys());
                if (!loaded.problems().isEmpty()) {
                    status.say("Player keys: " + String.join("; ", loaded.problems()) + " (" + keysFile.file() + ")");
                }
            }));
        }
        model.start();
    }

    public void close() {
        listenToKeys(false);
        model.close();
    }

    public PlayerKeys keys() {
        return keys;
    }

    private void useKeys(PlayerKeys k) {
        keys = k;
        view.showKeys(k);
    }

    /** Episode › Attach media…: the host picks the episode's audio or video. */
    public void chooseAndAttach() {
        Window owner = view.view().getScene() == null ? null : view.view().getScene().getWindow();
        if (!model.hasEpisode() || model.refusedReadOnly()) return;
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Attach the episode's audio or video");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Audio and video", "*.mp3", "*.m4a", "*.aac", "*.wav", "*.mp4", "*.m4v"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File f = chooser.showOpenDialog(owner);
        if (f != null) model.attach(f.toPath());
    }

    /** Episode › Player keys…: change them; they are saved for this user, in every show. */
    public void editKeys(Window owner) {
        PlayerKeysDialog.edit(owner, keys).ifPresent(changed -> {
            useKeys(changed);
            executor.execute(BackgroundTask.run("Saving the player's keys…", () -> {
                try {
                    keysFile.save(changed);
                } catch (java.io.IOException e) {
                    throw new org.showdesk.model.ShowdeskException("The player's keys could not be saved to "
                            + keysFile.file() + " (" + e.getMessage() + "); they apply until Showdesk closes.");
                }
            }).onSuccess(x -> status.say("Player keys saved.")));
        });
    }

    // ---- keys ----

    /**
     * A window-wide filter: the keys act wherever the host types (transcript, entry fields). Esc alone is taken
     * only when nothing else used it (closing the find bar, a menu), so it is looked at after the others.
     */
    private void listenToKeys(boolean on) {
        Scene scene = on ? view.view().getScene() : null;
        if (scene == keyScene) return;
        if (keyScene != null) {
            keyScene.removeEventFilter(KeyEvent.KEY_PRESSED, keyFilter);
            keyScene.removeEventHandler(KeyEvent.KEY_PRESSED, keyHandler);
        }
        keyScene = scene;
        if (scene != null) {
            scene.addEventFilter(KeyEvent.KEY_PRESSED, keyFilter);
            scene.addEventHandler(KeyEvent.KEY_PRESSED, keyHandler);
        }
    }

    private void key(KeyEvent e, boolean afterOthers) {
        if (e.isConsumed() || (e.getCode() == KeyCode.ESCAPE) != afterOthers) return;
        PlayerAction action = keys.actionFor(e);
        if (action != null && perform(action)) e.consume();
    }

    /** Does what the key stands for; false when there is nothing to do it to (the key is then left alone). */
    boolean perform(PlayerAction action) {
        return switch (action) {
            case PLAY_PAUSE -> model.playPause();
            case BACK -> model.skip(-PlayerViewModel.SKIP_MS);
            case FORWARD -> model.skip(PlayerViewModel.SKIP_MS);
            case SLOWER -> model.changeRate(-1);
            case FASTER -> model.changeRate(1);
            case SET_START -> {
                if (model.stageProperty().get() != PlayerViewModel.Stage.READY) yield false;
                model.setStartOf(selected.get());
                yield true;
            }
        };
    }

    // ---- the transcript ----

    /** Ctrl+click on a sentence: play from its start. */
    private void playFrom(int offset) {
        TranscriptViewModel.Snapshot s = transcriptModel.snapshot();
        if (s == null || s.transcript().size() == 0) return;
        Transcript t = s.transcript();
        Cue cue = t.cues().get(t.cueIndexAt(Math.max(0, Math.min(offset, t.length()))));
        PlayerViewModel.Stage stage = model.stageProperty().get();
        if (stage == PlayerViewModel.Stage.LOCATING || stage == PlayerViewModel.Stage.LOADING) {
            status.say("The media is still opening; Ctrl+click again in a moment.");
        } else if (stage == PlayerViewModel.Stage.FAILED || stage == PlayerViewModel.Stage.MISSING) {
            status.say("The episode's media cannot be played now: the message above the transcript says why.");
        } else if (stage != PlayerViewModel.Stage.READY) {
            status.say("Attach the episode's media (Episode › Attach media…) to play from a sentence.");
        } else if (cue.startMs() == null) {
            status.say("This sentence has no time yet: Episode › Estimate times gives every sentence one from the media.");
        } else {
            model.seek(cue.startMs());
        }
    }

    /** Marks the sentence under the playhead; only a change of sentence touches the transcript. */
    private void markSentence() {
        TranscriptViewModel.Snapshot s = transcriptModel.snapshot();
        boolean ready = model.stageProperty().get() == PlayerViewModel.Stage.READY;
        int cue = s == null || !ready ? -1 : PlayheadSentence.indexAt(s.transcript(), model.positionProperty().get());
        if (cue == markedCue) return;
        markedCue = cue;
        if (cue < 0) {
            transcript.markPlaying(0, 0);
            return;
        }
        Transcript t = s.transcript();
        int start = t.startOf(cue);
        transcript.markPlaying(start, start + t.cues().get(cue).displayText().length());
    }

    /** The index of the sentence marked as playing, or -1 (for tests). */
    int markedSentence() {
        return markedCue;
    }
}
