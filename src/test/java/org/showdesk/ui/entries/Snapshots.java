package org.showdesk.ui.entries;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes what a pane looks like to target/screens/NAME.png, so a person can look at it after a test run. */
public final class Snapshots {
    private Snapshots() {
    }

    /** Call on the FX thread. */
    public static Path save(Scene scene, String name) {
        try {
            Path dir = Path.of("target", "screens");
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
