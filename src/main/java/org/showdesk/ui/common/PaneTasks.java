package org.showdesk.ui.common;

import org.showdesk.app.BackgroundTask;
import org.showdesk.app.TaskExecutor;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * A pane's way onto the one background executor: work runs off the FX thread, the result (or a message a
 * host can act on) comes back on it. Saves are marked as such, so the status bar knows they are pending.
 */
public final class PaneTasks {
    private final TaskExecutor executor;
    private final Consumer<String> onProblem;

    /** @param onProblem shows the host what went wrong (called on the FX thread) */
    public PaneTasks(TaskExecutor executor, Consumer<String> onProblem) {
        this.executor = executor;
        this.onProblem = onProblem;
    }

    /** Reads or renders; @param what names the work in a problem message, e.g. "Reading the glossary" */
    public <T> void run(String what, Callable<T> work, Consumer<? super T> then) {
        executor.execute(BackgroundTask.of(what + "…", work).onSuccess(then)
                .onFailure(e -> onProblem.accept(HostMessages.of(e, what))));
    }

    /** Changes the project file. */
    public <T> void save(String what, Callable<T> work, Consumer<? super T> then) {
        executor.execute(BackgroundTask.of(what + "…", work).asSave().onSuccess(then)
                .onFailure(e -> onProblem.accept(HostMessages.of(e, what))));
    }

    public TaskExecutor executor() {
        return executor;
    }
}
