package org.showdesk.ui.transcript;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.fxmisc.richtext.model.StyleSpans;
import org.showdesk.app.BackgroundTask;
import org.showdesk.app.Corrections;
import org.showdesk.app.OpenEpisode;
import org.showdesk.app.TaskExecutor;
import org.showdesk.app.TextChange;
import org.showdesk.app.Undoable;
import org.showdesk.model.Finding;
import org.showdesk.model.Transcript;
import org.showdesk.ui.common.ActionStep;
import org.showdesk.ui.common.OnFxThread;
import org.showdesk.ui.common.StatusModel;
import org.showdesk.ui.common.UndoHistory;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The transcript of the open episode: its text, what is marked on it, and every change the host makes to it.
 * It observes the {@link OpenEpisode} (shared with the other panes) and changes it only through the
 * {@link Corrections} use case, on the one background executor; each change comes back as a {@link Snapshot}
 * with the styles already worked out, so the JavaFX thread only puts them on screen.
 */
public final class TranscriptViewModel {
    /**
     * The text as saved, its marks, where the editor breaks it into paragraphs, and the styles (in the
     * editor's offsets, breaks included). {@code replacesText}: the editor must show this text (it did not
     * come from the host's own typing).
     */
    public record Snapshot(long episodeId, Transcript transcript, TranscriptMarks marks, Paragraphs paragraphs,
                           StyleSpans<Collection<String>> styles, boolean replacesText) {
        public String text() {
            return transcript.text();
        }

        /** The id of the cue holding {@code offset}, or 0 for an empty transcript. */
        public long cueIdAt(int offset) {
            if (transcript.size() == 0) return 0;
            return transcript.cues().get(transcript.cueIndexAt(Math.max(0, Math.min(offset, transcript.length())))).id();
        }

        static Snapshot of(OpenEpisode.State s, boolean replacesText, boolean withStyle) {
            Transcript t = s.transcript();
            List<Finding> shown = withStyle ? s.findings() : s.findings().stream().filter(f -> !f.isStyle()).toList();
            TranscriptMarks marks = TranscriptMarks.locate(t, s.corrections(), s.entries(), shown);
            Paragraphs paragraphs = Paragraphs.choose(t, s.entries());
            return new Snapshot(s.episodeId(), t, marks, paragraphs, TranscriptStyler.styles(t.length(), marks, paragraphs),
                    replacesText);
        }
    }

    private final Corrections corrections;
    private final TaskExecutor executor;
    private final Executor fx;
    private final StatusModel status;
    private final Consumer<Throwable> errors;
    private final UndoHistory history;
    private final ReadOnlyObjectWrapper<Snapshot> snapshot = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper changing = new ReadOnlyBooleanWrapper(false);
    /** Style findings (Chinese typography, a name's hyphens) are many in an ASR transcript: shown on request. */
    private final javafx.beans.property.BooleanProperty showStyle = new javafx.beans.property.SimpleBooleanProperty(false);
    private final javafx.beans.property.ReadOnlyIntegerWrapper styleCount = new javafx.beans.property.ReadOnlyIntegerWrapper(0);
    /** Read on the background thread when a change arrives there. */
    private volatile boolean withStyle;
    private final Consumer<OpenEpisode.Change> listener = this::changed;
    private OpenEpisode episode;
    /** The text the file will hold once every queued change is written: what the next hand edit is measured against. */
    private String base = "";

    /**
     * @param fx      where snapshots are published ({@link OnFxThread#INSTANCE} in the window)
     * @param history the window's undo history, shared with the other panes so Ctrl+Z follows the host's order
     */
    public TranscriptViewModel(Corrections corrections, TaskExecutor executor, Executor fx, StatusModel status,
                               Consumer<Throwable> errors, UndoHistory history) {
        this.corrections = corrections;
        this.executor = executor;
        this.fx = fx;
        this.status = status;
        this.errors = errors;
        this.history = history;
        showStyle.addListener((o, was, now) -> {
            withStyle = now;
            OpenEpisode ep = episode;
            if (ep != null) executor.execute(BackgroundTask.of("Marking…", () -> Snapshot.of(ep.state(), false, now))
                    .onSuccess(this::publish).onFailure(errors));
        });
    }

