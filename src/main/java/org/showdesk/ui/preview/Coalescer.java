package org.showdesk.ui.preview;

/**
 * Runs the latest of a burst of requests once the burst is over. The window waits a moment after the
 * last keystroke ({@link FxCoalescer}); a test runs each request at once.
 */
@FunctionalInterface
public interface Coalescer {
    void request(Runnable action);

    /** No waiting: every request runs now (tests, and actions a host asked for explicitly). */
    Coalescer IMMEDIATE = Runnable::run;
}
