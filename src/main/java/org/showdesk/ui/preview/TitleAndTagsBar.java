package org.showdesk.ui.preview;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.showdesk.model.LengthReport;
import org.showdesk.model.OutputPart;

import java.util.Locale;
import java.util.function.BiConsumer;

/**
 * Above a description: each field of the platform's upload form (Bilibili's 标题, 简介, 标签 and the 置顶评论
 * block; YouTube's title, description and hashtags) with its own Copy, since the form asks for them one by
 * one. Shown only for outputs that have such parts.
 */
final class TitleAndTagsBar {
    private final GridPane grid = new GridPane();
    private final PreviewTab tab;
    private final BiConsumer<String, String> copy;

    /** @param copy receives (what, text) to put on the clipboard */
    TitleAndTagsBar(PreviewTab tab, BiConsumer<String, String> copy) {
        this.tab = tab;
        this.copy = copy;
        grid.getStyleClass().add("title-and-tags");
        grid.setHgap(8);
        grid.setVgap(4);
        grid.setPadding(new Insets(6, 10, 6, 10));
        ColumnConstraints label = new ColumnConstraints();
        ColumnConstraints field = new ColumnConstraints();
        field.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(label, field, new ColumnConstraints());
        grid.setAlignment(Pos.CENTER_LEFT);
        show(null);
    }

    Node view() {
        return grid;
    }

    void show(RenderedTab r) {
        boolean has = r != null && !r.failed() && !r.parts().isEmpty();
        grid.setVisible(has);
        grid.setManaged(has);
        grid.getChildren().clear();
        if (!has) return;
        int row = 0;
        for (OutputPart part : r.parts()) {
            String id = tab.name().toLowerCase(Locale.ROOT) + "-" + part.key();
            TextField shown = readOnly(id);
            // One line: the whole text is in the page below; the field says what the copy will hold.
            shown.setText(part.text().strip().replaceAll("\\s*\\R\\s*", " / ")); // blank lines make no empty " /  / "
            boolean over = part.lengths().stream().anyMatch(LengthReport::isOver);
            Label heading = new Label(part.heading() + (over ? " ⚠" : ""));
            if (over) {
                heading.setTooltip(new Tooltip(String.join("\n", part.lengths().stream().filter(LengthReport::isOver)
                        .map(LengthReport::message).toList())));
            }
            Button button = new Button("Copy");
            button.setId("copy-" + id);
            button.setMinWidth(Region.USE_PREF_SIZE);
            button.setOnAction(e -> copy.accept(tab.label() + " " + part.heading(), part.text()));
            grid.addRow(row++, heading, shown, button);
        }
    }

    private static TextField readOnly(String id) {
        TextField f = new TextField();
        f.setId(id);
        f.setEditable(false);
        f.setPrefColumnCount(6); // grows with the pane, and shrinks with it too
        f.setMinWidth(40);
        f.getStyleClass().add("read-only-field");
        return f;
    }
}
