package org.showdesk.ui.episodes;

import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.showdesk.model.Episode;
import org.showdesk.ui.common.Icons;

/** The bar above the panes: which episode is open, and the episode-wide actions (import, scan, review). */
public final class EpisodeBar {
    private final HBox root = new HBox(8);
    private final ComboBox<Episode> episodes = new ComboBox<>();
    private final Button review;

    public EpisodeBar(ObservableList<Episode> list, ObjectProperty<Episode> selected, Runnable importTranscript,
                      Runnable scan, Runnable openReview) {
        Label label = new Label("Episode");
        label.getStyleClass().add("bar-label");
        episodes.setItems(list);
        episodes.valueProperty().bindBidirectional(selected);
        episodes.setId("episode-selector");
        episodes.setPrefWidth(360);
        episodes.setVisibleRowCount(16);
        episodes.setPromptText("No episode yet: import a transcript");
        episodes.setConverter(new StringConverter<>() {
            @Override
            public String toString(Episode e) {
                return e == null ? "" : e.title();
            }

            @Override
            public Episode fromString(String s) {
                return null;
            }
        });
        episodes.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Episode e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : e.title() + "   ·  " + e.charCount() + " 字 · " + e.sourceFormat());
            }
        });
        Button importButton = new Button("Import…", Icons.importFile());
        importButton.setTooltip(new Tooltip("Import a transcript (.txt, .srt, .vtt, Whisper .json) — or drop the file on the window"));
        importButton.setOnAction(e -> importTranscript.run());
        Button scanButton = new Button("Scan", Icons.scan());
        scanButton.setTooltip(new Tooltip("Look for recognition errors again"));
        scanButton.setOnAction(e -> scan.run());
        review = new Button("Review findings…", Icons.review());
        review.setId("open-review");
        review.setTooltip(new Tooltip("All findings in one table: tick and apply"));
        review.setOnAction(e -> openReview.run());
        review.getStyleClass().add("accent");
        // Nothing to scan or review until an episode is open; a button that does nothing would only puzzle the host.
        scanButton.disableProperty().bind(selected.isNull());
        review.disableProperty().bind(selected.isNull());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        root.getChildren().addAll(label, episodes, importButton, spacer, scanButton, review);
        root.setAlignment(Pos.CENTER_LEFT);
        root.getStyleClass().add("episode-bar");
    }

    public Node view() {
        return root;
    }

    /** What the selector says while it has no episode: the show is opening, none is open, or it has none yet. */
    public void setPrompt(String text) {
        episodes.setPromptText(text);
    }

    public Button reviewButton() {
        return review;
    }
}
