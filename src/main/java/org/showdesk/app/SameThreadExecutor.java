package org.showdesk.app;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Runs each task at once on the calling thread, delivering its result on that thread too. */
final class SameThreadExecutor implements TaskExecutor {
    private final List<Listener> listeners = new ArrayList<>();
    private Consumer<Throwable> defaultFailure = e -> {
        throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
    };
    private int running;

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        listeners.forEach(l -> l.started(task));
        if (task.isSave()) running++;
        T result;
        try {
            result = task.work().call();
        } catch (Exception | LinkageError e) {
            if (task.isSave()) running--;
            listeners.forEach(l -> l.finished(task));
            (task.failureHandler() != null ? task.failureHandler() : defaultFailure).accept(e);
            return;
        }
        if (task.isSave()) running--;
        listeners.forEach(l -> l.finished(task));
        task.successHandler().accept(result);
    }

    @Override
    public int pendingSaves() {
        return running;
    }

    @Override
    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    @Override
    public void setDefaultFailureHandler(Consumer<Throwable> handler) {
        defaultFailure = handler;
    }

    @Override
    public boolean awaitIdle(Duration timeout) {
        return true;
    }

    @Override
    public void close() {
        // nothing is ever queued
    }
}
