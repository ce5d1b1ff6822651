package org.showdesk.ui.review;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.showdesk.ui.common.Theme;

import java.util.List;
import java.util.Map;

/**
 * The review panel: every open finding in a table grouped by term, rule or confidence, a tick each,
 * ticking by band or rule, hit counts per rule, and "Apply" for exactly the ticked ones.
 */
public final class ReviewDialog {
    /** A table line: a group heading (row == null) or one finding. */
    private record Line(String group, List<ReviewViewModel.Row> members, ReviewViewModel.Row row) {
    }

    private final ReviewViewModel model;
    private final Stage stage = new Stage();
    private final TreeTableView<Line> table = new TreeTableView<>();
    private final ChoiceBox<ReviewViewModel.Grouping> grouping = new ChoiceBox<>();

    public ReviewDialog(Window owner, ReviewViewModel model) {
        this.model = model;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Review findings");
        grouping.getItems().addAll(ReviewViewModel.Grouping.values());
        grouping.setValue(ReviewViewModel.Grouping.TERM);
        grouping.valueProperty().addListener((obs, o, n) -> fill());
        buildTable();
        fill();
        BorderPane root = new BorderPane(table);
        root.setTop(toolbar());
        root.setRight(ruleCounts());
        root.setBottom(footer());
        root.getStyleClass().add("review");
        root.setPadding(new Insets(12));
        Scene scene = new Scene(root, 1100, 640);
        Theme.style(scene);
        stage.setScene(scene);
        for (ReviewViewModel.Row r : model.rows()) r.tickedProperty().addListener((obs, o, n) -> table.refresh());
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }

    private HBox toolbar() {
        Button all = new Button("Tick all");
        all.setOnAction(e -> model.tickAll(true));
        Button none = new Button("Untick all");
        none.setOnAction(e -> model.tickAll(false));
        MenuButton bands = new MenuButton("Tick confidence");
        bands.setId("tick-band");
        model.hitsPerBand().forEach((band, n) -> {
            MenuItem item = new MenuItem(band + " (" + n + ")");
            item.setId("tick-band-" + band);
            item.setOnAction(e -> model.tickBand(band, true));
            bands.getItems().add(item);
        });
        MenuButton rules = new MenuButton("Tick rule");
        rules.setId("tick-rule");
        model.hitsPerRule().forEach((rule, n) -> {
            MenuItem item = new MenuItem(rule + " (" + n + ")");
            item.setId("tick-rule-" + rule);
            item.setOnAction(e -> model.tickRule(rule, true));
            rules.getItems().add(item);
        });
        HBox bar = new HBox(8, new Label("Group by"), grouping, new Region(), all, none, bands, rules);
        HBox.setHgrow(bar.getChildren().get(2), Priority.ALWAYS);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 0, 10, 0));
        return bar;
    }

    private VBox ruleCounts() {
        VBox box = new VBox(4);
        Label title = new Label("Hits per rule");
        title.getStyleClass().add("pane-title");
        box.getChildren().add(title);
        for (Map.Entry<String, Long> e : model.hitsPerRule().entrySet()) {
            Label l = new Label(e.getValue() + "  " + e.getKey());
            l.getStyleClass().add("rule-count");
            box.getChildren().add(l);
        }
        box.setPadding(new Insets(0, 0, 0, 12));
        box.setMinWidth(170);
        return box;
    }

    private HBox footer() {
        Label count = new Label();
        count.setId("ticked-count");
        count.textProperty().bind(model.tickedCountProperty().asString("%d of " + model.rows().size() + " ticked"));
        Button apply = new Button("Apply ticked");
        apply.setId("apply-ticked");
        apply.setDefaultButton(true);
        apply.disableProperty().bind(model.tickedCountProperty().isEqualTo(0).or(
                new javafx.beans.property.SimpleBooleanProperty(!model.canApply())));

        apply.setOnAction(e -> {
            model.apply();
            stage.close();
        });
        Button reject = new Button("Reject ticked");
        reject.setId("reject-ticked");
        reject.setTooltip(new javafx.scene.control.Tooltip("Not mistakes: they are not raised again in this episode"));
        reject.disableProperty().bind(apply.disableProperty());
        reject.setOnAction(e -> {
            model.rejectTicked();
            stage.close();
        });
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, count, spacer, close, reject, apply);
        if (!model.canApply()) {
            Label readOnly = new Label("Read-only show: findings can be reviewed, not applied.");
            readOnly.setId("review-read-only");
            bar.getChildren().add(1, readOnly);
        }
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 0, 0, 0));
        return bar;
    }

    private void buildTable() {
        TreeTableColumn<Line, Line> tick = new TreeTableColumn<>("");
        tick.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue().getValue()));
        tick.setCellFactory(c -> new TickCell());
        tick.setPrefWidth(250);
        tick.setText("Finding");
        TreeTableColumn<Line, String> suggestion = text("Suggestion", 150,
                l -> l.row() == null ? "" : l.row().finding().suggestion());
        TreeTableColumn<Line, String> rule = text("Rule", 120, l -> l.row() == null ? "" : l.row().finding().rule());
        TreeTableColumn<Line, String> confidence = text("Confidence", 105, l -> l.row() == null ? ""
                : Math.round(l.row().finding().confidence() * 100) + "%");
        TreeTableColumn<Line, String> context = text("In context", 300, l -> l.row() == null ? ""
                : l.row().context());
        table.getColumns().addAll(List.of(tick, suggestion, rule, confidence, context));
        table.setShowRoot(false);
        table.setId("review-table");
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    private static TreeTableColumn<Line, String> text(String title, double width,
                                                      java.util.function.Function<Line, String> value) {
        TreeTableColumn<Line, String> col = new TreeTableColumn<>(title);
        col.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue().getValue())));
        col.setPrefWidth(width);
        return col;
    }

    private void fill() {
        TreeItem<Line> root = new TreeItem<>();
        for (Map.Entry<String, List<ReviewViewModel.Row>> g : model.grouped(grouping.getValue()).entrySet()) {
            TreeItem<Line> group = new TreeItem<>(new Line(g.getKey(), g.getValue(), null));
            for (ReviewViewModel.Row r : g.getValue()) group.getChildren().add(new TreeItem<>(new Line(g.getKey(), List.of(r), r)));
            group.setExpanded(true);
            root.getChildren().add(group);
        }
        table.setRoot(root);
    }

    /** A tick box with the found text; on a group heading it ticks the whole group. */
    private static final class TickCell extends TreeTableCell<Line, Line> {
        private final CheckBox box = new CheckBox();

        TickCell() {
            box.setOnAction(e -> {
                Line l = getItem();
                if (l != null) for (ReviewViewModel.Row r : l.members()) r.setTicked(box.isSelected());
            });
        }

        @Override
        protected void updateItem(Line line, boolean empty) {
            super.updateItem(line, empty);
            if (empty || line == null) {
                setGraphic(null);
                return;
            }
            long ticked = line.members().stream().filter(ReviewViewModel.Row::isTicked).count();
            box.setIndeterminate(ticked > 0 && ticked < line.members().size());
            box.setSelected(ticked == line.members().size());
            box.setText(line.row() == null ? line.group() + "  (" + line.members().size() + ")" : line.row().finding().found());
            box.getStyleClass().setAll("check-box", line.row() == null ? "review-group" : "review-row");
            setGraphic(box);
        }
    }
}
