package org.showdesk.ui.preview;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

import java.util.Locale;
import java.util.function.BiConsumer;

/**
 * Above a description: the drafted video title and tags, each with its own Copy, since an upload form asks
 * for them in separate fields. Shown only for outputs that have them (Bilibili, YouTube).
 */
final class TitleAndTagsBar {
    private final GridPane grid = new GridPane();
    private final TextField title = readOnly();
    private final TextField tags = readOnly();
    private final PreviewTab tab;

    /** @param copy receives (what, text) to put on the clipboard */
    TitleAndTagsBar(PreviewTab tab, BiConsumer<String, String> copy) {
        this.tab = tab;
        String id = tab.name().toLowerCase(Locale.ROOT);
        title.setId("title-" + id);
        tags.setId("tags-" + id);
        grid.getStyleClass().add("title-and-tags");
        grid.setHgap(8);
        grid.setVgap(4);
        grid.setPadding(new Insets(6, 10, 6, 10));
        ColumnConstraints label = new ColumnConstraints();
        ColumnConstraints field = new ColumnConstraints();
        field.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(label, field, new ColumnConstraints());
        Button copyTitle = new Button("Copy");
        copyTitle.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        copyTitle.setOnAction(e -> copy.accept(tab.label() + " title", title.getText()));
        Button copyTags = new Button("Copy");
        copyTags.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        copyTags.setOnAction(e -> copy.accept(tab.label() + " tags", tags.getText()));
        grid.addRow(0, new Label("Title"), title, copyTitle);
        grid.addRow(1, new Label("Tags"), tags, copyTags);
        grid.setAlignment(Pos.CENTER_LEFT);
        show(null);
    }

    Node view() {
        return grid;
    }

    void show(RenderedTab r) {
        boolean has = r != null && !r.failed() && !r.suggestedTitle().isEmpty();
        grid.setVisible(has);
        grid.setManaged(has);
        if (!has) return;
        title.setText(r.suggestedTitle());
        // Bilibili's tag box takes them one by one or comma-separated; YouTube's takes commas.
        tags.setText(String.join(tab == PreviewTab.BILIBILI ? "," : ", ", r.suggestedTags()));
    }

    private static TextField readOnly() {
        TextField f = new TextField();
        f.setEditable(false);
        f.setPrefColumnCount(6); // grows with the pane, and shrinks with it too
        f.setMinWidth(40);
        f.getStyleClass().add("read-only-field");
        return f;
    }
}
