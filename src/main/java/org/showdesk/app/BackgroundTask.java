package org.showdesk.app;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * A piece of work for the {@link TaskExecutor}: what it does (off the window's thread), what happens with
 * its result or failure (on the thread the executor delivers to), and how the status bar names it.
 *
 * <p>A task marked as a {@link #asSave() save} changes the project file: the executor counts it as pending
 * until it has run, so "All changes saved" is only ever shown when it is true, and closing waits for it.
 * A task with a {@link #coalescing(Object) key} replaces a queued task with the same key that has not
 * started yet (a burst of keystrokes becomes one save; the newest text wins).
 */
public final class BackgroundTask<T> {
    private final String label;
    private final Callable<T> work;
    private Consumer<? super T> onSuccess = x -> { };
    private Consumer<Throwable> onFailure;
    private boolean save;
    private Object key;

    private BackgroundTask(String label, Callable<T> work) {
        this.label = Objects.requireNonNull(label, "label");
        this.work = Objects.requireNonNull(work, "work");
    }

    /** @param label what the status bar says while it runs, e.g. "Importing transcript…" */
    public static <T> BackgroundTask<T> of(String label, Callable<T> work) {
        return new BackgroundTask<>(label, work);
    }

    /** Work with no result, e.g. a save. */
    public static BackgroundTask<Void> run(String label, Runnable work) {
        return new BackgroundTask<>(label, () -> {
            work.run();
            return null;
        });
    }

    public BackgroundTask<T> onSuccess(Consumer<? super T> then) {
        this.onSuccess = Objects.requireNonNull(then);
        return this;
    }

    /** Without a handler, failures go to the executor's default (the window shows them to the host). */
    public BackgroundTask<T> onFailure(Consumer<Throwable> handler) {
        this.onFailure = Objects.requireNonNull(handler);
        return this;
    }

    /** Marks the task as a change to the project file. */
    public BackgroundTask<T> asSave() {
        this.save = true;
        return this;
    }

    /** A queued task with the same key is replaced by this one. */
    public BackgroundTask<T> coalescing(Object coalesceKey) {
        this.key = coalesceKey;
        return this;
    }

    public String label() {
        return label;
    }

    public boolean isSave() {
        return save;
    }

    Object key() {
        return key;
    }

    Callable<T> work() {
        return work;
    }

    Consumer<? super T> successHandler() {
        return onSuccess;
    }

    Consumer<Throwable> failureHandler() {
        return onFailure;
    }
}
