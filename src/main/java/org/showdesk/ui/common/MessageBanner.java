package org.showdesk.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

/** The line a pane shows for its last problem or result; hidden while empty, a click dismisses it. */
public final class MessageBanner {
    private MessageBanner() {
    }

    public static Label of(String id, ObservableStringValue message, Runnable dismiss) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("pane-message");
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.textProperty().bind(message);
        label.visibleProperty().bind(Bindings.isNotEmpty(message));
        label.managedProperty().bind(label.visibleProperty());
        label.setTooltip(new Tooltip("Click to dismiss"));
        label.setOnMouseClicked(e -> dismiss.run());
        return label;
    }
}
