package org.showdesk.ui.entries;

import org.showdesk.ui.common.MessageBanner;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.showdesk.model.Cue;
import org.showdesk.model.Entry;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The middle pane: the episode's rundown (reorder by drag or Alt+↑/↓, split, merge, delete, suggest) above
 * the editor of the selected entry. Gestures are forwarded to {@link EntriesViewModel}.
 */
public final class EntriesView {
    private final EntriesViewModel model;
    private final BorderPane root = new BorderPane();
    private final ListView<Entry> list;

    public EntriesView(EntriesViewModel model) {
        this.model = model;
        root.getStyleClass().add("entries-pane");
        root.getStylesheets().add(EntriesView.class.getResource("entries.css").toExternalForm());

        list = new ListView<>(model.entries());
        list.setId("entries-list");
        list.setCellFactory(v -> new EntryCell(model::move));
        list.setPlaceholder(placeholder());
        list.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            if (now.intValue() != model.selectedIndexProperty().get()) model.select(now.intValue());
        });
        model.selectedIndexProperty().addListener((o, was, now) -> {
            if (now.intValue() != list.getSelectionModel().getSelectedIndex()) {
                if (now.intValue() < 0) list.getSelectionModel().clearSelection();
                else {
                    list.getSelectionModel().select(now.intValue());
                    list.scrollTo(now.intValue());
                }
            }
        });
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);

        Label message = MessageBanner.of("entries-message", model.messageProperty(), model::clearMessage);

        ScrollPane editor = new ScrollPane(new EntryEditorView(model.editor(), model::organizationNames, model::workNames).view());
        editor.setFitToWidth(true);
        editor.getStyleClass().add("editor-scroll");

        VBox top = new VBox(toolbar(), message, list, footer());
        VBox.setVgrow(list, Priority.ALWAYS);
        SplitPane split = new SplitPane(top, editor);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.42);
        root.setCenter(split);
        if (list.getSelectionModel().getSelectedIndex() != model.selectedIndexProperty().get()) {
            list.getSelectionModel().select(model.selectedIndexProperty().get());
        }
    }

    /** The pane to place in the window. */
    public Node view() {
        return root;
    }

    public EntriesViewModel model() {
        return model;
    }

    /** For a caret moving in the transcript: selects its entry without announcing a selection back. */
    public void selectEntryAtCue(long cueId) {
        model.selectEntryAtCue(cueId);
    }

    /** The host picked an entry here: the window scrolls the transcript to its span. */
    public void setOnEntrySelected(Consumer<Entry> listener) {
        model.addEntrySelectedListener(listener);
    }

    /** Any change of the rundown (typing included): the window refreshes the preview and the entry marks. */
    public void setOnEntriesChanged(Consumer<List<Entry>> listener) {
        model.addEntriesChangedListener(listener);
    }

    private ToolBar toolbar() {
        Button suggest = button("Suggest", "suggest-entries",
                "Cut the whole transcript into intro, news items and outro (replaces the current rundown)");
        suggest.setOnAction(e -> suggest());
        suggest.setDisable(model.isReadOnly());
        Button up = button("↑", "move-up", "Move the entry up (Alt+↑)");
        up.setOnAction(e -> model.moveUp());
        Button down = button("↓", "move-down", "Move the entry down (Alt+↓)");
        down.setOnAction(e -> model.moveDown());
        Button split = button("Split", "split-entry", "Start a new entry at one of this entry's sentences");
        split.setOnAction(e -> split());
        Button merge = button("Merge", "merge-entry", "Merge with the next entry");
        merge.setOnAction(e -> model.mergeSelectedWithNext());
        Button delete = button("Delete", "delete-entry", "Delete the entry (its sentences stay in the transcript)");
        delete.setOnAction(e -> delete());
        var none = model.selectedIndexProperty().lessThan(0).or(new javafx.beans.property.SimpleBooleanProperty(model.isReadOnly()));
        up.disableProperty().bind(model.selectedIndexProperty().lessThan(1).or(none));
        down.disableProperty().bind(none.or(model.selectedIndexProperty().greaterThanOrEqualTo(Bindings.size(model.entries()).subtract(1))));
        split.disableProperty().bind(none);
        merge.disableProperty().bind(none.or(model.selectedIndexProperty().greaterThanOrEqualTo(Bindings.size(model.entries()).subtract(1))));
        delete.disableProperty().bind(none);
        ToolBar bar = new ToolBar(suggest, up, down, split, merge, delete);
        bar.getStyleClass().add("entries-toolbar");
        return bar;
    }

    /** "✓ Saved · 9 entries" under the list: the host sees that nothing waits to be written. */
    private Node footer() {
        Label count = new Label();
        count.textProperty().bind(Bindings.size(model.entries()).asString("%d entries"));
        Label saved = new Label();
        saved.setId("entries-saved");
        saved.textProperty().bind(Bindings.when(model.savingProperty()).then("Saving…").otherwise("✓ Saved"));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox footer = new HBox(8, count, gap, saved);
        footer.getStyleClass().add("entries-footer");
        return footer;
    }

    private static Button button(String text, String id, String tip) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        return b;
    }

    private Node placeholder() {
        Label l = new Label();
        l.textProperty().bind(Bindings.when(model.readProperty())
                .then("No entries yet.\n“Suggest” cuts the transcript into news items for you.")
                .otherwise("Reading the entries…"));
        l.setWrapText(true);
        l.setAlignment(Pos.CENTER);
        l.getStyleClass().add("placeholder");
        return l;
    }

    private void keys(KeyEvent e) {
        if (e.isAltDown() && e.getCode() == KeyCode.UP) {
            model.moveUp();
            e.consume();
        } else if (e.isAltDown() && e.getCode() == KeyCode.DOWN) {
            model.moveDown();
            e.consume();
        } else if (e.getCode() == KeyCode.DELETE) {
            delete();
            e.consume();
        }
    }

    private void suggest() {
        if (!model.entries().isEmpty() && !confirm("Suggest the rundown of this episode again? Every field you "
                + "typed, every link, note and status is kept; what Showdesk filled in is suggested anew, and the cuts "
                + "between items may move. Ctrl+Z takes it back.", "Suggest again")) {
            return;
        }
        model.suggestEntries();
    }

    private void delete() {
        Entry e = model.selectedEntryProperty().get();
        if (e == null) return;
        String name = e.title().isBlank() ? "this untitled entry" : "“" + e.title() + "”";
        if (confirm("Delete " + name + "? Its sentences stay in the transcript.", "Delete")) model.deleteSelected();
    }

    private void split() {
        List<Cue> candidates = model.splitCandidates();
        if (candidates.isEmpty()) {
            new Alert(Alert.AlertType.INFORMATION, "This entry has only one sentence; there is nothing to split off.",
                    ButtonType.OK).showAndWait();
            return;
        }
        List<SentenceChoice> choices = candidates.stream().map(SentenceChoice::new).toList();
        ChoiceDialog<SentenceChoice> dialog = new ChoiceDialog<>(choices.get(0), choices);
        dialog.setTitle("Split entry");
        dialog.setHeaderText("The new entry starts at this sentence:");
        dialog.initOwner(root.getScene() == null ? null : root.getScene().getWindow());
        Optional<SentenceChoice> picked = dialog.showAndWait();
        picked.ifPresent(c -> model.splitSelectedAt(c.cue().id()));
    }

    private record SentenceChoice(Cue cue) {
        @Override
        public String toString() {
            String text = cue.displayText();
            String time = cue.startMs() == null ? "" : ClockText.format(cue.startMs()) + "  ";
            return time + (text.length() > 48 ? text.substring(0, 47) + "…" : text);
        }
    }

    private boolean confirm(String question, String action) {
        ButtonType yes = new ButtonType(action, ButtonType.OK.getButtonData());
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, yes, ButtonType.CANCEL);
        alert.setHeaderText(null);
        if (root.getScene() != null) alert.initOwner(root.getScene().getWindow());
        return alert.showAndWait().filter(yes::equals).isPresent();
    }
}
