package org.showdesk.app;

/**
 * What a host's action returns so it can be taken back: undoing it is itself an action (one transaction,
 * the open episode updated), which returns how to do the original again. The window keeps these in its one
 * undo history and runs them on its background thread.
 */
@FunctionalInterface
public interface Undoable {
    /** Takes the action back; returns how to redo it. */
    Undoable undo();

    /** An action that changed nothing. */
    Undoable NOTHING = () -> Undoable.NOTHING;
}
