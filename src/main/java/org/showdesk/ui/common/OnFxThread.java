package org.showdesk.ui.common;

import javafx.application.Platform;

import java.util.concurrent.Executor;

/**
 * Delivers background results to the JavaFX thread: at once when already on it (so a test's same-thread
 * executor stays synchronous), otherwise through {@link Platform#runLater}.
 */
public final class OnFxThread implements Executor {
    public static final OnFxThread INSTANCE = new OnFxThread();

    private OnFxThread() {
    }

    @Override
    public void execute(Runnable command) {
        if (Platform.isFxApplicationThread()) command.run();
        else Platform.runLater(command);
    }
}
