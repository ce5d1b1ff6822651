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

    /** The main window on {@code stage}, showing the demo show built in {@code dir}, its work done on the calling thread. */
    public static MainWindow window(javafx.stage.Stage stage, Path dir) throws IOException {
        org.showdesk.ui.common.Theme.applyBase();
        org.showdesk.app.TaskExecutor runner = org.showdesk.app.TaskExecutor.sameThread();
        Workspace workspace = new Workspace(runner, new RecentShows(dir.resolve("recent-shows.json")));
        MainWindow window = new MainWindow(stage, workspace, runner, new org.showdesk.ui.common.StatusModel(), link -> { });
        stage.show();
        window.open(create(dir));
        return window;
    }

    /** Closes the window's show on the FX thread, as the window does when it closes. */
    public static void close(MainWindow window) throws Exception {
        org.testfx.util.WaitForAsyncUtils.asyncFx(() -> window.workspace().closeNow()).get(5, java.util.concurrent.TimeUnit.SECONDS);
    }
}
