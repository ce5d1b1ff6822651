package org.showdesk.ui.entries;

import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;
import org.showdesk.model.EntryKind;
import org.showdesk.model.EntryStatus;
import org.showdesk.model.Link;
import org.showdesk.model.LinkKind;

import java.util.Locale;
import java.util.function.BooleanSupplier;

/** The form for the selected entry; every field is bound to {@link EntryEditorModel}, nothing is kept here. */
final class EntryEditorView {
    private static final PseudoClass OVER = PseudoClass.getPseudoClass("over");

    private final EntryEditorModel model;
    private final GridPane grid = new GridPane();
    private int row;

    EntryEditorView(EntryEditorModel model) {
        this.model = model;
        grid.getStyleClass().add("entry-editor");
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new Insets(8));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, fields);
        build();
        grid.disableProperty().bind(model.editingProperty().not());
    }

    Node view() {
        return grid;
    }

    private void build() {
        ComboBox<EntryKind> kind = new ComboBox<>();
        kind.getItems().setAll(EntryKind.values());
        kind.setConverter(lowerCase());
        kind.valueProperty().bindBidirectional(model.kindProperty());
        kind.setId("entry-kind");
        ComboBox<EntryStatus> status = new ComboBox<>();
        status.getItems().setAll(EntryStatus.values());
        status.setConverter(lowerCase());
        status.valueProperty().bindBidirectional(model.statusProperty());
        status.setId("entry-status");
        Label statusLabel = new Label("Status");
        HBox kindAndStatus = new HBox(8, kind, statusLabel, status);
        kindAndStatus.setAlignment(Pos.CENTER_LEFT);
        add("Kind", kindAndStatus);

        TextField title = field(model.titleProperty(), "entry-title", "The work's name, e.g. SynCLR");
        add("Title", withCounter(title, model.titleCount(), model::isTitleLong,
                "YouTube shows about " + EntryEditorModel.TITLE_SOFT_LIMIT + " characters of a chapter title"));
        add("Organizations", field(model.organizationsProperty(), "entry-organizations", "Google, 纽约大学 — separate with commas"));
        add("Category", field(model.categoryProperty(), "entry-category", "e.g. 多模态, 代码, 数据集"));
        TextField summary = field(model.summaryProperty(), "entry-summary", "One line: what is new");
        add("Summary", withCounter(summary, model.summaryCount(), model::isSummaryLong,
                "Longer than one line in a description"));
        TextField start = field(model.startTimeProperty(), "entry-start", "m:ss or h:mm:ss");
        start.setPrefColumnCount(8);
        start.setMaxWidth(110);
        add("Start time", start);
        addError(model.startTimeErrorProperty(), "start-error");

        add("Links", links());
        addError(model.linkMessageProperty(), "link-message");

        TextArea notes = new TextArea();
        notes.textProperty().bindBidirectional(model.notesProperty());
        notes.setPromptText("Only for you; not published");
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        notes.setId("entry-notes");
        add("Notes", notes);
    }

    private Node links() {
        ListView<Link> list = new ListView<>(model.links());
        list.setId("entry-links");
        list.setPrefHeight(86);
        list.setCellFactory(v -> new LinkCell(model));
        list.setPlaceholder(new Label("No links yet"));
        ComboBox<LinkKind> kind = new ComboBox<>();
        kind.getItems().setAll(LinkKind.values());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(LinkKind k) {
                return k == null ? "" : k.label();
            }

            @Override
            public LinkKind fromString(String s) {
                return LinkKind.parse(s);
            }
        });
        kind.valueProperty().bindBidirectional(model.newLinkKindProperty());
        TextField url = field(model.newLinkUrlProperty(), "new-link-url", "https://… or an arXiv id such as 2401.01234");
        Button add = new Button("Add link");
        add.setId("add-link");
        add.setDefaultButton(false);
        add.disableProperty().bind(Bindings.createBooleanBinding(() -> model.newLinkUrlProperty().get().isBlank(),
                model.newLinkUrlProperty()));
        add.setOnAction(e -> model.addLink());
        url.setOnAction(e -> model.addLink());
        HBox.setHgrow(url, Priority.ALWAYS);
        HBox addRow = new HBox(6, kind, url, add);
        addRow.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(4, list, addRow);
        return box;
    }

    private static final class LinkCell extends ListCell<Link> {
        private final EntryEditorModel model;

        LinkCell(EntryEditorModel model) {
            this.model = model;
        }

        @Override
        protected void updateItem(Link link, boolean empty) {
            super.updateItem(link, empty);
            if (empty || link == null) {
                setGraphic(null);
                return;
            }
            Label kind = new Label(link.kind().label());
            kind.getStyleClass().add("link-kind");
            Label url = new Label(link.url());
            url.getStyleClass().add("link-url");
            url.setMinWidth(0);
            HBox.setHgrow(url, Priority.ALWAYS);
            url.setMaxWidth(Double.MAX_VALUE);
            Button remove = new Button("✕");
            remove.getStyleClass().add("link-remove");
            remove.setTooltip(new Tooltip("Remove this link"));
            remove.setOnAction(e -> model.removeLink(getIndex()));
            HBox box = new HBox(6, kind, url, remove);
            box.setAlignment(Pos.CENTER_LEFT);
            setGraphic(box);
        }
    }

    private static TextField field(StringProperty property, String id, String prompt) {
        TextField f = new TextField();
        f.textProperty().bindBidirectional(property);
        f.setId(id);
        f.setPromptText(prompt);
        return f;
    }

    private static Node withCounter(TextInputControl field, ObservableStringValue count, BooleanSupplier over, String overHint) {
        Label counter = new Label();
        counter.textProperty().bind(count);
        counter.getStyleClass().add("counter");
        Tooltip hint = new Tooltip(overHint);
        count.addListener((o, was, now) -> {
            counter.pseudoClassStateChanged(OVER, over.getAsBoolean());
            counter.setTooltip(over.getAsBoolean() ? hint : null);
        });
        HBox.setHgrow(field, Priority.ALWAYS);
        HBox box = new HBox(6, field, counter);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private void add(String label, Node field) {
        Label l = new Label(label);
        l.getStyleClass().add("field-label");
        GridPane.setValignment(l, javafx.geometry.VPos.TOP);
        l.setPadding(new Insets(4, 0, 0, 0));
        grid.add(l, 0, row);
        grid.add(field, 1, row);
        GridPane.setHgrow(field, Priority.ALWAYS);
        row++;
    }

    private void addError(ObservableStringValue message, String id) {
        Label error = new Label();
        error.setId(id);
        error.textProperty().bind(message);
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.visibleProperty().bind(Bindings.isNotEmpty(message));
        error.managedProperty().bind(error.visibleProperty());
        grid.add(error, 1, row++);
    }

    private static <E extends Enum<E>> StringConverter<E> lowerCase() {
        return new StringConverter<>() {
            @Override
            public String toString(E e) {
                return e == null ? "" : e.name().toLowerCase(Locale.ROOT);
            }

            @Override
            public E fromString(String s) {
                return null; // not editable
            }
        };
    }
}
