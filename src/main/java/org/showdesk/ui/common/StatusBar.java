package org.showdesk.ui.common;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The strip at the bottom of the window: what is happening, a progress bar while work runs, and the save state. */
public final class StatusBar {
    private final HBox root = new HBox(10);

    public StatusBar(StatusModel status, ObservableValue<String> saveState, Node... extras) {
        Label message = new Label();
        message.textProperty().bind(status.messageProperty());
        message.getStyleClass().add("status-message");
        ProgressBar progress = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        progress.setPrefWidth(140);
        progress.visibleProperty().bind(status.busyProperty());
        progress.managedProperty().bind(status.busyProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label saved = new Label();
        saved.textProperty().bind(saveState);
        saved.getStyleClass().add("save-state");
        root.getChildren().addAll(progress, message, spacer);
        root.getChildren().addAll(extras);
        root.getChildren().add(saved);
        root.setAlignment(Pos.CENTER_LEFT);
        root.getStyleClass().add("status-bar");
    }

    public Node view() {
        return root;
    }
}
