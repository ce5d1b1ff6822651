package org.showdesk.ui.preview;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** Waits until no request came for {@code quiet}, then runs the last one on the FX thread. Call on the FX thread. */
public final class FxCoalescer implements Coalescer {
    private final PauseTransition pause;
    private Runnable latest;

    public FxCoalescer(Duration quiet) {
        pause = new PauseTransition(quiet);
        pause.setOnFinished(e -> {
            Runnable r = latest;
            latest = null;
            if (r != null) r.run();
        });
    }

    @Override
    public void request(Runnable action) {
        latest = action;
        pause.playFromStart();
    }
}
