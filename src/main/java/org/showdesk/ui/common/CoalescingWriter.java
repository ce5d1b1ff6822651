package org.showdesk.ui.common;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Runs a pane's writes to the project one at a time on the background executor. While a write waits,
 * a newer write under the same key replaces it, so a burst of keystrokes becomes one transaction and
 * the newest text always wins; writes under different keys keep their order.
 *
 * <p>One drain loop at a time even on a pool, so two saves of the same entry can never overtake each other.
 */
public final class CoalescingWriter {
    private final Executor background;
    private final Consumer<RuntimeException> onFailure;
    private final Map<Object, Runnable> pending = new LinkedHashMap<>();
    private boolean draining;
    private Runnable onIdle = () -> { };

    /** @param onFailure told about a write that failed; it runs on the background thread */
    public CoalescingWriter(Executor background, Consumer<RuntimeException> onFailure) {
        this.background = background;
        this.onFailure = onFailure;
    }

    public void submit(Object key, Runnable write) {
        synchronized (this) {
            pending.remove(key); // re-queue at the end: the newest write of a key runs after older writes of others
            pending.put(key, write);
            if (draining) return;
            draining = true;
        }
        background.execute(this::drain);
    }

    /** Called on the background thread each time the last queued write is done. */
    public void setOnIdle(Runnable onIdle) {
        this.onIdle = onIdle;
    }

    /** True while writes are queued or running (for a status bar's "saving…"). */
    public synchronized boolean isBusy() {
        return draining;
    }

    private void drain() {
        while (true) {
            Runnable next;
            synchronized (this) {
                Iterator<Runnable> it = pending.values().iterator();
                if (!it.hasNext()) {
                    draining = false;
                    break;
                }
                next = it.next();
                it.remove();
            }
            try {
                next.run();
            } catch (RuntimeException e) {
                onFailure.accept(e);
            }
        }
        onIdle.run();
    }
}
