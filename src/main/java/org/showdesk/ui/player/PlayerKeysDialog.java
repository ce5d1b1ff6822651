package org.showdesk.ui.player;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.showdesk.model.ShowdeskException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Changing the player's keys: click an action's key, press the new one. A key the window or an input method
 * needs is refused on the spot, with the reason; nothing is kept until OK.
 */
final class PlayerKeysDialog {
    private PlayerKeys keys;
    private final Label problem = new Label();
    private Button listening;

    private PlayerKeysDialog(PlayerKeys keys) {
        this.keys = keys;
    }

    /** The changed keys, or empty when the host cancelled. */
    static Optional<PlayerKeys> edit(Window owner, PlayerKeys current) {
        return new PlayerKeysDialog(current).show(owner);
    }

    private Optional<PlayerKeys> show(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Player keys");
        dialog.setHeaderText("Keys for the player. They work while you type, so they are function keys or Esc; "
                + "combinations that switch input methods (Ctrl+Space…) are refused.");
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        List<Button> buttons = new ArrayList<>();
        int row = 0;
        for (PlayerAction action : PlayerAction.values()) {
            Button key = new Button(keys.display(action));
            key.setId("keys-" + action.key());
            key.setMinWidth(120);
            key.setOnAction(e -> listen(key));
            key.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (listening != key || e.getCode().isModifierKey()) return;
                e.consume();
                take(action, key, pressed(e));
            });
            buttons.add(key);
            grid.addRow(row++, new Label(action.label()), key);
        }
        Button defaults = new Button("Defaults");
        defaults.setOnAction(e -> {
            keys = PlayerKeys.defaults();
            int i = 0;
            for (PlayerAction a : PlayerAction.values()) buttons.get(i++).setText(keys.display(a));
            problem.setText("");
        });
        problem.setWrapText(true);
        problem.setId("keys-problem");
        problem.getStyleClass().add("player-message");
        VBox content = new VBox(10, grid, defaults, problem);
        content.setPadding(new Insets(4, 0, 0, 0));
        content.setPrefWidth(480);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        return dialog.showAndWait().filter(b -> b == ButtonType.OK).map(b -> keys);
    }

    private void listen(Button key) {
        listening = key;
        key.setText("Press a key…");
        problem.setText("");
    }

    private void take(PlayerAction action, Button key, KeyCombination pressed) {
        listening = null;
        try {
            keys = keys.with(action, List.of(pressed));
            problem.setText("");
        } catch (ShowdeskException refused) {
            problem.setText(refused.getMessage());
        }
        key.setText(keys.display(action));
    }

    /** The key just pressed, with the modifiers held. */
    static KeyCombination pressed(KeyEvent e) {
        List<KeyCombination.Modifier> mods = new ArrayList<>();
        if (e.isShortcutDown()) mods.add(KeyCombination.SHORTCUT_DOWN);
        else if (e.isControlDown()) mods.add(KeyCombination.CONTROL_DOWN);
        if (e.isAltDown()) mods.add(KeyCombination.ALT_DOWN);
        if (e.isShiftDown()) mods.add(KeyCombination.SHIFT_DOWN);
        if (e.isMetaDown() && !e.isShortcutDown()) mods.add(KeyCombination.META_DOWN);
        KeyCode code = e.getCode();
        return new KeyCodeCombination(code, mods.toArray(KeyCombination.Modifier[]::new));
    }
}
