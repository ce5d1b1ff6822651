package org.showdesk.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.showdesk.model.ReadyItem;
import org.showdesk.model.ReadyReport;
import org.showdesk.ui.common.Theme;

import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * "Ready to publish?": what still needs the host, one line each. Double-clicking a line about an item selects
 * that entry; "Check again" asks once more after the host has worked through the list.
 */
final class ReadyDialog {
    private final Stage stage = new Stage();
    private final ListView<ReadyItem> list = new ListView<>();
    private final Label summary = new Label();

    /**
     * @param showEntry   selects the entry a line is about
     * @param checkAgain  runs the check again and hands the new report to {@link #show(ReadyReport)}
     */
    ReadyDialog(Window owner, LongConsumer showEntry, Consumer<ReadyDialog> checkAgain) {
        stage.initOwner(owner);
        stage.setTitle("Ready to publish?");
        list.setId("ready-items");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ReadyItem item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.message());
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        list.setOnMouseClicked(e -> {
            ReadyItem item = list.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && item != null && item.entryId() != 0) {
                // The list would stay above the window and hide the fields the host came to fill in.
                stage.close();
                showEntry.accept(item.entryId());
            }
        });
        list.setPlaceholder(new Label("Nothing left to check: the episode is ready to publish."));
        summary.setId("ready-summary");
        summary.getStyleClass().add("pane-title");
        Button again = new Button("Check again");
        again.setId("ready-again");
        again.setOnAction(e -> checkAgain.accept(this));
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, new Label("Double-click a line about an item to open it (Ctrl+Shift+P brings this list back)."), gap, again, close);
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.setPadding(new Insets(10, 0, 0, 0));
        BorderPane root = new BorderPane(list);
        root.setTop(summary);
        BorderPane.setMargin(summary, new Insets(0, 0, 8, 0));
        root.setBottom(buttons);
        root.setPadding(new Insets(12));
        Scene scene = new Scene(root, 720, 460);
        scene.getAccelerators().put(KeyCombination.valueOf("Shortcut+W"), stage::close);
        Theme.style(scene);
        stage.setScene(scene);
    }

    void show(ReadyReport report) {
        list.getItems().setAll(report.items());
        summary.setText(report.isReady() ? "Ready to publish." : report.items().size() + " thing"
                + (report.items().size() == 1 ? "" : "s") + " to see to before publishing");
        stage.show();
        stage.toFront();
    }

    Stage stage() {
        return stage;
    }
}
