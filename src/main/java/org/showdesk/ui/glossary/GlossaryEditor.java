package org.showdesk.ui.glossary;

import org.showdesk.model.StarterGlossary;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.List;
import javafx.util.StringConverter;
import org.showdesk.app.Glossaries;
import org.showdesk.app.TaskExecutor;
import org.showdesk.model.GlossaryTerm;
import org.showdesk.model.TermCategory;
import org.showdesk.ui.common.MessageBanner;

import java.io.File;

/**
 * The glossary editor: search, a table of every term, a form to add or change one, import and export of
 * text/CSV/JSON files and the starter glossaries. Opened from the window's Show menu with {@link #open(Window)}.
 */
public final class GlossaryEditor {
    private final GlossaryViewModel model;
    /** True while the host presses a mouse button or a key on the table: only then does its selection pick a term. */
    private boolean userPicking;
    private final Label editing = new Label("New term");
    private final BorderPane root = new BorderPane();
    private final TableView<GlossaryTerm> table = new TableView<>();
    private Stage stage;

    public GlossaryEditor(Glossaries glossaries, TaskExecutor executor, boolean readOnly) {
        this(new GlossaryViewModel(glossaries, executor, readOnly));
    }

    public GlossaryEditor(GlossaryViewModel model) {
        this.model = model;
        root.getStyleClass().add("glossary-editor");
        root.getStylesheets().add(GlossaryEditor.class.getResource("glossary.css").toExternalForm());
        root.setTop(new VBox(toolbar(), message()));
        root.setCenter(table());
        root.setBottom(form());
        model.load();
    }

    public Node view() {
        return root;
    }

    public GlossaryViewModel model() {
        return model;
    }

    /** Shows the editor in its own window (one per editor; a second call brings it to the front). */
    public void open(Window owner) {
        if (stage == null) {
            stage = new Stage();
            stage.setTitle("Glossary");
            if (owner != null) stage.initOwner(owner);
            stage.initModality(Modality.NONE);
            Scene scene = new Scene(root, 900, 680);
            scene.getAccelerators().put(javafx.scene.input.KeyCombination.valueOf("Shortcut+W"), this::close);
            stage.setScene(scene);
        }
        model.load();
        stage.show();
        stage.toFront();
    }

