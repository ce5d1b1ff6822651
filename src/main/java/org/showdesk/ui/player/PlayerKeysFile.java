package org.showdesk.ui.player;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The host's player keys, in the settings folder beside the recent shows ({@code player-keys.properties}): keys
 * belong to the person at the keyboard, not to a show. Read and written off the JavaFX thread. A missing file is
 * the defaults; a file with a bad line keeps the defaults for that line and says so once.
 */
public final class PlayerKeysFile {
    public static final String NAME = "player-keys.properties";

    private final Path file;

    public PlayerKeysFile(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** The keys, and what in the file could not be used (empty when all is well). */
    public record Loaded(PlayerKeys keys, List<String> problems) {
    }

    public Loaded load() {
        List<String> problems = new ArrayList<>();
        if (!Files.isRegularFile(file)) return new Loaded(PlayerKeys.defaults(), problems);
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            problems.add("cannot read " + file + " (" + e.getMessage() + "); the default keys are used");
            return new Loaded(PlayerKeys.defaults(), problems);
        }
        return new Loaded(PlayerKeys.fromProperties(p, problems), problems);
    }

    /** Writes the keys; a crash never leaves half a file (written beside it, then renamed over it). */
    public void save(PlayerKeys keys) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            keys.toProperties().store(w, "Showdesk player keys: one action a line, its keys separated by commas "
                    + "(F2-F12, Esc, or with Ctrl / Alt / Shift)");
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
