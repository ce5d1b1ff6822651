package org.showdesk.ui.entries;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.showdesk.app.BackgroundTask;
import org.showdesk.app.OpenEpisode;
import org.showdesk.app.Rundown;
import org.showdesk.app.TaskExecutor;
import org.showdesk.app.Undoable;
import org.showdesk.model.Cue;
import org.showdesk.model.Entry;
import org.showdesk.model.Transcript;
import org.showdesk.ui.common.ActionStep;
import org.showdesk.ui.common.HostMessages;
import org.showdesk.ui.common.OnFxThread;
import org.showdesk.ui.common.UndoHistory;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The rundown of the open episode and the editor of its selected entry. The list shows the
 * {@link OpenEpisode}'s entries (shared with the other panes); every change goes through the {@link Rundown}
 * use case on the one background executor. Typing in a field is shown at once and saved behind it, a burst of
 * keystrokes folded into one save; while the host's own edits are queued, the list keeps what was typed.
 */
public final class EntriesViewModel {
    private static final String READ_ONLY = "This show is open read-only, so entries cannot be changed. "
            + "Close the other Showdesk that has it open, then open the show again to edit.";

    private final Rundown rundown;
    private final TaskExecutor executor;
    private final Executor fx;
    private final boolean readOnly;
    private final ObservableList<Entry> entries = FXCollections.observableArrayList();
    private final ObservableList<Entry> readOnlyEntries = FXCollections.unmodifiableObservableList(entries);
    private final ReadOnlyIntegerWrapper selectedIndex = new ReadOnlyIntegerWrapper(this, "selectedIndex", -1);
    private final ReadOnlyObjectWrapper<Entry> selectedEntry = new ReadOnlyObjectWrapper<>(this, "selectedEntry");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving", false);
    /** False until an episode's entries have been read: an empty list then means "not read yet", not "none". */
    private final ReadOnlyBooleanWrapper read = new ReadOnlyBooleanWrapper(this, "read", false);
    private final EntryEditorModel editor = new EntryEditorModel(this::edited);
    private final List<Consumer<List<Entry>>> changeListeners = new ArrayList<>();
    private final List<Consumer<Entry>> selectionListeners = new ArrayList<>();
    private final UndoHistory history;
    private final Consumer<OpenEpisode.Change> listener = this::changed;
    /** The step the host is typing into now (one field of one entry), while nothing else has been done since. */
    private RundownStep typing;
    private OpenEpisode episode;
    private Transcript transcript = Transcript.empty();
    /** Counts the host's field edits handed to the executor, and the ones written: equal means none is queued. */
    private long editsSent;
    private long editsWritten;
    /** The glossary's names, read in the background when an episode is shown; read by the completion popups. */
    private volatile List<String> organizationNames = List.of();
    private volatile List<String> workNames = List.of();

    /**
     * @param fx      runs results on the FX thread ({@link OnFxThread#INSTANCE} in the window)
     * @param history the window's undo history, shared with the transcript so Ctrl+Z follows the host's order
     */
    public EntriesViewModel(Rundown rundown, TaskExecutor executor, Executor fx, UndoHistory history, boolean readOnly) {
        this.rundown = rundown;
        this.executor = executor;
        this.fx = fx;
        this.history = history;
        this.readOnly = readOnly;
        editor.setReadOnly(readOnly);
    }

    /** Shows the rundown of another open episode (or none). */
    public void show(OpenEpisode next) {
        if (episode != null) episode.removeListener(listener);
        episode = next;
        typing = null;
        editsSent = editsWritten = 0;
        saving.set(false);
        read.set(next != null);
        if (next == null) {
            transcript = Transcript.empty();
            entries.clear();
            select(-1);
            fireChanged();
            return;
        }
        next.addListener(listener);
        executor.execute(BackgroundTask.of("Reading the glossary…", () -> List.of(rundown.organizationNames(),
                rundown.workNames())).onSuccess(names -> {
            organizationNames = names.get(0);
            workNames = names.get(1);
        }).onFailure(e -> fail(e, "Reading the glossary")));
        OpenEpisode.State s = next.state();
        transcript = s.transcript();
        entries.setAll(s.entries());
        select(entries.isEmpty() ? -1 : 0);
        fireChanged();
    }

    /** A change of the open episode (on the background thread). */
    private void changed(OpenEpisode.Change c) {
        if (c.touches(OpenEpisode.Aspect.ENTRIES) || c.touches(OpenEpisode.Aspect.TEXT)) {
            fx.execute(() -> adopt(c.state()));
        }
    }