    private ToolBar toolbar() {
        TextField search = new TextField();
        search.setId("glossary-search");
        search.setPromptText("Search terms, variants, notes, pinyin");
        search.textProperty().bindBidirectional(model.searchProperty());
        search.setPrefColumnCount(24);
        Button add = new Button("New term");
        add.setId("glossary-new");
        add.setOnAction(e -> model.newTerm());
        Button importFile = new Button("Import…");
        importFile.setId("glossary-import");
        importFile.setTooltip(new Tooltip("Add terms from a text, CSV or JSON glossary file"));
        importFile.setOnAction(e -> importFile());
        Button exportFile = new Button("Export…");
        exportFile.setId("glossary-export");
        exportFile.setOnAction(e -> exportFile());
        MenuButton starters = new MenuButton("Starter glossaries");
        starters.setId("glossary-starters");
        for (StarterGlossary s : model.starters()) {
            MenuItem item = new MenuItem(s.displayName());
            item.setOnAction(e -> model.addStarter(s));
            starters.getItems().add(item);
        }
        starters.setDisable(starters.getItems().isEmpty() || model.isReadOnly());
        add.setDisable(model.isReadOnly());
        importFile.setDisable(model.isReadOnly());
        Label count = new Label();
        count.getStyleClass().add("glossary-count");
        count.textProperty().bind(Bindings.createStringBinding(() -> model.visibleTerms().size() == model.allTerms().size()
                ? model.allTerms().size() + " terms"
                : model.visibleTerms().size() + " of " + model.allTerms().size() + " terms", model.visibleTerms(), model.allTerms()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        return new ToolBar(search, count, gap, add, importFile, exportFile, starters);
    }

    private Node message() {
        return MessageBanner.of("glossary-message", model.messageProperty(), model::clearMessage);
    }

    private Node table() {
        table.setId("glossary-table");
        table.setItems(model.visibleTerms());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No terms. Add one below, import a file, or add a starter glossary."));
        TableColumn<GlossaryTerm, String> on = column("On", 44, t -> t.enabled() ? "✓" : "–");
        TableColumn<GlossaryTerm, String> term = column("Term", 170, GlossaryTerm::term);
        TableColumn<GlossaryTerm, String> category = column("Category", 90, t -> t.category().label());
        TableColumn<GlossaryTerm, String> variants = column("Variants (heard as)", 240, t -> String.join(", ", t.variants()));
        TableColumn<GlossaryTerm, String> pinyin = column("Pronunciation", 120, GlossaryTerm::pronunciation);
        TableColumn<GlossaryTerm, String> note = column("Note", 160, GlossaryTerm::note);
        table.getColumns().setAll(java.util.List.of(on, term, category, variants, pinyin, note));
        // Only the host's own click or key picks the term the form edits. When a search hides rows, the table
        // moves its selection by itself; following that would put another term under the form's unsaved text.
        table.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> userPicking = true);
        table.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> userPicking = true);
        table.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_RELEASED, e -> userPicking = false);
        table.addEventFilter(javafx.scene.input.KeyEvent.KEY_RELEASED, e -> userPicking = false);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (userPicking && now != null && now != model.selectedProperty().get()) model.selectedProperty().set(now);
        });
        model.selectedProperty().addListener((o, was, now) -> showSelection());
        model.visibleTerms().addListener((javafx.collections.ListChangeListener<GlossaryTerm>) c ->
                javafx.application.Platform.runLater(this::showSelection));
        return table;
    }

    /** The table shows the term the form edits selected, or nothing when the search hides it. */
    private void showSelection() {
        GlossaryTerm now = model.selectedProperty().get();
        boolean shown = now != null && model.visibleTerms().stream().anyMatch(t -> t.id() == now.id());
        editing.setText(now == null ? "New term" : "Editing “" + now.term() + "”"
                + (shown ? "" : " — hidden by the search; clear it to see the term in the list"));
        if (!shown) {
            table.getSelectionModel().clearSelection();
            return;
        }
        GlossaryTerm row = model.visibleTerms().stream().filter(t -> t.id() == now.id()).findFirst().orElseThrow();
        if (table.getSelectionModel().getSelectedItem() != row) {
            table.getSelectionModel().select(row);
            table.scrollTo(row);
        }
    }

    private static TableColumn<GlossaryTerm, String> column(String title, double width,
                                                            java.util.function.Function<GlossaryTerm, String> value) {
        TableColumn<GlossaryTerm, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }

    private Node form() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("glossary-form");
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new Insets(10));
        ColumnConstraints l1 = new ColumnConstraints();
        ColumnConstraints f1 = new ColumnConstraints();
        f1.setHgrow(Priority.ALWAYS);
        ColumnConstraints l2 = new ColumnConstraints();
        ColumnConstraints f2 = new ColumnConstraints();
        f2.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(l1, f1, l2, f2);

        TextField term = text("glossary-term", "The correct form, e.g. 同花顺", model.termProperty());
        ComboBox<TermCategory> category = new ComboBox<>();
        category.setId("glossary-category");
        category.getItems().setAll(TermCategory.values());
        category.setConverter(new StringConverter<>() {
            @Override
            public String toString(TermCategory c) {
                return c == null ? "" : c.label();
            }

            @Override
            public TermCategory fromString(String s) {
                return TermCategory.parse(s);
            }
        });
        category.valueProperty().bindBidirectional(model.categoryProperty());
        TextField variants = text("glossary-variants", "As ASR wrote it: 童话顺, 同花顺儿", model.variantsProperty());
        TextField pronunciation = text("glossary-pronunciation", "Optional pinyin without tones: tong hua shun", model.pronunciationProperty());
        TextField note = text("glossary-note", "Optional, for you", model.noteProperty());
        CheckBox enabled = new CheckBox("Used when checking");
        enabled.setId("glossary-enabled");
        enabled.selectedProperty().bindBidirectional(model.enabledProperty());

        editing.setId("glossary-editing");
        editing.getStyleClass().add("pane-subtitle");
        grid.add(editing, 0, 0, 4, 1);
        grid.addRow(1, new Label("Term"), term, new Label("Category"), category);
        grid.addRow(2, new Label("Variants"), variants, new Label("Pronunciation"), pronunciation);
        grid.addRow(3, new Label("Note"), note, new Label(""), enabled);

        Button add = new Button("Add as new term");
        add.setId("glossary-add");
        add.setOnAction(e -> model.addFromForm());
        Button save = new Button("Save changes");
        save.setId("glossary-save");
        // Not a default button: Enter in the search box must never write the form into a term.
        for (TextField f : List.of(term, variants, pronunciation, note)) f.setOnAction(e -> model.saveForm());
        save.setOnAction(e -> model.saveForm());
        save.disableProperty().bind(model.selectedProperty().isNull());
        Button delete = new Button("Delete");
        delete.setId("glossary-delete");
        delete.disableProperty().bind(model.selectedProperty().isNull());
        delete.setOnAction(e -> delete());
        HBox buttons = new HBox(8, add, save, delete);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        grid.add(buttons, 0, 4, 4, 1);
        grid.setDisable(model.isReadOnly());
        Button close = new Button("Close");
        close.setId("glossary-close");
        close.setCancelButton(true); // Escape
        close.setOnAction(e -> close());
        HBox closeRow = new HBox(close);
        closeRow.setAlignment(Pos.CENTER_RIGHT);
        closeRow.setPadding(new Insets(0, 10, 10, 10));
        return new VBox(grid, closeRow);
    }

    private static TextField text(String id, String prompt, javafx.beans.property.StringProperty property) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.textProperty().bindBidirectional(property);
        return f;
    }

    private void delete() {
        GlossaryTerm t = model.selectedProperty().get();
        if (t == null) return;
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Delete “" + t.term() + "” and its "
                + t.variants().size() + " variants from the glossary?", ButtonType.OK, ButtonType.CANCEL);
        alert.setHeaderText(null);
        if (root.getScene() != null) alert.initOwner(root.getScene().getWindow());
        if (alert.showAndWait().filter(ButtonType.OK::equals).isPresent()) model.deleteSelected();
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Glossary files (*.txt, *.csv, *.json)", "*.txt", "*.csv", "*.json"),
                new FileChooser.ExtensionFilter("Plain text (*.txt)", "*.txt"),
                new FileChooser.ExtensionFilter("CSV (*.csv)", "*.csv"),
                new FileChooser.ExtensionFilter("JSON (*.json)", "*.json"));
        return chooser;
    }

    private void importFile() {
        File file = chooser("Import a glossary").showOpenDialog(window());
        if (file != null) model.importFile(file.toPath(), question -> {
            Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.OK, ButtonType.CANCEL);
            alert.setHeaderText(null);
            if (root.getScene() != null) alert.initOwner(root.getScene().getWindow());
            return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
        });
    }

    private void exportFile() {
        FileChooser chooser = chooser("Export the glossary");
        chooser.setInitialFileName("glossary.csv");
        File file = chooser.showSaveDialog(window());
        if (file != null) model.exportFile(file.toPath());
    }

    /** Closes the window; edits typed into the form are saved first (never lost by closing). */
    void close() {
        GlossaryTerm t = model.selectedProperty().get();
        if (t != null && model.isDirty(t) && !model.isReadOnly()) model.saveForm();
        Window w = window();
        if (w instanceof Stage s) s.close();
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

}
