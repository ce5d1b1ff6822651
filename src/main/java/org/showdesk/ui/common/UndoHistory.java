package org.showdesk.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The window's one undo history: every action the host took, in the order taken, whichever pane it was in
 * (a burst of typing in the transcript, an accepted finding, an entry's title typed, a split…). Ctrl+Z always
 * takes back the most recent one and Ctrl+Shift+Z puts it back, so the host never has to remember where
 * they last were. Each pane knows how to take back its own kind of step; this class only keeps the order.
 *
 * <p>Steps are recorded from the FX thread or from the background thread once a write is saved; the
 * properties are updated on the FX executor.
 */
public final class UndoHistory {
    /** One action the host took, which its pane knows how to take back and do again. */
    public interface Step {
        /** Takes the step back; calls {@code finished} (on the FX thread) with whether it worked. */
        void undo(Consumer<Boolean> finished);

        /** Does the step again after an undo; calls {@code finished} with whether it worked. */
        void redo(Consumer<Boolean> finished);
    }

    private final Executor fx;
    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo", false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo", false);
    /** A step is being taken back or redone: the next Ctrl+Z waits for it rather than overtaking it. */
    private boolean busy;
    /** Counts new actions, so a step whose undo ends after the host did something else is not redoable. */
    private long actions;

    /** @param fx where the can-undo/can-redo properties are updated (the FX thread; same thread in tests) */
    public UndoHistory(Executor fx) {
        this.fx = fx;
    }

    /** A history driven on the calling thread: for a view model used on its own and for tests. */
    public static UndoHistory onCallingThread() {
        return new UndoHistory(Runnable::run);
    }

    /** Records a new action: it becomes the one Ctrl+Z takes back, and nothing undone can be redone any more. */
    public void done(Step step) {
        synchronized (this) {
            undo.push(step);
            redo.clear();
            actions++;
        }
        publish();
    }

    /** True when {@code step} is still the most recent action: typing that continues it may be folded into it. */
    public synchronized boolean isLatest(Step step) {
        return !undo.isEmpty() && undo.peek() == step && !busy;
    }

    /** Drops a step that turned out to change nothing (typing taken back in its field). */
    public void forget(Step step) {
        synchronized (this) {
            undo.removeFirstOccurrence(step);
        }
        publish();
    }

    /** Forgets everything, e.g. when another episode is shown: its steps belong to the one left. */
    public void clear() {
        synchronized (this) {
            undo.clear();
            redo.clear();
            actions++;
        }
        publish();
    }

    /** Takes back the most recent action, wherever it was taken. */
    public void undo() {
        move(undo, redo, true);
    }

    /** Does the most recently undone action again. */
    public void redo() {
        move(redo, undo, false);
    }

    private void move(Deque<Step> from, Deque<Step> to, boolean undoing) {
        Step step;
        long at;
        synchronized (this) {
            if (busy || from.isEmpty()) return;
            step = from.peek();
            busy = true;
            at = actions;
        }
        publish();
        Consumer<Boolean> finished = worked -> {
            synchronized (this) {
                busy = false;
                if (worked && from.removeFirstOccurrence(step) && at == actions) to.push(step);
            }
            publish();
        };
        if (undoing) step.undo(finished);
        else step.redo(finished);
    }

    private void publish() {
        boolean u;
        boolean r;
        synchronized (this) {
            u = !undo.isEmpty() && !busy;
            r = !redo.isEmpty() && !busy;
        }
        fx.execute(() -> {
            canUndo.set(u);
            canRedo.set(r);
        });
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** Steps that can be taken back now (for tests and the status bar). */
    public synchronized int undoable() {
        return undo.size();
    }
}
