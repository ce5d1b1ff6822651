package org.showdesk.app;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * The one way work leaves the window's thread. Tasks run one at a time, in the order given (a save can
 * never overtake the edit queued before it, and the project file has one connection); results and
 * failures come back on the thread the executor delivers to. It knows every pending save.
 *
 * <p>The window uses a {@link SerialTaskExecutor}; the command line and tests use {@link #sameThread()},
 * which runs everything at once on the calling thread, so they stay deterministic.
 */
public interface TaskExecutor extends AutoCloseable {

    <T> void execute(BackgroundTask<T> task);

    /** Saves queued or running now. */
    int pendingSaves();

    /** Told (on the delivery thread) when a task starts being waited for and when it is done. */
    interface Listener {
        void started(BackgroundTask<?> task);

        void finished(BackgroundTask<?> task);
    }

    void addListener(Listener listener);

    /** Where failures go whose task has no handler of its own. */
    void setDefaultFailureHandler(Consumer<Throwable> handler);

    /** Waits until everything queued before this call has run; false when {@code timeout} passed first. */
    boolean awaitIdle(Duration timeout);

    /** Runs what is queued (the host's saves), then stops. */
    @Override
    void close();

    /** Everything at once on the calling thread: for the command line and for tests. */
    static TaskExecutor sameThread() {
        return new SameThreadExecutor();
    }
}
