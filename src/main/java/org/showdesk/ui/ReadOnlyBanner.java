package org.showdesk.ui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.showdesk.app.OpenShow;

/**
 * The strip under the menu while a show is open read-only (another Showdesk has it): says so in
 * words, and offers "Open for editing", which tries for the show again once the other one is closed.
 */
final class ReadOnlyBanner {
    static final String EXPLANATION = "Read-only: this show is open in another Showdesk, so nothing can be changed "
            + "here. Close it there, then open it for editing.";

    private final HBox root = new HBox(12);
    private final Label text = new Label(EXPLANATION);

    ReadOnlyBanner(Runnable openForEditing) {
        Button retry = new Button("Open for editing");
        retry.setId("open-for-editing");
        retry.setOnAction(e -> openForEditing.run());
        root.setId("read-only-banner");
        text.setId("read-only-text");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        root.getChildren().addAll(text, retry);
        root.setAlignment(Pos.CENTER_LEFT);
        root.getStyleClass().add("read-only-banner");
        showFor(null);
    }

    Node view() {
        return root;
    }

    /** Shown exactly while {@code show} is open read-only. */
    void showFor(OpenShow show) {
        boolean readOnly = show != null && show.isReadOnly();
        text.setText(EXPLANATION);
        root.setVisible(readOnly);
        root.setManaged(readOnly);
    }

    /** The retry found the show still open elsewhere: the banner stays and says so. */
    void stillInUse(String why) {
        text.setText("Still read-only: " + why);
    }
}
