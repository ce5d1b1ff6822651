package org.showdesk.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;

/**
 * The strip at the bottom of the window (ControlsFX's status bar): what is happening, a progress bar while
 * background work runs, and whether every change is saved.
 */
public final class StatusBar {
    private final org.controlsfx.control.StatusBar bar = new org.controlsfx.control.StatusBar();

    public StatusBar(StatusModel status, ObservableValue<String> saveState, Node... extras) {
        bar.setId("status-bar");
        bar.getStyleClass().add("status-bar");
        bar.textProperty().bind(status.messageProperty());
        // -1 shows ControlsFX's indeterminate bar; 0 hides it.
        bar.progressProperty().bind(Bindings.when(status.busyProperty()).then(-1.0).otherwise(0.0));
        Label saved = new Label();
        saved.setId("save-state");
        saved.textProperty().bind(saveState);
        saved.getStyleClass().add("save-state");
        bar.getRightItems().addAll(extras);
        bar.getRightItems().add(saved);
    }

    public Node view() {
        return bar;
    }
}
