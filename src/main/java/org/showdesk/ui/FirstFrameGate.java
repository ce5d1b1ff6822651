package org.showdesk.ui;

import javafx.application.Platform;
import javafx.scene.Scene;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * Where background work hands its results to the window at start: held back until the window's first frame has
 * been laid out, then delivered in order on the FX thread. The show opens in the background meanwhile; without
 * the gate its result could reach the FX thread before the first pulse, and building the panes (a second or more
 * on a cold, busy machine) would leave the host looking at a blank white window.
 */
final class FirstFrameGate implements Executor {
    private final List<Runnable> held = new ArrayList<>();
    private boolean open;

    @Override
    public void execute(Runnable work) {
        synchronized (this) {
            if (!open) {
                held.add(work);
                return;
            }
        }
        Platform.runLater(work);
    }

    /** Opens once {@code scene} has been laid out for the first time (call on the FX thread, before showing it). */
    void openAfterFirstLayout(Scene scene) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(this::release); // after this pulse, so its frame is handed to the renderer first
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    private void release() {
        List<Runnable> waiting;
        synchronized (this) {
            waiting = new ArrayList<>(held);
            held.clear();
            open = true;
        }
        // Anything delivered from now on is queued behind this runnable, so the order is kept.
        waiting.forEach(Runnable::run);
    }
}
