package org.showdesk.ui.transcript;

import org.showdesk.model.Correction;
import org.showdesk.model.ShowdeskException;
import org.showdesk.model.Transcript;
import org.showdesk.store.TextEdits;
import org.showdesk.ui.common.UndoHistory;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One transcript action of the host (a burst of typing, one accepted finding, a whole review applied) in the
 * window's undo history, held as the corrections the store wrote, so undoing goes through the store's own
 * undo and the history stays truthful. Redoing writes the changes again and holds the new corrections.
 */
final class TextStep implements UndoHistory.Step {
    private final TranscriptViewModel owner;
    private List<Correction> corrections;

    TextStep(TranscriptViewModel owner, List<Correction> corrections) {
        this.owner = owner;
        this.corrections = List.copyOf(corrections);
    }

    @Override
    public void undo(Consumer<Boolean> finished) {
        owner.undo(this, finished);
    }

    @Override
    public void redo(Consumer<Boolean> finished) {
        owner.redo(this, finished);
    }

    /** Undoes the step in the store, newest change first; on a failure the rest stays as it was. */
    synchronized void undoIn(TextEdits edits) {
        for (int i = corrections.size() - 1; i >= 0; i--) edits.undo(corrections.get(i).id());
    }

    /** Applies the step again where its text now is. */
    synchronized void redoIn(TextEdits edits, long episodeId, Transcript now) {
        List<TextEdits.Change> changes = new ArrayList<>();
        for (Correction c : corrections) changes.add(changeAgain(c, now));
        corrections = List.copyOf(edits.apply(episodeId, changes, false));
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
