package org.showdesk.ui;

import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;
import org.showdesk.ui.player.PlayerAction;
import org.showdesk.ui.player.PlayerKeys;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class KeyboardShortcutsHelpTest {
    @Test
    void helpListsThePlayersKeysAsTheHostSetThemBetweenTheEntriesAndTheShow() {
        PlayerKeys mine = PlayerKeys.defaults().with(PlayerAction.FORWARD, List.of(KeyCombination.valueOf("F11")));
        String help = MainMenu.withPlayer(mine.help());
        assertThat(help).contains("F7 / F11").contains("F9, Esc").contains("Ctrl+click a sentence");
        assertThat(help.indexOf("Entries\n")).isLessThan(help.indexOf("Player ("));
        assertThat(help.indexOf("Player (")).isLessThan(help.indexOf("\nShow\n"));
        assertThat(help).contains("F8 / Shift+F8"); // the rest is still there
    }
}
