package org.showdesk.ui.transcript;

import org.showdesk.model.Correction;
import org.showdesk.model.ShowdeskException;
import org.showdesk.model.Transcript;
import org.showdesk.store.TextEdits;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The host's undo and redo stacks for one episode. A step is everything one action changed (a burst
 * of typing, one accepted finding, a whole review applied), recorded as the corrections the store
 * wrote, so undoing goes through the store's own undo and the history stays truthful.
 */
final class EditHistory {
    private final Deque<List<Correction>> undo = new ArrayDeque<>();
    private final Deque<List<Correction>> redo = new ArrayDeque<>();

    synchronized void done(List<Correction> step) {
        if (step.isEmpty()) return;
        undo.push(List.copyOf(step));
        redo.clear();
    }

    synchronized boolean canUndo() {
        return !undo.isEmpty();
    }

    synchronized boolean canRedo() {
        return !redo.isEmpty();
    }

    synchronized void clear() {
        undo.clear();
        redo.clear();
    }

    /** Undoes the latest step in the store (newest change first); the step moves to the redo stack. */
    synchronized void undo(TextEdits edits) {
        List<Correction> step = undo.pop();
        try {
            for (int i = step.size() - 1; i >= 0; i--) edits.undo(step.get(i).id());
        } catch (RuntimeException e) {
            undo.push(step); // nothing of it is lost: the host can retry after fixing what blocked it
            throw e;
        }
        redo.push(step);
    }

    /** Applies the latest undone step again, where its text now is; it goes back on the undo stack. */
    synchronized void redo(TextEdits edits, long episodeId, Transcript now) {
        List<Correction> step = redo.peek();
        List<TextEdits.Change> changes = new ArrayList<>();
        for (Correction c : step) changes.add(changeAgain(c, now));
        List<Correction> applied = edits.apply(episodeId, changes, false);
        redo.pop();
        undo.push(applied);
    }

    private static TextEdits.Change changeAgain(Correction c, Transcript now) {
        int cue = now.indexOfCue(c.cueId());
        if (cue < 0) throw new ShowdeskException("Cannot redo \"" + c.before() + "\" → \"" + c.after()
                + "\": the sentence it was in no longer exists.");
        String cueText = now.cues().get(cue).text();
        int at = nearest(cueText, c.before(), c.offsetInCue());
        if (at < 0) throw new ShowdeskException("Cannot redo \"" + c.before() + "\" → \"" + c.after()
                + "\": that text was changed since.");
        int start = now.startOf(cue) + at;
        return new TextEdits.Change(start, start + c.before().length(), c.after(), c.rule(), c.term(),
                c.confidence());
    }

    private static int nearest(String haystack, String needle, int near) {
        if (needle.isEmpty()) return Math.min(near, haystack.length());
        int best = -1;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            if (best < 0 || Math.abs(i - near) < Math.abs(best - near)) best = i;
        }
        return best;
    }
}
