package org.showdesk.ui.player;

/** What the player's keys do; {@code key} names the action in the keys file. */
public enum PlayerAction {
    PLAY_PAUSE("play-pause", "Play / pause"),
    BACK("back", "Back 5 s"),
    FORWARD("forward", "Forward 5 s"),
    SLOWER("slower", "Slower"),
    FASTER("faster", "Faster"),
    SET_START("set-start", "Set the selected entry's start to the playhead");

    private final String key;
    private final String label;

    PlayerAction(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }
}
