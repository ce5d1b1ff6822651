package org.showdesk.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.showdesk.app.UserDirs;
import org.showdesk.ui.common.BackgroundTaskRunner;
import org.showdesk.ui.common.ErrorDialogs;
import org.showdesk.ui.common.StatusModel;
import org.showdesk.ui.common.Theme;

import java.util.logging.Level;
import java.util.logging.Logger;

/** The window application: builds the main window and opens the show to start with. */
public final class ShowdeskApp extends Application {
    /**
     * JavaFX on the class path (not the module path) logs "Unsupported JavaFX configuration" once; it
     * is harmless here and only alarms hosts. Held in a field: java.util.logging keeps loggers weakly.
     */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

    private BackgroundTaskRunner runner;
    private MainWindow window;

    public static void start(String[] args) {
        JAVAFX_LOG.setLevel(Level.SEVERE);
        Application.launch(ShowdeskApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        long started = System.nanoTime();
        Theme.applyBase();
        StatusModel status = new StatusModel();
        runner = new BackgroundTaskRunner(Platform::runLater, status);
        UserDirs dirs = UserDirs.current();
        RecentShows recent = new RecentShows(dirs.recentShowsFile());
        Workspace workspace = new Workspace(runner, recent);
        window = new MainWindow(stage, workspace, runner, status, getHostServices()::showDocument);
        stage.show();
        if (Boolean.getBoolean("showdesk.timing")) {
            workspace.selectedEpisodeProperty().addListener((o, a, e) -> Platform.runLater(() ->
                    System.out.printf("window ready with show: %d ms after start()%n",
                            (System.nanoTime() - started) / 1_000_000)));
        }
        runner.run("Starting…", () -> StartupShow.choose(getParameters().getRaw(), recent, dirs),
                window::open, e -> ErrorDialogs.show(stage, "open a show at start", e));
    }

    @Override
    public void stop() {
        if (window != null) window.transcriptViewSaveOnQuit();
        if (runner != null) runner.close(); // writes what is queued before the show closes
        if (window != null) window.workspace().closeNow();
    }
}
