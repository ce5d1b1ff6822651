package org.showdesk.app;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One background thread that runs the window's tasks in order and hands results back through
 * {@code deliver} (Platform::runLater in the window). Queued tasks with the same coalescing key are folded
 * into the newest one; every other task keeps its place. Pending saves are counted from the moment a
 * save is queued until its result has been delivered, so a status bar reading {@link #pendingSaves()}
 * never says "saved" while a save waits.
 */
public final class SerialTaskExecutor implements TaskExecutor {
    private final ExecutorService worker;
    private final Executor deliver;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    /** Tasks waiting to run, in order; a key maps to its task so a newer one can take its place. */
    private final Map<Object, BackgroundTask<?>> queue = new LinkedHashMap<>();
    private volatile Consumer<Throwable> defaultFailure = e -> e.printStackTrace();
    private int pendingSaves;
    private long anonymous;

    /** @param deliver runs results, failures and listener calls (the JavaFX thread in the window) */
    public SerialTaskExecutor(Executor deliver) {
        this.deliver = deliver;
        this.worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "showdesk-background");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        boolean replaced;
        synchronized (this) {
            Object key = task.key() != null ? task.key() : new Anonymous(anonymous++);
            BackgroundTask<?> earlier = queue.remove(key);
            replaced = earlier != null;
            queue.put(key, task);
            if (task.isSave() && !(replaced && earlier.isSave())) pendingSaves++;
            if (replaced && earlier.isSave() && !task.isSave()) pendingSaves--;
        }
        if (replaced) return; // the drain already scheduled for the earlier task runs this one
        listeners.forEach(l -> deliver.execute(() -> l.started(task)));
        worker.execute(this::runNext);
    }

    private record Anonymous(long n) {
    }

    private void runNext() {
        BackgroundTask<?> task;
        synchronized (this) {
            Iterator<BackgroundTask<?>> it = queue.values().iterator();
            if (!it.hasNext()) return;
            task = it.next();
            it.remove();
        }
        run(task);
    }

    private <T> void run(BackgroundTask<T> task) {
        T result = null;
        Throwable failure = null;
        try {
            result = task.work().call();
        } catch (Exception | LinkageError e) {
            failure = e;
        }
        T r = result;
        Throwable f = failure;
        deliver.execute(() -> {
            if (task.isSave()) {
                synchronized (this) {
                    pendingSaves--;
                }
            }
            listeners.forEach(l -> l.finished(task));
            if (f == null) task.successHandler().accept(r);
            else (task.failureHandler() != null ? task.failureHandler() : defaultFailure).accept(f);
        });
    }

    @Override
    public synchronized int pendingSaves() {
        return pendingSaves;
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
        CountDownLatch done = new CountDownLatch(1);
        worker.execute(done::countDown); // behind every task queued so far
        try {
            return done.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Lets queued saves finish (they are the host's work), then stops the thread. */
    @Override
    public void close() {
        worker.shutdown();
        try {
            if (!worker.awaitTermination(30, TimeUnit.SECONDS)) worker.shutdownNow();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** For tests: how many tasks are waiting (not counting one that runs). */
    synchronized int queued() {
        return new ArrayList<>(queue.values()).size();
    }
}
