package org.showdesk.ui.player;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.showdesk.model.ShowdeskException;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The player's keys. They must work while the host types, in the transcript or in a field, so they are keys that
 * type nothing: function keys and Esc, never a letter. Combinations that Chinese input methods take for
 * themselves (Ctrl+Space, Shift+Space, Ctrl+Shift, Ctrl+. and Ctrl+, …) and the window's own shortcuts are
 * refused, with the reason.
 *
 * <p>Defaults after the transcription players hosts know (Express Scribe's F7 / F9, oTranscribe's Esc): F9 or Esc
 * play and pause, F7 / F10 go back / forward 5 s, Shift+F7 / Shift+F10 slower / faster, F6 sets the selected
 * entry's start to the playhead. F10 otherwise opens the menu bar; while media is loaded Alt still does.
 */
public record PlayerKeys(Map<PlayerAction, List<KeyCombination>> keys) {
    /** The window's own shortcuts (File, Edit, Episode menus, the transcript's keys, Help). */
    static final List<String> WINDOW = List.of("F1", "F8", "Shift+F8", "Shortcut+Enter", "Shortcut+Backspace",
            "Shortcut+Z", "Shortcut+Shift+Z", "Shortcut+Y", "Shortcut+F", "Shortcut+H", "Shortcut+O", "Shortcut+N",
            "Shortcut+I", "Shortcut+E", "Shortcut+R", "Shortcut+G", "Shortcut+Q", "Shortcut+Shift+P", "Alt+Up",
            "Alt+Down");
    /** What Chinese input methods switch with: pressed while typing, they would toggle the input method instead. */
    static final List<String> INPUT_METHODS = List.of("Ctrl+Space", "Shift+Space", "Ctrl+Shift+Space", "Alt+Space",
            "Ctrl+Period", "Ctrl+Comma", "Ctrl+Shift+F", "Ctrl+Shift+K");

    public PlayerKeys {
        EnumMap<PlayerAction, List<KeyCombination>> copy = new EnumMap<>(PlayerAction.class);
        for (PlayerAction a : PlayerAction.values()) copy.put(a, List.copyOf(keys.getOrDefault(a, List.of())));
        keys = java.util.Collections.unmodifiableMap(copy);
    }

    public static PlayerKeys defaults() {
        Map<PlayerAction, List<KeyCombination>> k = new EnumMap<>(PlayerAction.class);
        k.put(PlayerAction.PLAY_PAUSE, List.of(key("F9"), key("Esc")));
        k.put(PlayerAction.BACK, List.of(key("F7")));
        k.put(PlayerAction.FORWARD, List.of(key("F10")));
        k.put(PlayerAction.SLOWER, List.of(key("Shift+F7")));
        k.put(PlayerAction.FASTER, List.of(key("Shift+F10")));
        k.put(PlayerAction.SET_START, List.of(key("F6")));
        return new PlayerKeys(k);
    }

    private static KeyCombination key(String text) {
        return KeyCombination.valueOf(text);
    }

    public List<KeyCombination> of(PlayerAction action) {
        return keys.get(action);
    }

    /** The action {@code event} stands for, or null. */
    public PlayerAction actionFor(KeyEvent event) {
        for (Map.Entry<PlayerAction, List<KeyCombination>> e : keys.entrySet()) {
            for (KeyCombination k : e.getValue()) if (k.match(event)) return e.getKey();
        }
        return null;
    }

    /** "F9, Esc": how the keys of an action are written for the host. */
    public String display(PlayerAction action) {
        List<String> names = new ArrayList<>();
        for (KeyCombination k : keys.get(action)) names.add(k.getDisplayText());
        return names.isEmpty() ? "(none)" : String.join(", ", names);
    }

    /** The player's part of Help › Keyboard shortcuts, with the keys as they are now. */
    public String help() {
        return "Player (shown above the transcript when the episode has media)\n"
                + line(display(PlayerAction.PLAY_PAUSE), "play / pause (Esc only when nothing else uses it)")
                + line(display(PlayerAction.BACK) + " / " + display(PlayerAction.FORWARD), "back / forward 5 seconds")
                + line(display(PlayerAction.SLOWER) + " / " + display(PlayerAction.FASTER), "slower / faster")
                + line(display(PlayerAction.SET_START), "set the selected entry's start to the playhead")
                + line("Ctrl+click a sentence", "play from its start (a plain click still opens a finding)")
                + "  Episode › Player keys… changes these keys; they work while you type.\n";
    }

    private static String line(String keys, String what) {
        return String.format("  %-24s %s%n", keys, what);
    }

