package org.showdesk.ui.common;

import org.showdesk.app.BackgroundTask;
import org.showdesk.app.TaskExecutor;
import org.showdesk.app.Undoable;

import java.util.function.Consumer;

/**
 * One action of the host in the window's undo history, held as what the app layer returned for it: undoing
 * and redoing run on the background executor, behind every save queued before them.
 */
public final class ActionStep implements UndoHistory.Step {
    private final TaskExecutor executor;
    private final Consumer<Throwable> errors;
    private Undoable toUndo;
    private Undoable toRedo;

    public ActionStep(Undoable action, TaskExecutor executor, Consumer<Throwable> errors) {
        this.toUndo = action;
        this.executor = executor;
        this.errors = errors;
    }

    @Override
    public void undo(Consumer<Boolean> finished) {
        Undoable u = toUndo;
        executor.execute(BackgroundTask.of("Undoing…", u::undo).asSave().onSuccess(redo -> {
            toRedo = redo;
            finished.accept(true);
        }).onFailure(e -> {
            finished.accept(false);
            errors.accept(e);
        }));
    }

    @Override
    public void redo(Consumer<Boolean> finished) {
        Undoable r = toRedo;
        executor.execute(BackgroundTask.of("Redoing…", r::undo).asSave().onSuccess(undo -> {
            toUndo = undo;
            finished.accept(true);
        }).onFailure(e -> {
            finished.accept(false);
            errors.accept(e);
        }));
    }
}
