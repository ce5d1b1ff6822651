package org.showdesk.ui.entries;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.control.Tooltip;
import org.showdesk.app.Rundown;
import org.showdesk.model.Entry;
import org.showdesk.model.EntryKind;
import org.showdesk.model.EntryStatus;

import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

/** One row of the rundown: kind, title, start time and status; rows can be dragged to reorder. */
final class EntryCell extends ListCell<Entry> {
    private static final String DRAG_PREFIX = "showdesk-entry:";

    private final Label kind = new Label();
    private final Label title = new Label();
    private final Label time = new Label();
    private final Label status = new Label();
    private final Label warning = new Label("⚠");
    private final HBox row;

    EntryCell(BiConsumer<Integer, Integer> move) {
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        kind.getStyleClass().add("entry-kind");
        title.getStyleClass().add("entry-title");
        time.getStyleClass().add("entry-time");
        status.getStyleClass().add("entry-status");
        title.setMinWidth(0);
        // The title gives way (ellipsis); kind, time and status never do, and the row never outgrows the list, so
        // the start time stays in view instead of behind a horizontal scroll bar.
        for (Label fixed : List.of(kind, time, status)) fixed.setMinWidth(Region.USE_PREF_SIZE);
        setPrefWidth(0);
        warning.getStyleClass().add("entry-warning");
        row = new HBox(6, kind, title, warning, gap, time, status);
        row.setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("entry-cell");

        setOnDragDetected(e -> {
            if (isEmpty()) return;
            ClipboardContent content = new ClipboardContent();
            content.putString(DRAG_PREFIX + getIndex());
            startDragAndDrop(TransferMode.MOVE).setContent(content);
            e.consume();
        });
        setOnDragOver(e -> {
            if (draggedIndex(e) >= 0) e.acceptTransferModes(TransferMode.MOVE);
            e.consume();
        });
        setOnDragDropped(e -> {
            int from = draggedIndex(e);
            int to = isEmpty() ? getListView().getItems().size() - 1 : getIndex();
            if (from >= 0) move.accept(from, to);
            e.setDropCompleted(from >= 0);
            e.consume();
        });
    }

    private static int draggedIndex(DragEvent e) {
        String s = e.getDragboard().hasString() ? e.getDragboard().getString() : "";
        return s.startsWith(DRAG_PREFIX) ? Integer.parseInt(s.substring(DRAG_PREFIX.length())) : -1;
    }

    @Override
    protected void updateItem(Entry entry, boolean empty) {
        super.updateItem(entry, empty);
        if (empty || entry == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        String k = entry.kind().name().toLowerCase(Locale.ROOT);
        kind.setText(k);
        kind.getStyleClass().removeIf(c -> c.startsWith("kind-"));
        kind.getStyleClass().add("kind-" + k);
        title.setText(entry.title().isBlank() ? "(untitled)" : entry.title());
        title.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("untitled"), entry.title().isBlank());
        time.setText(entry.startMs() == null ? "–:––" : (entry.startEstimated() ? "≈" : "") + ClockText.format(entry.startMs()));
        List<String> issues = Rundown.linkProblems(entry.links());
        boolean untitledItem = entry.kind() == EntryKind.ITEM && entry.title().isBlank();
        warning.setVisible(!issues.isEmpty() || untitledItem);
        warning.setManaged(warning.isVisible());
        warning.setTooltip(!warning.isVisible() ? null : new Tooltip(untitledItem ? "This item has no title yet"
                : String.join("\n", issues)));
        boolean checked = entry.status() == EntryStatus.CHECKED;
        status.setText(checked ? "✓ checked" : "draft");
        status.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("checked"), checked);
        setGraphic(row);
        setText(null);
    }
}