    /** Whether style findings are marked (and counted, and reached by F8 and the review) — off at first. */
    public javafx.beans.property.BooleanProperty showStyleProperty() {
        return showStyle;
    }

    /** How many style findings the episode has, shown or not. */
    public javafx.beans.property.ReadOnlyIntegerProperty styleCountProperty() {
        return styleCount.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Snapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public Snapshot snapshot() {
        return snapshot.get();
    }

    /** True while a change the host asked for (accept, undo…) is being written; the editor waits for it. */
    public ReadOnlyBooleanProperty changingProperty() {
        return changing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return history.canUndoProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return history.canRedoProperty();
    }

    public long episodeId() {
        return episode == null ? 0 : episode.id();
    }

    public List<Finding> findings() {
        return snapshot.get() == null ? List.of() : snapshot.get().marks().findings();
    }

    /** Shows another open episode (or nothing); its snapshot is worked out in the background. */
    public void show(OpenEpisode next) {
        if (episode != null) episode.removeListener(listener);
        episode = next;
        if (next == null) {
            snapshot.set(null);
            return;
        }
        next.addListener(listener);
        boolean style = withStyle;
        executor.execute(BackgroundTask.of("Opening episode…", () -> Snapshot.of(next.state(), true, style))
                .onSuccess(this::publish).onFailure(errors));
    }

    /** A change of the open episode, made on the background thread: its marks are styled there. */
    private void changed(OpenEpisode.Change c) {
        boolean shown = c.touches(OpenEpisode.Aspect.TEXT) || c.touches(OpenEpisode.Aspect.FINDINGS)
                || c.touches(OpenEpisode.Aspect.ENTRIES) || c.touches(OpenEpisode.Aspect.CORRECTIONS);
        if (!shown) return;
        Snapshot s = Snapshot.of(c.state(), c.cause() != OpenEpisode.Cause.TYPED, withStyle);
        fx.execute(() -> publish(s));
    }

    private void publish(Snapshot s) {
        if (episode == null || s.episodeId() != episode.id()) return; // an episode left meanwhile
        if (s.replacesText()) base = s.text();
        styleCount.set((int) episode.state().findings().stream().filter(Finding::isStyle).count());
        snapshot.set(s);
    }

    /** Scans the episode again (after the glossary changed elsewhere, or word boundaries became available). */
    public void reload() {
        OpenEpisode ep = episode;
        if (ep != null) run("Scanning…", () -> {
            corrections.rescan(ep);
            return null;
        }, false, null);
    }

    /** The glossary or rules changed (glossary editor): scan again; the engine re-indexes itself. */
    public void glossaryChanged() {
        reload();
    }

    /** The host typed: records the difference from the saved text as one hand edit. */
    public void textEdited(String newText) {
        TextDiff d = TextDiff.between(base, newText);
        if (d.isEmpty() || episode == null) return;
        base = newText;
        OpenEpisode ep = episode;
        TextChange change = new TextChange(d.start(), d.end(), d.replacement());
        executor.execute(BackgroundTask.of("Saving…", () -> corrections.editText(ep, change)).asSave()
                .onSuccess(u -> record(ep, u)).onFailure(this::failedShowingTruth));
    }

    /** Replaces a finding with {@code replacement} and teaches the glossary the misheard form. */
    public void accept(Finding f, String replacement) {
        OpenEpisode ep = episode;
        act(() -> corrections.accept(ep, f, replacement), "Applied " + f.found() + " → " + replacement);
    }

    /** Accepts every open finding of the same term with its best suggestion, in one step. */
    public void acceptAllOfTerm(Finding f) {
        OpenEpisode ep = episode;
        int count = Corrections.ofTerm(findings(), f.term()).size();
        act(() -> corrections.acceptTerm(ep, f.term()), "Applied " + count + " × " + f.term());
    }

    /** Applies exactly these findings with their best suggestions, as one undoable step. */
    public void acceptAll(List<Finding> chosen) {
        OpenEpisode ep = episode;
        act(() -> corrections.acceptAll(ep, chosen), "Applied " + chosen.size() + " corrections");
    }

    /** Applies hand-made changes (find and replace) as one undoable step. */
    public void replace(List<TextChange> changes, String what) {
        OpenEpisode ep = episode;
        act(() -> corrections.replace(ep, changes), what);
    }

    /** Not a mistake here: not raised again in this episode. */
    public void reject(Finding f) {
        reject(List.of(f));
    }

    /** Rejects these findings in this episode, in one step. */
    public void reject(List<Finding> chosen) {
        OpenEpisode ep = episode;
        if (ep == null) return;
        // The message comes from the rejection: it also names the same words elsewhere that went with it.
        executor.execute(BackgroundTask.of("Saving…", () -> corrections.reject(ep, chosen, false)).asSave()
                .onSuccess(r -> {
                    record(ep, r.undo());
                    status.say(r.summary() + " in this episode");
                }).onFailure(errors));
    }

    /** "This is correct": the text is never flagged again anywhere in the show (until undone). */
    public void markCorrect(Finding f) {
        OpenEpisode ep = episode;
        decide(() -> corrections.markCorrect(ep, f), f.found() + " is correct for the whole show");
    }

    /** Remembers the text found as a misrecognition of the finding's glossary term (undoable). */
    public void addHeardForm(Finding f) {
        OpenEpisode ep = episode;
        decide(() -> corrections.learnHeardForm(ep, f), "Added " + f.found() + " as a misrecognition of " + f.suggestion());
    }

    /** An action on findings that leaves the text alone, recorded as one step of the window's history. */
    private void decide(Callable<Undoable> action, String done) {
        OpenEpisode ep = episode;
        if (ep == null) return;
        executor.execute(BackgroundTask.of("Saving…", action).asSave().onSuccess(u -> {
            record(ep, u);
            status.say(done);
        }).onFailure(errors));
    }

    /**
     * Takes back the host's most recent action in the window, whichever pane it was in. It waits for the saves
     * already queued, so typing just handed over is recorded, and undone, before anything older.
     */
    public void undo() {
        executor.execute(BackgroundTask.of("Undoing…", () -> null).onSuccess(x -> {
            // Said before the step runs: the note of the action being taken back must not stay on the status bar.
            status.say(history.canUndoProperty().get() ? "Undone (Ctrl+Shift+Z does it again)" : "Nothing to undo");
            history.undo();
        }).onFailure(errors));
    }

    /** Does the most recently undone action again (after the saves already queued). */
    public void redo() {
        executor.execute(BackgroundTask.of("Redoing…", () -> null).onSuccess(x -> {
            status.say(history.canRedoProperty().get() ? "Done again (Ctrl+Z takes it back)" : "Nothing to redo");
            history.redo();
        }).onFailure(errors));
    }

    private void act(Callable<Undoable> action, String done) {
        if (episode == null) return;
        OpenEpisode ep = episode;
        changing.set(true);
        executor.execute(BackgroundTask.of("Applying…", action).asSave().onSuccess(u -> {
            changing.set(false);
            record(ep, u);
            status.say(done);
        }).onFailure(e -> {
            changing.set(false);
            failedShowingTruth(e);
        }));
    }

    private void run(String label, Callable<Void> work, boolean save, String done) {
        if (episode == null) return;
        BackgroundTask<Void> task = BackgroundTask.of(label, work).onSuccess(x -> {
            if (done != null) status.say(done);
        }).onFailure(errors);
        executor.execute(save ? task.asSave() : task);
    }

    private void record(OpenEpisode ep, Undoable u) {
        if (u != Undoable.NOTHING && ep == episode) history.done(new ActionStep(u, executor, errors));
    }

    /** A change failed: the host must see the text as it really is in the file now, then the reason. */
    private void failedShowingTruth(Throwable e) {
        if (episode != null) publish(Snapshot.of(episode.state(), true, withStyle));
        errors.accept(e);
    }
}
