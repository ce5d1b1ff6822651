package org.showdesk.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs work one piece at a time on a single background thread, in the order it was asked for. One
 * thread is deliberate: the project file has one connection, and a save must never overtake the
 * edit queued before it.
 */
public final class BackgroundTaskRunner implements TaskRunner, AutoCloseable {
    private final ExecutorService worker;
    private final java.util.concurrent.Executor uiThread;
    private final StatusModel status;

    /**
     * @param uiThread where results are delivered (Platform::runLater in the window)
     * @param status   told when work starts and ends, for the status bar
     */
    public BackgroundTaskRunner(java.util.concurrent.Executor uiThread, StatusModel status) {
        this.uiThread = uiThread;
        this.status = status;
        this.worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "showdesk-background");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> void run(String label, Callable<T> work, Consumer<? super T> onDone, Consumer<Throwable> onFailure) {
        status.started(label);
        worker.execute(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception | LinkageError e) {
                uiThread.execute(() -> {
                    status.finished(label);
                    onFailure.accept(e);
                });
                return;
            }
            uiThread.execute(() -> {
                status.finished(label);
                onDone.accept(result);
            });
        });
    }

    @Override
    public java.util.concurrent.Executor background() {
        return worker;
    }

    /** Lets queued saves finish (they are the host's work), then stops the thread. */
    @Override
    public void close() {
        worker.shutdown();
        try {
            if (!worker.awaitTermination(10, TimeUnit.SECONDS)) worker.shutdownNow();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
