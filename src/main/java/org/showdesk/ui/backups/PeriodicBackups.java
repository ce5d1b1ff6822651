package org.showdesk.ui.backups;

import org.showdesk.app.OpenShow;
import org.showdesk.app.ShowBackups;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Consumer;

/**
 * The window's timer for backups while a show is open: every period, the open show is backed up if
 * anything was saved since the last backup (see {@link ShowBackups#schedule}). Its own daemon thread,
 * so a backup never waits behind (or holds up) the host's saves, and quitting never waits for it.
 * A failed backup is a line in the status bar, not a dialog: the host's work is safe in the show
 * itself, and the next round tries again.
 */
public final class PeriodicBackups implements AutoCloseable {
    private final ScheduledExecutorService scheduler;
    private final java.time.Clock clock;
    private final Duration every;
    private final Executor uiThread;
    private final Consumer<String> tell;
    private ScheduledFuture<?> running;
    private OpenShow following;

    /**
     * @param every    how often ({@link ShowBackups#PERIOD} in the window)
     * @param uiThread where problems are reported (Platform::runLater in the window)
     * @param tell     shows a problem to the host (the status bar)
     */
    public PeriodicBackups(Duration every, Executor uiThread, Consumer<String> tell) {
        this(every, uiThread, tell, Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "showdesk-backups");
            t.setDaemon(true);
            return t;
        }), java.time.Clock.systemUTC());
    }

    /** With the scheduler and clock the timer runs on (a test fires it and moves the clock by hand). */
    public PeriodicBackups(Duration every, Executor uiThread, Consumer<String> tell, ScheduledExecutorService scheduler,
                           java.time.Clock clock) {
        this.every = every;
        this.uiThread = uiThread;
        this.tell = tell;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    /**
     * Backs up {@code show} from now on instead of the show followed so far; null (no show open) or a
     * read-only show (nothing of ours can change it) stops the timer.
     */
    public synchronized void follow(OpenShow show) {
        stop();
        following = show;
        if (show == null || show.isReadOnly()) return;
        running = ShowBackups.schedule(scheduler, clock, show, every, problem -> uiThread.execute(() -> {
            // A round that started just before the show was closed or swapped reports nothing.
            if (isFollowing(show)) tell.accept("Automatic backup failed: " + problem.getMessage());
        }));
    }

    /** Whether the timer is backing up {@code show}. */
    public synchronized boolean isFollowing(OpenShow show) {
        return show != null && following == show && running != null;
    }

    private void stop() {
        if (running != null) running.cancel(false);
        running = null;
        following = null;
    }

    /** Stops the timer; a backup under way finishes (it holds the store's lock, so closing waits for it). */
    @Override
    public synchronized void close() {
        stop();
        scheduler.shutdown();
    }
}
