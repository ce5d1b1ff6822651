package org.showdesk.ui.templates;

import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.showdesk.app.OpenEpisode;
import org.showdesk.app.TaskExecutor;
import org.showdesk.app.Templates;
import org.showdesk.ui.common.MessageBanner;
import org.showdesk.ui.preview.FxCoalescer;

import java.util.Map;

/**
 * The template editor: the show's output templates, the body of the selected one, and the output it makes
 * for the current episode below it. A mistake is named with its line and column; clicking it puts the caret there.
 */
public final class TemplateEditor {
    private static final Map<String, String> LABELS = Map.of(
            "bilibili", "Bilibili 简介", "youtube", "YouTube description", "md", "Show notes (Markdown, HTML)",
            "title", "Video title");

    private final TemplateEditorViewModel model;
    private final BorderPane root = new BorderPane();
    private final TextArea body = new TextArea();
    private Stage stage;

    public TemplateEditor(Templates templates, boolean readOnly, TaskExecutor executor) {
        this(new TemplateEditorViewModel(templates, readOnly, executor, new FxCoalescer(Duration.millis(150))));
    }

    public TemplateEditor(TemplateEditorViewModel model) {
        this.model = model;
        root.getStyleClass().add("template-editor");
        root.getStylesheets().add(TemplateEditor.class.getResource("templates.css").toExternalForm());

        ListView<String> names = new ListView<>();
        names.setId("template-names");
        names.getItems().setAll(model.names());
        names.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : LABELS.getOrDefault(item, item));
            }
        });
        names.setPrefWidth(240);
        names.getSelectionModel().select(model.nameProperty().get());
        names.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) model.nameProperty().set(now);
        });

        body.setId("template-body");
        body.getStyleClass().add("template-body");
        body.textProperty().bindBidirectional(model.bodyProperty());
        body.setWrapText(false);
        body.setEditable(!model.isReadOnly());

        Label error = new Label();
        error.setId("template-error");
        error.getStyleClass().add("template-error");
        error.setWrapText(true);
        error.setMaxWidth(Double.MAX_VALUE);
        error.textProperty().bind(Bindings.createStringBinding(
                () -> model.errorProperty().get().isEmpty() ? "" : "⚠ " + model.errorProperty().get()
                        + (model.errorLineProperty().get() > 0 ? "  (click to go there)" : ""),
                model.errorProperty(), model.errorLineProperty()));
        error.visibleProperty().bind(Bindings.isNotEmpty(model.errorProperty()));
        error.managedProperty().bind(error.visibleProperty());
        error.setOnMouseClicked(e -> goToError());

        TextArea preview = new TextArea();
        preview.setId("template-preview");
        preview.getStyleClass().add("template-preview");
        preview.setEditable(false);
        preview.setWrapText(true);
        preview.textProperty().bind(model.previewProperty());
        Label previewTitle = new Label("Preview with the current episode");
        previewTitle.getStyleClass().add("section-title");
        VBox previewBox = new VBox(4, previewTitle, preview);
        VBox.setVgrow(preview, Priority.ALWAYS);

        VBox editorBox = new VBox(body, error);
        VBox.setVgrow(body, Priority.ALWAYS);
        SplitPane split = new SplitPane(editorBox, previewBox);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);

        root.setTop(new VBox(toolbar(), MessageBanner.of("template-message", model.messageProperty(), model::clearMessage)));
        root.setLeft(names);
        root.setCenter(split);
        Button close = new Button("Close");
        close.setId("templates-close");
        close.setCancelButton(true); // Escape
        close.setOnAction(e -> close());
        HBox closeRow = new HBox(close);
        closeRow.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        closeRow.setPadding(new javafx.geometry.Insets(8));
        root.setBottom(closeRow);
    }

    public Node view() {
        return root;
    }

    public TemplateEditorViewModel model() {
        return model;
    }

    /** Closes the window (every change is already saved as it is typed). */
    void close() {
        if (root.getScene() != null && root.getScene().getWindow() instanceof Stage s) s.close();
    }

    /** Opens the editor in its own window, previewing with the open episode as it is ({@code null}: none). */
    public void open(Window owner, OpenEpisode.State previewWith) {
        if (stage == null) {
            stage = new Stage();
            stage.setTitle("Templates");
            if (owner != null) stage.initOwner(owner);
            Scene scene = new Scene(root, 1000, 700);
            scene.getAccelerators().put(javafx.scene.input.KeyCombination.valueOf("Shortcut+W"), this::close);
            stage.setScene(scene);
        }
        model.load(previewWith);
        stage.show();
        stage.toFront();
    }

    /** The window's preview should render again: call it from here. */
    public void setOnTemplatesChanged(Runnable listener) {
        model.addTemplatesChangedListener(listener);
    }

    private ToolBar toolbar() {
        Label state = new Label();
        state.setId("template-state");
        state.getStyleClass().add("template-state");
        state.textProperty().bind(Bindings.when(model.customizedProperty())
                .then("Edited for this show — saved as you type").otherwise("Showdesk's default template"));
        Button reset = new Button("Reset to default");
        reset.setId("template-reset");
        reset.setTooltip(new Tooltip("Throw away this show's version and use the template shipped with Showdesk"));
        reset.disableProperty().bind(model.customizedProperty().not().or(
                new javafx.beans.property.SimpleBooleanProperty(model.isReadOnly())));
        reset.setOnAction(e -> model.resetToDefault());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        return new ToolBar(state, gap, reset);
    }

    /** Puts the caret at the reported line and column of the mistake. */
    void goToError() {
        int line = model.errorLineProperty().get();
        if (line <= 0) return;
        String text = body.getText();
        int offset = 0;
        for (int l = 1; l < line && offset >= 0; l++) {
            int next = text.indexOf('\n', offset);
            offset = next < 0 ? text.length() : next + 1;
        }
        int column = Math.max(1, model.errorColumnProperty().get());
        int lineEnd = text.indexOf('\n', offset);
        int target = Math.min(offset + column - 1, lineEnd < 0 ? text.length() : lineEnd);
        body.requestFocus();
        body.positionCaret(target);
    }
}