    /** The same keys with {@code action} bound to {@code combinations} instead, each checked. */
    public PlayerKeys with(PlayerAction action, List<KeyCombination> combinations) {
        for (KeyCombination k : combinations) {
            String refused = refusal(k);
            if (refused != null) throw new ShowdeskException(refused);
            for (Map.Entry<PlayerAction, List<KeyCombination>> e : keys.entrySet()) {
                if (e.getKey() != action && e.getValue().stream().anyMatch(other -> same(other, k))) {
                    throw new ShowdeskException(k.getDisplayText() + " already does \"" + e.getKey().label()
                            + "\"; give that action another key first.");
                }
            }
        }
        Map<PlayerAction, List<KeyCombination>> k = new EnumMap<>(keys);
        k.put(action, List.copyOf(combinations));
        return new PlayerKeys(k);
    }

    /** The same keys pressed: Shortcut+Z is Ctrl+Z on Linux and Windows, Meta+Z on macOS. */
    static boolean same(KeyCombination a, KeyCombination b) {
        return a.getDisplayText().equals(b.getDisplayText());
    }

    /** Why {@code k} cannot be a player key, or null when it can. */
    static String refusal(KeyCombination k) {
        if (!(k instanceof javafx.scene.input.KeyCodeCombination c)) {
            return k.getDisplayText() + " is not a key combination the player can use.";
        }
        for (String im : INPUT_METHODS) {
            if (same(KeyCombination.valueOf(im), k)) {
                return k.getDisplayText() + " switches Chinese input methods on most systems; pressed while typing "
                        + "it would toggle the input method. Use a function key (F2–F12) or Esc.";
            }
        }
        for (String w : WINDOW) {
            if (same(KeyCombination.valueOf(w), k)) {
                return k.getDisplayText() + " is already one of the window's shortcuts (Help › Keyboard shortcuts).";
            }
        }
        KeyCode code = c.getCode();
        boolean typesNothing = code.isFunctionKey() || code == KeyCode.ESCAPE || code.isMediaKey();
        boolean modified = c.getControl() == KeyCombination.ModifierValue.DOWN
                || c.getAlt() == KeyCombination.ModifierValue.DOWN || c.getMeta() == KeyCombination.ModifierValue.DOWN
                || c.getShortcut() == KeyCombination.ModifierValue.DOWN;
        if (!typesNothing && !modified) {
            return k.getDisplayText() + " types text; the player's keys must work while you type. Use a function key "
                    + "(F2–F12), Esc, or a combination with Ctrl or Alt.";
        }
        if (code.isModifierKey()) return k.getDisplayText() + " is a modifier alone; add a key.";
        return null;
    }

    /** As the keys file holds them: one line per action, its keys separated by commas. */
    public Properties toProperties() {
        Properties p = new Properties();
        for (PlayerAction a : PlayerAction.values()) {
            List<String> names = new ArrayList<>();
            for (KeyCombination k : keys.get(a)) names.add(k.getName());
            p.setProperty(a.key(), String.join(", ", names));
        }
        return p;
    }

    /**
     * Reads the keys file. An action it does not name keeps its default; a line that does not parse, or names a
     * refused key, keeps the default too, and is listed in {@code problems} (the file is a convenience, never a
     * reason for the player not to work).
     */
    public static PlayerKeys fromProperties(Properties p, List<String> problems) {
        PlayerKeys keys = defaults();
        Map<PlayerAction, List<KeyCombination>> wanted = new LinkedHashMap<>();
        for (PlayerAction a : PlayerAction.values()) {
            String line = p.getProperty(a.key());
            if (line == null) continue;
            List<KeyCombination> combos = new ArrayList<>();
            try {
                for (String part : line.split(",")) if (!part.isBlank()) combos.add(KeyCombination.valueOf(part.strip()));
                wanted.put(a, combos);
            } catch (IllegalArgumentException e) {
                problems.add(a.key() + " = " + line + ": not a key combination (write e.g. F9 or Ctrl+F9)");
            }
        }
        // First free every action that is rebound, so that two actions may swap keys.
        Map<PlayerAction, List<KeyCombination>> cleared = new EnumMap<>(keys.keys());
        for (PlayerAction a : wanted.keySet()) cleared.put(a, List.of());
        PlayerKeys result = new PlayerKeys(cleared);
        for (Map.Entry<PlayerAction, List<KeyCombination>> w : wanted.entrySet()) {
            try {
                result = result.with(w.getKey(), w.getValue());
            } catch (ShowdeskException refused) {
                problems.add(w.getKey().key() + ": " + refused.getMessage());
                List<KeyCombination> fallback = new ArrayList<>();
                for (KeyCombination k : keys.of(w.getKey())) {
                    if (result.keys().values().stream().flatMap(List::stream).noneMatch(o -> same(o, k))) fallback.add(k);
                }
                result = new PlayerKeys(withEntry(result.keys(), w.getKey(), fallback));
            }
        }
        return result;
    }

    private static Map<PlayerAction, List<KeyCombination>> withEntry(Map<PlayerAction, List<KeyCombination>> m,
                                                                     PlayerAction a, List<KeyCombination> v) {
        Map<PlayerAction, List<KeyCombination>> copy = new EnumMap<>(m);
        copy.put(a, v);
        return copy;
    }
}
