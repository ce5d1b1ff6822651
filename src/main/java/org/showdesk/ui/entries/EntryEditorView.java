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
import javafx.scene.control.Control;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.showdesk.model.EntryKind;
import org.showdesk.model.EntryStatus;
import org.showdesk.model.Link;
import org.showdesk.model.LinkKind;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.function.BooleanSupplier;

/**
 * The form for the selected entry; every field is bound to {@link EntryEditorModel}, nothing is kept here.
 * Labels sit above their fields (counters at the right of the label) so the form stays usable in the
 * window's narrow middle column.
 */
final class EntryEditorView {
    private static final PseudoClass OVER = PseudoClass.getPseudoClass("over");

    private final EntryEditorModel model;
    private final VBox form = new VBox(8);
    private final Supplier<List<String>> organizations;
    private final Supplier<List<String>> works;
    /** ControlsFX decorations on the fields that are over a platform's limit or do not parse. */
    private final ValidationSupport validation = new ValidationSupport();

    /** @param organizations, works the glossary's names the organizations and title fields complete from */
    EntryEditorView(EntryEditorModel model, Supplier<List<String>> organizations, Supplier<List<String>> works) {
        this.model = model;
        this.organizations = organizations;
        this.works = works;
        form.getStyleClass().add("entry-editor");
        form.setPadding(new Insets(8, 10, 10, 10));
        build();
        form.disableProperty().bind(model.editingProperty().not());
    }

    Node view() {
        return form;
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
        TextField start = field(model.startTimeProperty(), "entry-start", "m:ss");
        start.setPrefColumnCount(6);
        validation.registerValidator(start, false, (Control c, String v) -> ValidationResult.fromErrorIf(c,
                model.startTimeErrorProperty().get(), !model.startTimeErrorProperty().get().isEmpty()));
        HBox top = new HBox(8, labelled("Kind", kind), labelled("Status", status), labelled("Start time", start));
        form.getChildren().add(top);
        form.getChildren().add(estimateHint(start));
        form.getChildren().add(error(model.startTimeErrorProperty(), "start-error"));

        TextField title = field(model.titleProperty(), "entry-title", "Name：what it is, e.g. SynCLR：只用合成数据学视觉表示");
        String titleHint = "YouTube shows about " + EntryEditorModel.TITLE_SOFT_LIMIT + " characters of a chapter title";
        add("Title", title, counter(model.titleCount(), model::isTitleLong, titleHint));
        validation.registerValidator(title, false, (Control c, String v) ->
                ValidationResult.fromWarningIf(c, titleHint, model.isTitleLong()));
        NameCompletion.forTitle(title, works);
        TextField orgs = field(model.organizationsProperty(), "entry-organizations",
                "Google, 纽约大学 — separate with commas");
        NameCompletion.forList(orgs, organizations);
        add("Organizations", orgs, null);
        add("Category", field(model.categoryProperty(), "entry-category", "e.g. 多模态, 代码, 数据集"), null);
        TextField summary = field(model.summaryProperty(), "entry-summary", "One or two whole sentences: what is new");
        String summaryHint = "Longer than " + EntryEditorModel.SUMMARY_SOFT_LIMIT + " characters: more than a line in a description";
        add("Summary", summary, counter(model.summaryCount(), model::isSummaryLong, summaryHint));
        validation.registerValidator(summary, false, (Control c, String v) ->
                ValidationResult.fromWarningIf(c, summaryHint, model.isSummaryLong()));
        add("Links", links(), null);
        form.getChildren().add(error(model.linkMessageProperty(), "link-message"));

        TextArea notes = new TextArea();
        notes.textProperty().bindBidirectional(model.notesProperty());
        notes.setPromptText("Only for you; not published");
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        notes.setId("entry-notes");
        add("Notes", notes, null);
    }

