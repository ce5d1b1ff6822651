package org.showdesk.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work that may touch the disk or take a while away from the JavaFX thread and hands the result
 * back on it. Injected everywhere, so tests use {@link #sameThread()} and stay deterministic.
 */
public interface TaskRunner {

    /**
     * Runs {@code work}; then {@code onDone} with its result, or {@code onFailure} with what it threw,
     * both on the UI thread.
     *
     * @param label what the status bar says while it runs, e.g. "Importing transcript…"
     */
    <T> void run(String label, Callable<T> work, Consumer<? super T> onDone, Consumer<Throwable> onFailure);

    /**
     * The same background thread as a plain executor, for panes that hand their own results back: their
     * saves then queue in order with everything else written to the show.
     */
    java.util.concurrent.Executor background();

    /** Runs everything at once on the calling thread: for tests and for view models driven without a window. */
    static TaskRunner sameThread() {
        return new TaskRunner() {
            @Override
            public <T> void run(String label, Callable<T> work, Consumer<? super T> onDone,
                                Consumer<Throwable> onFailure) {
                T result;
                try {
                    result = work.call();
                } catch (Exception | LinkageError e) {
                    onFailure.accept(e);
                    return;
                }
                onDone.accept(result);
            }

            @Override
            public java.util.concurrent.Executor background() {
                return Runnable::run;
            }
        };
    }
}
