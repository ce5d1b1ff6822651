package org.showdesk.ui.transcript;

import org.showdesk.model.Correction;
import org.showdesk.store.TextEdits;
import org.showdesk.ui.common.UndoHistory;

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
    synchronized void redoIn(TextEdits edits, long episodeId) {
        corrections = List.copyOf(edits.reapply(episodeId, corrections));
    }
}
