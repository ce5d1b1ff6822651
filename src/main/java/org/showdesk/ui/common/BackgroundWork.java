package org.showdesk.ui.common;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs a pane's reads and writes on the background executor and hands the result, or a message a host
 * can act on, back on the FX thread. Keeps I/O off the FX thread without each view model re-plumbing it.
 */
public final class BackgroundWork {
    private final Executor background;
    private final Executor fx;
    private final Consumer<String> onProblem;

    /** @param onProblem shows the host what went wrong (called on the FX thread) */
    public BackgroundWork(Executor background, Executor fx, Consumer<String> onProblem) {
        this.background = background;
        this.fx = fx;
        this.onProblem = onProblem;
    }

    /** @param what names the work in a problem message, e.g. "Exporting" */
    public <T> void run(String what, Supplier<T> work, Consumer<T> then) {
        CompletableFuture.supplyAsync(work, background).whenComplete((result, failure) -> fx.execute(() -> {
            if (failure != null) onProblem.accept(HostMessages.of(failure, what));
            else then.accept(result);
        }));
    }

    public Executor fx() {
        return fx;
    }
}
