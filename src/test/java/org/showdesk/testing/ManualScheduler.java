package org.showdesk.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Delayed;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A scheduler and clock the test drives: periodic tasks run only when {@link #advance} moves the clock past
 * their next time, on the test's own thread. Timers are tested without sleeping and without a task that
 * could run (or not) behind the test's back.
 */
public final class ManualScheduler extends ScheduledThreadPoolExecutor {
    private final List<Periodic> tasks = new CopyOnWriteArrayList<>();
    private Instant now;
    private int runs;

    public ManualScheduler(Instant start) {
        super(1);
        this.now = start;
    }

    /** The clock the scheduled code reads: it shows the scheduler's time. */
    public Clock clock() {
        ManualScheduler self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return self.now;
            }
        };
    }

    /** Moves the clock by {@code by}, running every task whose time comes, in time order. */
    public void advance(Duration by) {
        Instant end = now.plus(by);
        while (true) {
            Periodic next = tasks.stream().filter(t -> !t.isCancelled() && !t.next.isAfter(end))
                    .min((a, b) -> a.next.compareTo(b.next)).orElse(null);
            if (next == null) break;
            now = next.next;
            next.task.run();
            runs++;
            next.next = now.plus(next.period);
        }
        now = end;
    }

    /** How many times a task ran. */
    public int runs() {
        return runs;
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable task, long initialDelay, long delay, TimeUnit unit) {
        Periodic p = new Periodic(task, now.plusMillis(unit.toMillis(initialDelay)), Duration.ofMillis(unit.toMillis(delay)));
        tasks.add(p);
        return p;
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable task, long initialDelay, long period, TimeUnit unit) {
        return scheduleWithFixedDelay(task, initialDelay, period, unit);
    }

    private static final class Periodic implements ScheduledFuture<Object> {
        private final Runnable task;
        private final Duration period;
        private Instant next;
        private volatile boolean cancelled;

        Periodic(Runnable task, Instant first, Duration period) {
            this.task = task;
            this.next = first;
            this.period = period;
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return 0;
        }

        @Override
        public int compareTo(Delayed o) {
            return 0;
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            cancelled = true;
            return true;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public boolean isDone() {
            return cancelled;
        }

        @Override
        public Object get() {
            return null;
        }

        @Override
        public Object get(long timeout, TimeUnit unit) {
            return null;
        }
    }
}