    /** An estimated start reads "≈" as in the list, with the way to make it the host's own. */
    private Node estimateHint(TextField start) {
        PseudoClass estimated = PseudoClass.getPseudoClass("estimated");
        start.pseudoClassStateChanged(estimated, model.startEstimatedProperty().get());
        model.startEstimatedProperty().addListener((o, was, now) -> start.pseudoClassStateChanged(estimated, now));
        Label hint = new Label("≈ estimated from the media — confirm it, or set it from the player");
        hint.getStyleClass().add("field-hint");
        hint.setWrapText(true);
        hint.setMinWidth(0);
        HBox.setHgrow(hint, Priority.ALWAYS);
        Button confirm = new Button("Confirm starts");
        confirm.setId("confirm-starts");
        confirm.getStyleClass().add("small");
        confirm.setMinWidth(Region.USE_PREF_SIZE);
        confirm.setTooltip(new Tooltip("Take every estimated start of this episode's entries as yours"));
        confirm.setOnAction(e -> model.confirmStarts());
        HBox row = new HBox(8, hint, confirm);
        row.setId("start-estimated");
        row.setAlignment(Pos.CENTER_LEFT);
        row.visibleProperty().bind(model.startEstimatedProperty());
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }

    private Node links() {
        ListView<Link> list = new ListView<>(model.links());
        list.setId("entry-links");
        list.setPrefHeight(84);
        list.setCellFactory(v -> new LinkCell(model));
        list.setPlaceholder(new Label("No links yet"));
        ComboBox<LinkKind> kind = new ComboBox<>();
        kind.setId("new-link-kind");
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
        kind.setMinWidth(Region.USE_PREF_SIZE);
        TextField url = field(model.newLinkUrlProperty(), "new-link-url", "https://… or arXiv id");
        url.setPrefColumnCount(8);
        Button add = new Button("Add");
        add.setId("add-link");
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.setTooltip(new Tooltip("Add the link (Enter); only http(s) addresses, arXiv ids become their abstract page"));
        add.disableProperty().bind(Bindings.createBooleanBinding(() -> model.newLinkUrlProperty().get().isBlank(),
                model.newLinkUrlProperty()));
        add.setOnAction(e -> model.addLink());
        url.setOnAction(e -> model.addLink());
        HBox.setHgrow(url, Priority.ALWAYS);
        HBox addRow = new HBox(6, kind, url, add);
        addRow.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, list, addRow);
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
            kind.setMinWidth(Region.USE_PREF_SIZE);
            Label url = new Label(link.url());
            url.getStyleClass().add("link-url");
            url.setMinWidth(0);
            url.setMaxWidth(Double.MAX_VALUE);
            url.setTooltip(new Tooltip(link.url()));
            HBox.setHgrow(url, Priority.ALWAYS);
            Button remove = new Button("✕");
            remove.getStyleClass().add("link-remove");
            remove.setMinWidth(Region.USE_PREF_SIZE);
            remove.setTooltip(new Tooltip("Remove this link"));
            remove.setOnAction(e -> model.removeLink(getIndex()));
            HBox box = new HBox(6, kind, url, remove);
            box.setAlignment(Pos.CENTER_LEFT);
            box.setMinWidth(0);
            box.setPrefWidth(0);
            setGraphic(box);
        }
    }

    private static TextField field(StringProperty property, String id, String prompt) {
        TextField f = new TextField();
        f.textProperty().bindBidirectional(property);
        f.setId(id);
        f.setPromptText(prompt);
        f.setMinWidth(40);
        return f;
    }

    private static Label counter(ObservableStringValue count, BooleanSupplier over, String overHint) {
        Label counter = new Label();
        counter.textProperty().bind(count);
        counter.getStyleClass().add("counter");
        Tooltip hint = new Tooltip(overHint);
        count.addListener((o, was, now) -> {
            counter.pseudoClassStateChanged(OVER, over.getAsBoolean());
            counter.setTooltip(over.getAsBoolean() ? hint : null);
        });
        return counter;
    }

    private static VBox labelled(String label, Node field) {
        Label l = new Label(label);
        l.getStyleClass().add("field-label");
        return new VBox(2, l, field);
    }

    private void add(String label, Node field, Label counter) {
        Label l = new Label(label);
        l.getStyleClass().add("field-label");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = counter == null ? new HBox(l) : new HBox(l, gap, counter);
        head.setAlignment(Pos.BOTTOM_LEFT);
        form.getChildren().add(new VBox(2, head, field));
    }

    private static Label error(ObservableStringValue message, String id) {
        Label error = new Label();
        error.setId(id);
        error.textProperty().bind(message);
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setMaxWidth(Double.MAX_VALUE);
        error.visibleProperty().bind(Bindings.isNotEmpty(message));
        error.managedProperty().bind(error.visibleProperty());
        return error;
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
