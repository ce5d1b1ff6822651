package org.showdesk.ui.backups;

import org.showdesk.model.Backup;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.showdesk.store.ProjectBackups;
import org.showdesk.ui.common.ErrorDialogs;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * File › Restore from backup…: the show's backups, newest first, and a confirmation that says what
 * restoring does before anything happens. It only chooses; the window does the restoring.
 */
public final class BackupPicker {
    private BackupPicker() {
    }

    /**
     * Lets the host pick one of {@code backups} and confirm it. Empty when they cancel at either step.
     *
     * @param showName the show's file name, for the dialog's words
     */
    public static Optional<Backup> choose(Window owner, String showName,
                                                         List<Backup> backups) {
        List<BackupRow> rows = BackupRow.of(backups, ZoneId.systemDefault());
        Dialog<BackupRow> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Restore from backup");
        dialog.setHeaderText("Restore " + showName + " from a backup");
        ButtonType restore = new ButtonType("Restore…", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(restore, ButtonType.CANCEL);

        TableView<BackupRow> table = new TableView<>();
        table.setId("backup-table");
        table.getColumns().add(column("Taken", 230, BackupRow::when));
        table.getColumns().add(column("Size", 90, BackupRow::size));
        table.getColumns().add(column("Episodes", 100, BackupRow::episodes));
        table.getItems().setAll(rows);
        table.setPlaceholder(new Label("No backups of this show yet."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(300);
        rows.stream().filter(BackupRow::restorable).findFirst().ifPresent(r -> table.getSelectionModel().select(r));
        table.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(BackupRow row, boolean empty) {
                super.updateItem(row, empty);
                setDisable(row != null && !row.restorable());
            }
        });

        Label about = new Label(org.showdesk.app.ShowBackups.whenTaken()
                + " Restoring replaces the whole show; its current state is backed up first.");
        about.setWrapText(true);
        about.getStyleClass().add("dialog-note");
        VBox body = new VBox(10, table, about);
        dialog.getDialogPane().setContent(body);
        dialog.getDialogPane().setPrefWidth(560);
        dialog.getDialogPane().lookupButton(restore).disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> table.getSelectionModel().getSelectedItem() == null
                        || !table.getSelectionModel().getSelectedItem().restorable(),
                table.getSelectionModel().selectedItemProperty()));
        dialog.setResultConverter(b -> b == restore ? table.getSelectionModel().getSelectedItem() : null);
        return dialog.showAndWait().filter(row -> confirm(owner, showName, row)).map(BackupRow::backup);
    }

    /** The last word before the show is replaced: what happens, and that the current state is kept. */
    public static boolean confirm(Window owner, String showName, BackupRow row) {
        return ErrorDialogs.confirm(owner, "Restore the backup of " + row.when() + "?", showName
                + " will close and open again as it was then (" + row.episodes() + ").\n\n"
                + "The current state is backed up first, so nothing is lost: you can restore it from this same "
                + "list.", "Restore");
    }

    private static TableColumn<BackupRow, String> column(String title, double width, Function<BackupRow, String> value) {
        TableColumn<BackupRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }
}
