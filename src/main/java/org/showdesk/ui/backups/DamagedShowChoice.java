package org.showdesk.ui.backups;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

import java.util.Optional;

/**
 * What the window offers when a show fails its check on open: the newest good backup by its time,
 * another backup from the list, or nothing. The damaged file itself is never written to.
 */
public final class DamagedShowChoice {
    public enum Choice { NEWEST_GOOD, CHOOSE_ANOTHER, CANCEL }

    private DamagedShowChoice() {
    }

    /**
     * @param problem    what is wrong, in the host's words
     * @param newestGood the newest backup that passed its check, if any
     * @param anyBackups whether there is any backup to choose from
     */
    public static Choice ask(Window owner, String showName, String problem, Optional<BackupRow> newestGood,
                             boolean anyBackups) {
        ButtonType newest = newestGood.map(r -> new ButtonType("Restore the newest good backup (" + r.shortWhen() + ")",
                ButtonBar.ButtonData.OK_DONE)).orElse(null);
        ButtonType another = new ButtonType("Choose another backup…", ButtonBar.ButtonData.OTHER);
        Alert alert = new Alert(Alert.AlertType.WARNING, problem
                + "\n\nThe file was not changed. You can put a backup in its place; the damaged file is kept "
                + "beside the backups, never thrown away.");
        alert.initOwner(owner);
        alert.setTitle("Showdesk");
        alert.setHeaderText(showName + " is damaged");
        alert.getButtonTypes().clear();
        if (newest != null) alert.getButtonTypes().add(newest);
        if (anyBackups) alert.getButtonTypes().add(another);
        alert.getButtonTypes().add(ButtonType.CANCEL);
        alert.getDialogPane().setPrefWidth(720);
        alert.getDialogPane().setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        alert.setResizable(true);
        // The choices are sentences with a time in them: each button as wide as its words, never cut off.
        for (ButtonType t : alert.getButtonTypes()) {
            javafx.scene.control.Button b = (javafx.scene.control.Button) alert.getDialogPane().lookupButton(t);
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            ButtonBar.setButtonUniformSize(b, false);
        }
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty()) return Choice.CANCEL;
        if (answer.get() == newest) return Choice.NEWEST_GOOD;
        if (answer.get() == another) return Choice.CHOOSE_ANOTHER;
        return Choice.CANCEL;
    }
}
