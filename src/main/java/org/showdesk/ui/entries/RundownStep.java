package org.showdesk.ui.entries;

import org.showdesk.model.Entry;
import org.showdesk.ui.common.UndoHistory;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One entry action of the host in the window's undo history (a field typed, a split, a merge, a reorder, a
 * delete, a suggested rundown), held as the rundown before and after it. Undo and redo put the whole rundown
 * back through the store, which is what a host expects after a merge or a delete as much as after typing.
 *
 * <p>Typing in one text field of one entry, with nothing else done in between, is one step: each keystroke
 * moves {@link #after} on instead of adding a step.
 */
final class RundownStep implements UndoHistory.Step {
    private final EntriesViewModel owner;
    private final List<Entry> before;
    private List<Entry> after;
    /** The entry's place and the text field typed in, for folding keystrokes together; null for other actions. */
    private final int index;
    private final String field;

    RundownStep(EntriesViewModel owner, List<Entry> before, List<Entry> after, int index, String field) {
        this.owner = owner;
        this.before = List.copyOf(before);
        this.after = List.copyOf(after);
        this.index = index;
        this.field = field;
    }

    @Override
    public void undo(Consumer<Boolean> finished) {
        owner.restoreRundown(before, after, index, finished);
    }

    @Override
    public void redo(Consumer<Boolean> finished) {
        owner.restoreRundown(after, before, index, finished);
    }

    /** True when a keystroke in {@code field} of entry {@code at} carries on this step's typing. */
    boolean continuesTyping(int at, String typedField) {
        return field != null && field.equals(typedField) && index == at;
    }

    /** The typing went on: the step now ends at {@code rundown}. True when it no longer changes anything. */
    boolean extend(List<Entry> rundown) {
        after = List.copyOf(rundown);
        return EntriesViewModel.sameIgnoringEdited(after, before);
    }

    /**
     * The text field an edit of one entry changed, when it changed exactly one (so that typing in it can be
     * folded into one step); null for a change of status, kind or links, which are each a step of their own.
     */
    static String typedField(Entry was, Entry now) {
        String changed = null;
        int count = 0;
        if (!was.title().equals(now.title())) { changed = "title"; count++; }
        if (!was.organizations().equals(now.organizations())) { changed = "organizations"; count++; }
        if (!was.category().equals(now.category())) { changed = "category"; count++; }
        if (!was.summary().equals(now.summary())) { changed = "summary"; count++; }
        if (!was.notes().equals(now.notes())) { changed = "notes"; count++; }
        if (!Objects.equals(was.startMs(), now.startMs())) { changed = "start"; count++; }
        boolean other = was.kind() != now.kind() || was.status() != now.status() || !was.links().equals(now.links());
        return count == 1 && !other ? changed : null;
    }
}
