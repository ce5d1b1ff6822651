package org.showdesk.ui.entries;

import org.showdesk.ui.common.BackgroundWork;
import org.showdesk.ui.common.CoalescingWriter;
import org.showdesk.ui.common.OnFxThread;
import org.showdesk.ui.common.HostMessages;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.showdesk.app.OpenShow;
import org.showdesk.draft.EntryEdits;
import org.showdesk.draft.EntrySplitter;
import org.showdesk.model.Cue;
import org.showdesk.model.Entry;
import org.showdesk.model.Transcript;
import org.showdesk.ui.common.UndoHistory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The rundown of one episode and the editor of its selected entry. Reads and writes go through the
 * store on the background executor; results come back through the FX executor. Every change is shown at
 * once and saved in the background, a burst of edits coalesced into one transaction.
 *
 * <p>Rundown edits (reorder, split, merge, delete, suggest) are the draft package's pure operations;
 * this class only applies them to the list it shows and stores the result.
 */
public final class EntriesViewModel {
    private static final Object RUNDOWN = new Object();
    private static final String READ_ONLY = "This show is open read-only, so entries cannot be changed. "
            + "Close the other Showdesk that has it open, then open the show again to edit.";

    private final OpenShow show;
    private final Executor background;
    private final Executor fx;
    private final BackgroundWork work;
    private final CoalescingWriter writer;
    private final ObservableList<Entry> entries = FXCollections.observableArrayList();
    private final ObservableList<Entry> readOnlyEntries = FXCollections.unmodifiableObservableList(entries);
    private final ReadOnlyIntegerWrapper selectedIndex = new ReadOnlyIntegerWrapper(this, "selectedIndex", -1);
    private final ReadOnlyObjectWrapper<Entry> selectedEntry = new ReadOnlyObjectWrapper<>(this, "selectedEntry");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final javafx.beans.property.ReadOnlyBooleanWrapper saving = new javafx.beans.property.ReadOnlyBooleanWrapper(this, "saving", false);
    private final EntryEditorModel editor = new EntryEditorModel(this::edited);
    private final List<Consumer<List<Entry>>> changeListeners = new ArrayList<>();
    private final List<Consumer<Entry>> selectionListeners = new ArrayList<>();
    private final UndoHistory history;
    /** The step the host is typing into now (one field of one entry), while nothing else has been done since. */
    private RundownStep typing;

    private long episodeId;
    private Transcript transcript = Transcript.empty();
    private EntrySplitter splitter = new EntrySplitter(List.of());
    private int loadGeneration;

    /**
     * @param background runs store reads and writes (never the FX thread in the window; a same-thread executor in tests)
     * @param fx         runs results on the FX thread ({@link OnFxThread#INSTANCE} in the window)
     */
    public EntriesViewModel(OpenShow show, Executor background, Executor fx) {
        this(show, background, fx, new UndoHistory(fx));
    }

    /** @param history the window's undo history, shared with the transcript so Ctrl+Z follows the host's order */
    public EntriesViewModel(OpenShow show, Executor background, Executor fx, UndoHistory history) {
        this.history = history;
        this.show = show;
        this.background = background;
        this.fx = fx;
        this.work = new BackgroundWork(background, fx, message::set);
        this.writer = new CoalescingWriter(background, e -> fx.execute(() -> fail(e, "Reading or saving the entries")));
        writer.setOnIdle(() -> fx.execute(() -> saving.set(writer.isBusy())));
        editor.setReadOnly(isReadOnly());
    }

    /** Shows the rundown of another episode (or nothing for {@code 0}). */
    public void showEpisode(long newEpisodeId) {
        episodeId = newEpisodeId;
        typing = null;
        history.clear();
        reload();
    }

    /** Reads the episode's transcript, entries and glossary again, e.g. after the transcript was edited. */
    public void reload() {
        long ep = episodeId;
        int generation = ++loadGeneration;
        if (ep == 0) {
            apply(generation, new Loaded(List.of(), Transcript.empty(), new EntrySplitter(List.of())));
            return;
        }
        Entry selected = selectedEntry.get();
        // Queued behind the saves still waiting, so the read sees the host's latest typing, never an older row.
        writer.submit(new Object(), () -> {
            Loaded loaded = new Loaded(show.entries().list(ep), show.episodes().transcript(ep),
                    new EntrySplitter(show.glossary().list()));
            fx.execute(() -> {
                apply(generation, loaded);
                if (selected != null) selectById(selected.id());
            });
        });
    }

