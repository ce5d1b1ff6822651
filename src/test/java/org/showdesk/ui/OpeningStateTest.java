package org.showdesk.ui;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.showdesk.app.SerialTaskExecutor;
import org.showdesk.ui.common.StatusModel;
import org.showdesk.ui.common.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the window shows while a show is still being read (the first thing a host sees at start on a busy
 * machine): its own layout with the show's name and "Opening…", never "No entries yet" or "Saving…" — and, when
 * the open fails, that no show is open rather than an "Opening…" that never ends.
 */
@ExtendWith(ApplicationExtension.class)
class OpeningStateTest {
    @TempDir
    Path dir;
    private MainWindow window;
    private SerialTaskExecutor runner;
    private Stage stage;
    /** Results of background work wait here until the test lets them through: the window as a slow start sees it. */
    private final List<Runnable> held = new ArrayList<>();
    private boolean holding = true;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Theme.applyBase();
        Executor delivery = work -> {
            synchronized (held) {
                if (holding) {
                    held.add(work);
                    return;
                }
            }
            Platform.runLater(work);
        };
        runner = new SerialTaskExecutor(delivery);
        StatusModel status = new StatusModel();
        status.follow(runner);
        Workspace workspace = new Workspace(runner, new RecentShows(dir.resolve("recent-shows.json")));
        window = new MainWindow(stage, workspace, runner, status, link -> { });
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        release();
        runner.awaitIdle(Duration.ofSeconds(10));
        WaitForAsyncUtils.asyncFx(() -> {
            stage.hide();
            window.workspace().closeNow();
        }).get(5, TimeUnit.SECONDS);
        // The runner's thread is a daemon; left open, a preview refresh still queued cannot fail on a closed one.
    }

    private void release() {
        List<Runnable> now;
        synchronized (held) {
            holding = false;
            now = new ArrayList<>(held);
            held.clear();
        }
        now.forEach(Platform::runLater);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> texts(FxRobot robot) {
        return robot.lookup(n -> n instanceof Labeled l && shown(l) && l.getText() != null).queryAll().stream()
                .map(n -> ((Labeled) n).getText()).toList();
    }

    /** Visible itself and inside visible parents: what is on screen. */
    private static boolean shown(Node n) {
        for (Node at = n; at != null; at = at.getParent()) if (!at.isVisible()) return false;
        return true;
    }

    @Test
    void whileTheShowIsReadTheWindowNamesItAndSaysItIsOpeningIt(FxRobot robot) throws Exception {
        Path show = DemoFixture.create(dir);
        String name = show.getFileName().toString().replace(".showdesk", "");
        robot.interact(() -> window.open(show));
        assertThat(runner.awaitIdle(Duration.ofSeconds(30))).isTrue(); // read; the window has not been told yet
        Platform.runLater(() -> { }); // the file name is posted by the background thread
        WaitForAsyncUtils.waitForFxEvents();

        Label opening = robot.lookup("#opening-show").queryAs(Label.class);
        assertThat(opening.getText()).isEqualTo("Opening “" + name + "”…");
        assertThat(texts(robot)).contains("Transcript", "Entries", "Preview")
                .noneMatch(t -> t.startsWith("No entries yet") || t.startsWith("No show is open"))
                .noneMatch(t -> t.contains("Saving"))
                .doesNotContain("Ready", "All changes saved");
        assertThat(stage.getTitle()).doesNotContain("Saving");
        assertThat(robot.lookup("#episode-selector").queryAs(ComboBox.class).getPromptText()).isEqualTo("Opening…");

        release();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.transcriptModel() != null
                && window.transcriptModel().snapshot() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#opening-show").tryQuery()).isEmpty();
        assertThat(window.transcriptView().text()).isNotEmpty();
    }

    @Test
    void theEntriesListSaysItIsReadingUntilTheEpisodeArrives(FxRobot robot) throws Exception {
        Path show = DemoFixture.create(dir);
        release();
        robot.interact(() -> window.open(show));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.transcriptModel() != null
                && window.transcriptModel().snapshot() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(texts(robot)).noneMatch(t -> t.startsWith("Reading the entries") || t.startsWith("No entries yet"))
                .noneMatch(t -> t.startsWith("Reading the transcript"));
    }

    @Test
    void anOpenThatFailsLeavesNoOpeningBehind(FxRobot robot) throws Exception {
        Path notAShow = dir.resolve("notes.showdesk");
        Files.writeString(notAShow, "these are my notes, not a show\n");
        release();
        robot.interact(() -> window.open(notAShow));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        List<String> behind = texts(robot);
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(behind).anyMatch(t -> t.startsWith("No show is open"));
        assertThat(robot.lookup("#opening-show").tryQuery()).isEmpty();
        assertThat(robot.lookup("#episode-selector").queryAs(ComboBox.class).getPromptText()).isEqualTo("No show is open");
    }
}
