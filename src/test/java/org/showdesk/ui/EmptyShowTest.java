package org.showdesk.ui;

import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.showdesk.app.OpenShow;
import org.showdesk.ui.common.StatusModel;
import org.showdesk.app.TaskExecutor;
import org.showdesk.ui.common.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A new show with no episodes: the window says what to do, and offers nothing that cannot work yet. */
@ExtendWith(ApplicationExtension.class)
class EmptyShowTest {
    @TempDir
    Path dir;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        Theme.applyBase();
        TaskExecutor runner = TaskExecutor.sameThread();
        window = new MainWindow(stage, new Workspace(runner, new RecentShows(dir.resolve("recent.json"))), runner,
                new StatusModel(), link -> { });
        stage.show();
        Path show = dir.resolve("new.showdesk");
        OpenShow.create(show, "New show").close();
        window.open(show);
    }

    @AfterEach
    void closeShow() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.workspace().closeNow()).get(5, TimeUnit.SECONDS);
    }

    @Test
    void scanAndReviewWaitForAnEpisodeAndWorkOnceOneIsImported(FxRobot robot) throws Exception {
        Button review = robot.lookup("#open-review").queryAs(Button.class);
        Button scan = robot.lookup(".button").match((Button b) -> "Scan".equals(b.getText())).queryAs(Button.class);
        assertThat(review.isDisabled()).isTrue();
        assertThat(scan.isDisabled()).isTrue();

        Path transcript = Files.writeString(dir.resolve("第二期.txt"), "大家好，这里是周报。童话顺推出了新模型。");
        WaitForAsyncUtils.asyncFx(() -> window.importFile(transcript)).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(review.isDisabled()).isFalse();
        assertThat(scan.isDisabled()).isFalse();
    }
}
