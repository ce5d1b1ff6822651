package org.showdesk.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.showdesk.app.UserDirs;
import org.showdesk.app.SerialTaskExecutor;
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

    private SerialTaskExecutor runner;
    private MainWindow window;

    public static void start(String[] args) {
        JAVAFX_LOG.setLevel(Level.SEVERE);
        // While the JavaFX toolkit starts; -Dshowdesk.warmup=false to measure without it.
        if (!"false".equals(System.getProperty("showdesk.warmup"))) ClassWarmup.startInBackground();
        Application.launch(ShowdeskApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        long started = System.nanoTime();
        Theme.applyBase();
        StatusModel status = new StatusModel();
        FirstFrameGate gate = new FirstFrameGate();
        runner = new SerialTaskExecutor(gate);
        status.follow(runner);
        UserDirs dirs = UserDirs.current();
        RecentShows recent = new RecentShows(dirs.recentShowsFile());
        Workspace workspace = new Workspace(runner, recent);
        window = new MainWindow(stage, workspace, runner, status, getHostServices()::showDocument);
        runner.setDefaultFailureHandler(e -> org.showdesk.ui.common.ErrorDialogs.show(stage, "do that", e));
        // Queued before the window is shown: the show opens on the background thread while the window is drawn.
        window.open(() -> StartupShow.choose(getParameters().getRaw(), recent, dirs));
        if (Boolean.getBoolean("showdesk.timing")) reportWhenReady(stage.getScene(), started);
        gate.openAfterFirstLayout(stage.getScene());
        stage.show();
    }

    /**
     * For the benchmark (-Dshowdesk.timing=true): prints, once, how long after the JVM started the first
     * transcript was on screen with its findings marked (the first layout pass after it was shown).
     */
    private void reportWhenReady(javafx.scene.Scene scene, long startedNanos) {
        window.workspace().showProperty().addListener((o, old, show) -> {
            if (show == null || window.transcriptModel() == null) return;
            window.transcriptModel().snapshotProperty().addListener((obs, was, now) -> {
                if (was != null || now == null) return;
                Runnable[] once = new Runnable[1];
                once[0] = () -> {
                    scene.removePostLayoutPulseListener(once[0]);
                    long jvmStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
                    Runtime rt = Runtime.getRuntime();
                    long fxCpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                    long allCpu = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                            .getOperatingSystemMXBean()).getProcessCpuTime();
                    System.out.printf("ready: %d ms after JVM start, %d ms after the window class started; "
                                    + "%d findings shown; heap in use %d MB; CPU used: JavaFX thread %d ms, "
                                    + "whole process %d ms%n", System.currentTimeMillis() - jvmStart,
                            (System.nanoTime() - startedNanos) / 1_000_000, now.marks().findings().size(),
                            (rt.totalMemory() - rt.freeMemory()) >> 20, fxCpu / 1_000_000, allCpu / 1_000_000);
                };
                scene.addPostLayoutPulseListener(once[0]);
                Platform.requestNextPulse();
            });
        });
    }

    @Override
    public void stop() {
        if (window != null) window.stopBackups();
        if (window != null) window.transcriptViewSaveOnQuit();
        if (runner != null) runner.close(); // writes what is queued before the show closes
        if (window != null) window.workspace().closeNow();
    }
}
