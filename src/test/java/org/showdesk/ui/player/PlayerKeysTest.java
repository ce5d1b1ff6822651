package org.showdesk.ui.player;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.showdesk.model.ShowdeskException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlayerKeysTest {
    @TempDir
    Path dir;

    private static KeyEvent pressed(KeyCode code, boolean shift, boolean ctrl) {
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, shift, ctrl, false, false);
    }

    @Test
    void theDefaultsAreFunctionKeysAndEscThatNoWindowShortcutOrInputMethodUses() {
        PlayerKeys keys = PlayerKeys.defaults();
        assertThat(keys.actionFor(pressed(KeyCode.F9, false, false))).isEqualTo(PlayerAction.PLAY_PAUSE);
        assertThat(keys.actionFor(pressed(KeyCode.ESCAPE, false, false))).isEqualTo(PlayerAction.PLAY_PAUSE);
        assertThat(keys.actionFor(pressed(KeyCode.F7, false, false))).isEqualTo(PlayerAction.BACK);
        assertThat(keys.actionFor(pressed(KeyCode.F10, false, false))).isEqualTo(PlayerAction.FORWARD);
        assertThat(keys.actionFor(pressed(KeyCode.F6, false, false))).isEqualTo(PlayerAction.SET_START);
        // the window's own keys stay the window's
        assertThat(keys.actionFor(pressed(KeyCode.F8, false, false))).isNull();
        assertThat(keys.actionFor(pressed(KeyCode.F8, true, false))).isNull();
        assertThat(keys.actionFor(pressed(KeyCode.F1, false, false))).isNull();
        assertThat(keys.actionFor(pressed(KeyCode.ENTER, false, true))).isNull();
        assertThat(keys.actionFor(pressed(KeyCode.SPACE, false, true))).isNull();
        for (PlayerAction a : PlayerAction.values()) {
            for (KeyCombination k : keys.of(a)) assertThat(PlayerKeys.refusal(k)).as(k.getName()).isNull();
        }
    }

    @Test
    void keysThatToggleInputMethodsTypeTextOrBelongToTheWindowAreRefusedWithTheReason() {
        PlayerKeys keys = PlayerKeys.defaults();
        assertThatThrownBy(() -> keys.with(PlayerAction.PLAY_PAUSE, List.of(KeyCombination.valueOf("Ctrl+Space"))))
                .isInstanceOf(ShowdeskException.class).hasMessageContaining("input method");
        assertThatThrownBy(() -> keys.with(PlayerAction.PLAY_PAUSE, List.of(KeyCombination.valueOf("Shift+Space"))))
                .hasMessageContaining("input method");
        assertThatThrownBy(() -> keys.with(PlayerAction.BACK, List.of(KeyCombination.valueOf("J"))))
                .hasMessageContaining("types text");
        assertThatThrownBy(() -> keys.with(PlayerAction.BACK, List.of(KeyCombination.valueOf("Shift+F8"))))
                .hasMessageContaining("window's shortcuts");
        assertThatThrownBy(() -> keys.with(PlayerAction.BACK, List.of(KeyCombination.valueOf("Ctrl+Enter"))))
                .hasMessageContaining("window's shortcuts");
        assertThatThrownBy(() -> keys.with(PlayerAction.BACK, List.of(KeyCombination.valueOf("F9"))))
                .hasMessageContaining("already does \"Play / pause\"");

        PlayerKeys changed = keys.with(PlayerAction.BACK, List.of(KeyCombination.valueOf("Ctrl+J")));
        assertThat(changed.actionFor(pressed(KeyCode.J, false, true))).isEqualTo(PlayerAction.BACK);
        assertThat(changed.actionFor(pressed(KeyCode.F7, false, false))).isNull();
    }

    @Test
    void keysAreKeptForTheUserAndABadLineKeepsItsDefaultAndIsNamed() throws Exception {
        PlayerKeysFile file = new PlayerKeysFile(dir.resolve("config").resolve(PlayerKeysFile.NAME));
        assertThat(file.load().keys()).isEqualTo(PlayerKeys.defaults());

        PlayerKeys mine = PlayerKeys.defaults().with(PlayerAction.FORWARD, List.of(KeyCombination.valueOf("F11")));
        file.save(mine);
        assertThat(file.load().keys()).isEqualTo(mine);
        assertThat(file.load().problems()).isEmpty();

        Files.writeString(file.file(), "play-pause = F2\nback = Ctrl+Space\nforward = Ctrl+Banana\nslower = F9\n");
        PlayerKeysFile.Loaded loaded = file.load();
        assertThat(loaded.keys().display(PlayerAction.PLAY_PAUSE)).isEqualTo("F2");
        assertThat(loaded.keys().display(PlayerAction.BACK)).isEqualTo("F7");
        assertThat(loaded.keys().display(PlayerAction.FORWARD)).isEqualTo("F10");
        assertThat(loaded.keys().display(PlayerAction.SLOWER)).as("F9 is free once play/pause moved to F2").isEqualTo("F9");
        assertThat(loaded.problems()).hasSize(2).anyMatch(p -> p.startsWith("back")).anyMatch(p -> p.startsWith("forward"));
    }

    @Test
    void theHelpListsTheKeysAsTheyAreNow() {
        PlayerKeys mine = PlayerKeys.defaults().with(PlayerAction.SET_START, List.of(KeyCombination.valueOf("F12")));
        assertThat(mine.help()).contains("F12").contains("set the selected entry's start").contains("Ctrl+click");
    }
}