    private record Loaded(List<Entry> entries, Transcript transcript, EntrySplitter splitter) {
    }

    private void apply(int generation, Loaded loaded) {
        if (generation != loadGeneration) return; // a later episode was asked for meanwhile
        transcript = loaded.transcript();
        splitter = loaded.splitter();
        entries.setAll(loaded.entries());
        select(entries.isEmpty() ? -1 : 0);
        fireChanged();
    }

    public void select(int index) {
        int i = index >= 0 && index < entries.size() ? index : -1;
        Entry e = i < 0 ? null : entries.get(i);
        boolean changed = i != selectedIndex.get() || e != selectedEntry.get();
        selectedIndex.set(i);
        selectedEntry.set(e);
        editor.show(e);
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
                }
                return;
            }
        }
    }

    private void selectById(long id) {
        for (int i = 0; i < entries.size(); i++) if (entries.get(i).id() == id) select(i);
    }

    public void moveUp() {
        int i = selectedIndex.get();
        if (i > 0) changeRundown(list -> EntryEdits.move(list, i, i - 1), i - 1);
    }

    public void moveDown() {
        int i = selectedIndex.get();
        if (i >= 0 && i < entries.size() - 1) changeRundown(list -> EntryEdits.move(list, i, i + 1), i + 1);
    }

    /** Moves an entry to another place in the rundown, e.g. after a drag. */
    public void move(int from, int to) {
        if (from != to && from >= 0 && to >= 0 && from < entries.size() && to < entries.size()) {
            changeRundown(list -> EntryEdits.move(list, from, to), to);
        }
    }

    public void deleteSelected() {
        int i = selectedIndex.get();
        if (i < 0) return;
        changeRundown(list -> {
            List<Entry> out = new ArrayList<>(list);
            out.remove(i);
            return out;
        }, Math.min(i, entries.size() - 2));
    }

    public void mergeSelectedWithNext() {
        int i = selectedIndex.get();
        if (i < 0 || i >= entries.size() - 1) {
            message.set("Select an entry that has another one after it to merge them.");
            return;
        }
        changeRundown(list -> EntryEdits.mergeWithNext(list, i, transcript), i);
    }

    /** The sentences a new entry could start at when the selected entry is split: all but its first. */
    public List<Cue> splitCandidates() {
        int i = selectedIndex.get();
        if (i < 0) return List.of();
        int first = transcript.indexOfCue(entries.get(i).firstCueId());
        int last = transcript.indexOfCue(entries.get(i).lastCueId());
        if (first < 0 || last <= first) return List.of();
        return transcript.cuesBetween(first + 1, last);
    }

    /** Splits the selected entry so that a new one, pre-filled from that sentence, starts at cue {@code cueId}. */
    public void splitSelectedAt(long cueId) {
        int i = selectedIndex.get();
        if (i < 0) {
            message.set("Select the entry to split first.");
            return;
        }
        changeRundown(list -> {
            List<Entry> out = new ArrayList<>(EntryEdits.split(list, i, cueId, transcript));
            out.set(i + 1, splitter.prefill(out.get(i + 1), transcript));
            return out;
        }, i + 1);
    }

    /** Replaces the rundown with the draft package's suggestion for the whole transcript. */
    public void suggestEntries() {
        long ep = episodeId;
        if (ep == 0) return;
        if (isReadOnly()) {
            message.set(READ_ONLY);
            return;
        }
        Transcript t = transcript;
        EntrySplitter s = splitter;
        List<Entry> before = List.copyOf(entries);
        work.run("Suggesting entries", () -> show.entries().replaceAll(ep, s.suggest(ep, t)), stored -> {
            if (ep != episodeId) return;
            history.done(new RundownStep(this, before, stored, 0, null));
            entries.setAll(stored);
            select(stored.isEmpty() ? -1 : 0);
            message.set(stored.isEmpty() ? "The transcript is empty: there is nothing to suggest entries from."
                    : "Suggested " + stored.size() + " entries. Check each one; split or merge where the cut is off.");
            fireChanged();
        });
    }

    /**
     * Puts a rundown seen earlier (from an entries-changed notice) back and saves it: the hook for the window's
     * undo and redo of entry edits, so it is not itself an action to undo. Entries deleted since then come back
     * as new rows; the entry selected stays selected.
     */
    public void restoreRundown(List<Entry> earlier) {
        restoreRundown(earlier, -1);
    }

    /** As {@link #restoreRundown(List)}, selecting the entry at {@code selectAt} when there is one. */
    public void restoreRundown(List<Entry> earlier, int selectAt) {
        java.util.Set<Long> present = new java.util.HashSet<>();
        for (Entry e : entries) present.add(e.id());
        List<Entry> restored = earlier.stream().map(e -> e.id() > 0 && !present.contains(e.id()) ? e.withId(0) : e).toList();
        Entry selected = selectedEntry.get();
        int keep = selectAt >= 0 && selectAt < restored.size() ? selectAt
                : selected == null ? 0 : Math.max(0, indexOfId(restored, selected.id()));
        typing = null;
        changeRundown(list -> restored, Math.min(keep, restored.size() - 1), false);
    }

    private static int indexOfId(List<Entry> list, long id) {
        for (int i = 0; i < list.size(); i++) if (list.get(i).id() == id) return i;
        return -1;
    }

    /** True when the show is open read-only (another Showdesk has it): the rundown can be read, not changed. */
    public boolean isReadOnly() {
        return show.store().isReadOnly();
    }

    private void changeRundown(Function<List<Entry>, List<Entry>> edit, int selectAfter) {
        changeRundown(edit, selectAfter, true);
    }

    /** @param undoable false when the change is itself an undo or redo */
    private void changeRundown(Function<List<Entry>, List<Entry>> edit, int selectAfter, boolean undoable) {
        if (isReadOnly()) {
            message.set(READ_ONLY);
            return;
        }
        List<Entry> changed;
        try {
            changed = edit.apply(List.copyOf(entries));
        } catch (RuntimeException e) {
            fail(e, "Changing the rundown");
            return;
        }
        message.set("");
        List<Entry> before = List.copyOf(entries);
        entries.setAll(changed);
        if (undoable) history.done(new RundownStep(this, before, changed, selectAfter, null));
        select(selectAfter);
        fireChanged();
        saveRundown();
    }

    private void edited(Entry entry) {
        int i = selectedIndex.get();
        if (i < 0) return;
        List<Entry> before = List.copyOf(entries);
        entries.set(i, entry);
        remember(before, i, RundownStep.typedField(before.get(i), entry));
        selectedEntry.set(entry);
        fireChanged();
        if (entry.id() == 0) {
            saveRundown(); // not stored yet: it gets its id with the rest of the rundown
        } else {
            saving.set(true);
            writer.submit(entry.id(), () -> show.entries().save(entry));
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

    private void saveRundown() {
        long ep = episodeId;
        List<Entry> snapshot = List.copyOf(entries);
        saving.set(true);
        writer.submit(RUNDOWN, () -> {
            List<Entry> stored = show.entries().replaceAll(ep, snapshot);
            fx.execute(() -> adoptIds(ep, snapshot, stored));
        });
    }

    /** New entries got their ids; give them to the same entries in the list, keeping any later edits. */
    private void adoptIds(long ep, List<Entry> sent, List<Entry> stored) {
        if (ep != episodeId || entries.size() != stored.size()) return;
        for (int i = 0; i < entries.size(); i++) {
            Entry current = entries.get(i);
            if (current.id() == 0 && sent.get(i).id() == 0) {
                Entry withId = current.withId(stored.get(i).id());
                entries.set(i, withId);
                if (i == selectedIndex.get()) {
                    selectedEntry.set(withId);
                    editor.rebase(withId);
                }
            }
        }
    }


    private void fail(Throwable e, String what) {
        message.set(HostMessages.of(e, what));
    }

    private void fireChanged() {
        List<Entry> snapshot = List.copyOf(entries);
        changeListeners.forEach(l -> l.accept(snapshot));
    }

    /** Called with the whole rundown after every change the host makes (fields as they are typed, and reorders). */
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
    /** True while edits are waiting to be written to the project file. */
    public javafx.beans.property.ReadOnlyBooleanProperty savingProperty() { return saving.getReadOnlyProperty(); }
    public Transcript transcript() { return transcript; }
    public long episodeId() { return episodeId; }
}
