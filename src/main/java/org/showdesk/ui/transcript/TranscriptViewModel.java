package org.showdesk.ui.transcript;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.fxmisc.richtext.model.StyleSpans;
import org.showdesk.app.EpisodeCheck;
import org.showdesk.app.OpenShow;
import org.showdesk.model.Correction;
import org.showdesk.model.EpisodeContent;
import org.showdesk.model.Finding;
import org.showdesk.model.ShowdeskException;
import org.showdesk.model.Transcript;
import org.showdesk.store.TextEdits;
import org.showdesk.ui.common.StatusModel;
import org.showdesk.ui.common.TaskRunner;
import org.showdesk.ui.common.UndoHistory;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The transcript of the selected episode: its text, what is marked on it, and every change the host
 * makes to it. All reads and writes go through the injected runner (off the JavaFX thread in the
 * window, on the calling thread in tests); each ends in a fresh {@link Snapshot} read back from the
 * store, so what the host sees is what is saved.
 */
public final class TranscriptViewModel {
    /**
     * The text as saved, its marks, where the editor breaks it into paragraphs, and the styles (in the
     * editor's offsets, breaks included). {@code replacesText}: the editor must show this text.
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
    }

    private final OpenShow show;
    private final TaskRunner runner;
    private final EpisodeCheck check;
    private final StatusModel status;
    private final Consumer<Throwable> errors;
    private final UndoHistory history;
    private final ReadOnlyObjectWrapper<Snapshot> snapshot = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper changing = new ReadOnlyBooleanWrapper(false);
    /** Written on the FX thread, read where a saved step is recorded: a step of an episode left is dropped. */
    private volatile long episodeId;
    /** The text the store will hold once every queued change is written: what the next hand edit is measured against. */
    private String base = "";

    public TranscriptViewModel(OpenShow show, TaskRunner runner, StatusModel status, Consumer<Throwable> errors) {
        this(show, new EpisodeCheck(show), runner, status, errors);
    }

    /** @param check the show's correction workflow, when one with its engine already indexed is at hand */
    public TranscriptViewModel(OpenShow show, EpisodeCheck check, TaskRunner runner, StatusModel status,
                               Consumer<Throwable> errors) {
        this(show, check, runner, status, errors, UndoHistory.onCallingThread());
    }

    /** @param history the window's undo history, shared with the other panes so Ctrl+Z follows the host's order */
    public TranscriptViewModel(OpenShow show, EpisodeCheck check, TaskRunner runner, StatusModel status,
                               Consumer<Throwable> errors, UndoHistory history) {
        this.history = history;
        this.show = show;
        this.runner = runner;
        this.check = check;
        this.status = status;
        this.errors = errors;
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
        return episodeId;
    }

    public List<Finding> findings() {
        return snapshot.get() == null ? List.of() : snapshot.get().marks().findings();
    }

    public void load(long newEpisodeId) {
        episodeId = newEpisodeId;
        history.clear();
        refresh("Opening episode…", () -> null, true);
    }

    /** Reads the episode again (after its entries or the glossary changed elsewhere) and rescans it. */
    public void reload() {
        if (episodeId != 0) refresh("Scanning…", () -> null, false);
    }

    /** The glossary or rules changed elsewhere (glossary editor): scan again; the engine re-indexes itself. */
    public void glossaryChanged() {
        reload();
    }

    /** The host typed: records the difference from the saved text as one hand edit. */
    public void textEdited(String newText) {
        TextDiff d = TextDiff.between(base, newText);
        if (d.isEmpty()) return;
        base = newText;
        long episode = episodeId;
        TextEdits.Change change = new TextEdits.Change(d.start(), d.end(), d.replacement(), TextEdits.MANUAL, "", 1.0);
        refresh("Saving…", () -> {
            record(episode, show.edits().apply(episode, List.of(change), false));
            return null;
        }, false);
    }

    /** Replaces a finding with {@code replacement} and teaches the glossary the misheard form. */
    public void accept(Finding f, String replacement) {
        applyFindings(List.of(f), x -> replacement, "Applied " + f.found() + " → " + replacement);
    }

    /** Accepts every open finding of the same term with its best suggestion, in one step. */
    public void acceptAllOfTerm(Finding f) {
        List<Finding> same = findings().stream().filter(o -> o.term().equals(f.term())).toList();
        applyFindings(same, Finding::suggestion, "Applied " + same.size() + " × " + f.term());
    }

    /** Applies exactly these findings with their best suggestions, as one undoable step. */
    public void acceptAll(List<Finding> chosen) {
        applyFindings(chosen, Finding::suggestion, "Applied " + chosen.size() + " corrections");
    }

    /** Applies hand-made changes (find and replace) as one undoable step. */
    public void replace(List<TextEdits.Change> changes, String what) {
        apply(changes, changes.stream().map(c -> c.end() <= base.length() ? base.substring(c.start(), c.end()) : "")
                .toList(), what);
    }

