package org.showdesk.ui;

import org.showdesk.app.ShowFiles;
import org.showdesk.app.OpenShow;
import org.showdesk.model.Episode;
import org.showdesk.app.DemoShow;

import java.io.IOException;
import java.nio.file.Path;

/** The demo show, built fresh in a test's folder: real text, real glossary, real engine. */
public final class DemoFixture {
    private DemoFixture() {
    }

    public static Path create(Path dir) throws IOException {
        Path file = dir.resolve("demo.showdesk");
        DemoShow.create(file);
        return file;
    }

    public static OpenShow open(Path dir) throws IOException {
        return OpenShow.open(create(dir));
    }

    public static Episode episode(OpenShow show) {
        return ShowFiles.episodes(show).list().get(0);
    }
}