    /**
     * Takes the episode's rundown as it now is — unless the host's own edits are still queued: their results
     * arrive next, and the list already shows them as typed.
     */
    private void adopt(OpenEpisode.State s) {
        if (episode == null || s.episodeId() != episode.id()) return;
        transcript = s.transcript();
        if (editsSent != editsWritten) return;
        // Which fields the host typed matters to the app (what it may derive again), not to this list.
        if (sameIgnoringEdited(entries, s.entries())) return;
        Entry selected = selectedEntry.get();
        entries.setAll(s.entries());
        int keep = selected == null ? (entries.isEmpty() ? -1 : 0) : Math.max(indexOfId(entries, selected.id()), -1);
        if (keep < 0 && !entries.isEmpty()) keep = Math.min(Math.max(selectedIndex.get(), 0), entries.size() - 1);
        select(keep, true);
        fireChanged();
    }

    static boolean sameIgnoringEdited(List<Entry> a, List<Entry> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).withEdited(Set.of()).equals(b.get(i).withEdited(Set.of()))) return false;
        }
        return true;
    }

    public void select(int index) {
        select(index, false);
    }

    /** Selects the entry with this id (e.g. from the ready-to-publish list), telling the other panes. */
    public void selectById(long id) {
        int i = indexOfId(entries, id);
        if (i >= 0) select(i);
    }

    /** @param refresh show the entry's fields again even when the same entry stays selected (it changed elsewhere) */
    private void select(int index, boolean refresh) {
        int i = index >= 0 && index < entries.size() ? index : -1;
        Entry e = i < 0 ? null : entries.get(i);
        boolean changed = i != selectedIndex.get() || e != selectedEntry.get();
        selectedIndex.set(i);
        selectedEntry.set(e);
        if (changed || refresh) editor.show(e);
        if (changed) typing = null;
        if (changed) selectionListeners.forEach(l -> l.accept(e));
    }

    /**
     * Selects the entry whose span holds cue {@code cueId}, for a caret moving in the transcript. It does not
     * tell the entry-selected listeners, so the transcript is not scrolled back to the entry's start.
     */
    public void selectEntryAtCue(long cueId) {
        int cue = transcript.indexOfCue(cueId);
        if (cue < 0) return;
        for (int i = 0; i < entries.size(); i++) {
            int first = transcript.indexOfCue(entries.get(i).firstCueId());
            int last = transcript.indexOfCue(entries.get(i).lastCueId());
            if (first <= cue && cue <= last) {
                if (i != selectedIndex.get()) {
                    selectedIndex.set(i);
                    selectedEntry.set(entries.get(i));
                    editor.show(entries.get(i));
                    typing = null;
                }
                return;
            }
        }
    }

    public void moveUp() {
        int i = selectedIndex.get();
        if (i > 0) change(() -> rundown.move(episode, i, i - 1), i - 1, "Moving the entry");
    }

    public void moveDown() {
        int i = selectedIndex.get();
        if (i >= 0 && i < entries.size() - 1) change(() -> rundown.move(episode, i, i + 1), i + 1, "Moving the entry");
    }

    /** Moves an entry to another place in the rundown, e.g. after a drag. */
    public void move(int from, int to) {
        if (from != to && from >= 0 && to >= 0 && from < entries.size() && to < entries.size()) {
            change(() -> rundown.move(episode, from, to), to, "Moving the entry");
        }
    }

    public void deleteSelected() {
        int i = selectedIndex.get();
        if (i < 0) return;
        change(() -> rundown.delete(episode, i), Math.min(i, entries.size() - 2), "Deleting the entry");
    }

    public void mergeSelectedWithNext() {
        int i = selectedIndex.get();
        if (i < 0 || i >= entries.size() - 1) {
            message.set("Select an entry that has another one after it to merge them.");
            return;
        }
        change(() -> rundown.mergeWithNext(episode, i), i, "Merging entries");
    }

    /** The sentences a new entry could start at when the selected entry is split: all but its first. */
    public List<Cue> splitCandidates() {
        return episode == null ? List.of() : Rundown.splitCandidates(episode.state(), selectedIndex.get());
    }

    /** Splits the selected entry so that a new one, pre-filled from that sentence, starts at cue {@code cueId}. */
    public void splitSelectedAt(long cueId) {
        int i = selectedIndex.get();
        if (i < 0) {
            message.set("Select the entry to split first.");
            return;
        }
        change(() -> rundown.split(episode, i, cueId), i + 1, "Splitting the entry");
    }

    /** Replaces the rundown with a suggestion for the whole transcript. */
    public void suggestEntries() {
        if (episode == null) return;
        change(() -> rundown.suggest(episode, true), 0, "Suggesting entries", () -> message.set(entries.isEmpty()
                ? "The transcript is empty: there is nothing to suggest entries from."
                : "Suggested " + entries.size() + " entries. Check each one; split or merge where the cut is off."));
    }

    /** True when the show is open read-only (another Showdesk has it): the rundown can be read, not changed. */
    public boolean isReadOnly() {
        return readOnly;
    }

    private void change(Callable<Undoable> action, int selectAfter, String what) {
        change(action, selectAfter, what, () -> { });
    }

    /** Runs a rundown action in the background; the list follows the episode, then {@code selectAfter} is selected. */
    private void change(Callable<Undoable> action, int selectAfter, String what, Runnable then) {
        if (episode == null) return;
        if (readOnly) {
            message.set(READ_ONLY);
            return;
        }
        message.set("");
        OpenEpisode ep = episode;
        executor.execute(BackgroundTask.of(what + "…", action).asSave().onSuccess(u -> {
            if (ep != episode) return;
            adopt(ep.state());
            select(selectAfter, true);
            if (u != Undoable.NOTHING) history.done(new ActionStep(u, executor, e -> fail(e, what)));
            then.run();
        }).onFailure(e -> fail(e, what)));
    }

    /**
     * Puts a rundown seen earlier back: the hook for the undo and redo of typed fields (one step per burst of
     * typing in one field), so it is not itself an action to undo.
     */
    void restoreRundown(List<Entry> earlier, List<Entry> later, int selectAt, Consumer<Boolean> finished) {
        if (episode == null) {
            finished.accept(false);
            return;
        }
        typing = null;
        OpenEpisode ep = episode;
        executor.execute(BackgroundTask.of("Undoing…", () -> rundown.restore(ep, earlier, later)).asSave()
                .onSuccess(u -> {
                    adopt(ep.state());
                    select(Math.min(Math.max(selectAt, 0), entries.size() - 1), true);
                    finished.accept(true);
                }).onFailure(e -> {
                    fail(e, "Undoing");
                    finished.accept(false);
                }));
    }

    private static int indexOfId(List<Entry> list, long id) {
        for (int i = 0; i < list.size(); i++) if (list.get(i).id() == id) return i;
        return -1;
    }

    /** The host typed in the selected entry's fields: shown at once, saved behind it. */
    private void edited(Entry entry) {
        int i = selectedIndex.get();
        if (i < 0 || episode == null) return;
        if (readOnly) {
            message.set(READ_ONLY);
            return;
        }
        List<Entry> before = List.copyOf(entries);
        entries.set(i, entry);
        remember(before, i, RundownStep.typedField(before.get(i), entry));
        selectedEntry.set(entry);
        fireChanged();
        OpenEpisode ep = episode;
        long sent = ++editsSent;
        saving.set(true);
        executor.execute(BackgroundTask.of("Saving…", () -> rundown.edit(ep, entry)).asSave()
                .coalescing("entry-" + entry.id())
                .onSuccess(u -> written(ep, sent)).onFailure(e -> {
                    written(ep, sent);
                    fail(e, "Saving the entry");
                }));
    }

    private void written(OpenEpisode ep, long sent) {
        if (ep != episode) return;
        editsWritten = Math.max(editsWritten, sent);
        if (editsWritten == editsSent) {
            saving.set(false);
            adopt(ep.state());
        }
    }

    /** An edit of the selected entry's fields: typing on in the same field extends the step being typed. */
    private void remember(List<Entry> before, int index, String field) {
        List<Entry> now = List.copyOf(entries);
        if (typing != null && typing.continuesTyping(index, field) && history.isLatest(typing)) {
            if (typing.extend(now)) {
                history.forget(typing); // typed back to what it was: nothing to undo
                typing = null;
            }
            return;
        }
        typing = new RundownStep(this, before, now, index, field);
        history.done(typing);
    }

    private void fail(Throwable e, String what) {
        message.set(HostMessages.of(e, what));
    }

    private void fireChanged() {
        List<Entry> snapshot = List.copyOf(entries);
        changeListeners.forEach(l -> l.accept(snapshot));
    }

    /** Called with the whole rundown after every change (fields as they are typed, and reorders). */
    public void addEntriesChangedListener(Consumer<List<Entry>> listener) {
        changeListeners.add(listener);
    }

    /** Called when the host selects another entry (or none) in this pane. */
    public void addEntrySelectedListener(Consumer<Entry> listener) {
        selectionListeners.add(listener);
    }

    public void clearMessage() {
        message.set("");
    }

    public ObservableList<Entry> entries() { return readOnlyEntries; }
    public ReadOnlyIntegerProperty selectedIndexProperty() { return selectedIndex.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Entry> selectedEntryProperty() { return selectedEntry.getReadOnlyProperty(); }
    /** The last problem or result the host should read; empty when there is none. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public EntryEditorModel editor() { return editor; }
    /** Organizations to complete from (any thread). */
    public List<String> organizationNames() { return organizationNames; }
    /** Works and products to complete a title's name from (any thread). */
    public List<String> workNames() { return workNames; }
    /** True while the host's edits here are waiting to be written to the project file. */
    public ReadOnlyBooleanProperty savingProperty() { return saving.getReadOnlyProperty(); }

    /** Whether the list holds an episode's entries (false before the first episode is read). */
    public ReadOnlyBooleanProperty readProperty() { return read.getReadOnlyProperty(); }
    public Transcript transcript() { return transcript; }
    public long episodeId() { return episode == null ? 0 : episode.id(); }
}