    private void applyFindings(List<Finding> chosen, java.util.function.Function<Finding, String> replacement,
                               String done) {
        apply(chosen.stream().map(f -> EpisodeCheck.changeFor(f, replacement.apply(f))).toList(),
                chosen.stream().map(Finding::found).toList(), done);
    }

    /** @param expected the text the host saw under each change when asking for it */
    private void apply(List<TextEdits.Change> changes, List<String> expected, String done) {
        if (changes.isEmpty()) return;
        long episode = episodeId;
        changing.set(true);
        refresh("Applying…", () -> {
            checkStillThere(episode, changes, expected);
            record(episode, show.edits().apply(episode, changes, true));
            return null;
        }, true, done);
    }

    /** A change is only applied to the very text it was asked for on; typing since then may have moved it. */
    private void checkStillThere(long episode, List<TextEdits.Change> changes, List<String> expected) {
        String now = show.episodes().transcript(episode).text();
        for (int i = 0; i < changes.size(); i++) {
            TextEdits.Change c = changes.get(i);
            if (c.end() > now.length() || !now.substring(c.start(), c.end()).equals(expected.get(i))) {
                throw new ShowdeskException("The text changed under \"" + expected.get(i) + "\" since it was found, "
                        + "so nothing was applied. The transcript has been scanned again: try once more.");
            }
        }
    }

    /**
     * The change a finding asks for. Number and host-rule findings carry a rule id, not a glossary term,
     * as their term: it is left out so accepting them never adds a bogus "term" to the glossary.
     */
    public void reject(Finding f) {
        long episode = episodeId;
        refresh("Saving…", () -> {
            check.reject(episode, f);
            return null;
        }, false, "Rejected " + f.found() + " in this episode");
    }

    /** "This is correct": the text is never flagged again anywhere in the show. */
    public void markCorrect(Finding f) {
        refresh("Saving…", () -> {
            check.markCorrect(f);
            return null;
        }, false, f.found() + " is correct for the whole show");
    }

    /** Remembers the text found as a misrecognition of the finding's glossary term. */
    public void addHeardForm(Finding f) {
        refresh("Saving…", () -> {
            check.learnHeardForm(f);
            return null;
        }, false, "Added " + f.found() + " as a misrecognition of " + f.suggestion());
    }

    /**
     * Takes back the host's most recent action in the window, whichever pane it was in. It waits for the saves
     * already queued, so typing just handed over is recorded, and undone, before anything older.
     */
    public void undo() {
        runner.run("Undoing…", () -> null, queued -> history.undo(), errors);
    }

    /** Does the most recently undone action again (after the saves already queued). */
    public void redo() {
        runner.run("Redoing…", () -> null, queued -> history.redo(), errors);
    }

    private void record(long episode, List<Correction> written) {
        if (!written.isEmpty() && episode == episodeId) history.done(new TextStep(this, written));
    }

    void undo(TextStep step, Consumer<Boolean> finished) {
        changing.set(true);
        refresh("Undoing…", () -> {
            step.undoIn(show.edits());
            return null;
        }, true, "Undone", finished);
    }

    void redo(TextStep step, Consumer<Boolean> finished) {
        long episode = episodeId;
        changing.set(true);
        refresh("Redoing…", () -> {
            step.redoIn(show.edits(), episode);
            return null;
        }, true, "Redone", finished);
    }

    private void refresh(String label, Callable<?> write, boolean replacesText) {
        refresh(label, write, replacesText, null);
    }

    private void refresh(String label, Callable<?> write, boolean replacesText, String done) {
        refresh(label, write, replacesText, done, worked -> { });
    }

    /** Runs {@code write}, then reads the episode back and scans it, all in one background step. */
    private void refresh(String label, Callable<?> write, boolean replacesText, String done,
                         Consumer<Boolean> finished) {
        long episode = episodeId;
        runner.run(label, () -> {
            Throwable failure = null;
            try {
                write.call();
            } catch (Exception e) {
                failure = e; // still read back: the host must see the text as it really is now
            }
            return new Result(read(episode, replacesText || failure != null), failure);
        }, result -> {
            changing.set(false);
            if (result.snapshot().episodeId() == episodeId) {
                if (result.snapshot().replacesText()) base = result.snapshot().text();
                snapshot.set(result.snapshot());
            }
            finished.accept(result.failure() == null);
            if (result.failure() != null) errors.accept(result.failure());
            else if (done != null) status.say(done);
        }, failure -> {
            changing.set(false);
            finished.accept(false);
            errors.accept(failure);
        });
    }

    private record Result(Snapshot snapshot, Throwable failure) {
    }

    private Snapshot read(long episode, boolean replacesText) {
        EpisodeContent content = show.episodes().content(episode);
        Transcript t = content.transcript();
        List<Finding> found = check.findings(episode, t.text());
        List<Correction> corrections = content.corrections();
        TranscriptMarks marks = TranscriptMarks.locate(t, corrections, content.entries(), found);
        Paragraphs paragraphs = Paragraphs.choose(t, content.entries());
        return new Snapshot(episode, t, marks, paragraphs, TranscriptStyler.styles(t.length(), marks, paragraphs),
                replacesText);
    }
}
