package org.showdesk.ui;

import org.showdesk.app.ShowFiles;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.showdesk.app.OpenShow;
import org.showdesk.app.ShowBackups;
import org.showdesk.model.Finding;
import org.showdesk.safety.Damage;
import org.showdesk.ui.common.StatusModel;
import org.showdesk.app.TaskExecutor;
import org.showdesk.ui.common.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

/**
 * Data safety as the host meets it in the window, headless: restoring a backup from the File menu,
 * opening a damaged show, and a show opened read-only because another Showdesk has it. The runner
 * works on the calling thread, so each step is done when its click returns.
 */
@ExtendWith(ApplicationExtension.class)
class BackupFlowsTest {
    @TempDir
    Path dir;
    private MainWindow window;
    private final StatusModel status = new StatusModel();

    @Start
    void start(Stage stage) {
        Theme.applyBase();
        TaskExecutor runner = TaskExecutor.sameThread();
        window = new MainWindow(stage, new Workspace(runner, new RecentShows(dir.resolve("recent-shows.json"))),
                runner, status, link -> { });
        stage.show();
    }

    @AfterEach
    void closeShow() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            window.stopBackups();
            window.workspace().closeNow();
        }).get(5, TimeUnit.SECONDS);
    }

    /** Opens a show as File › Open does; dialogs it raises stay open for the robot to answer. */
    private void openInWindow(Path file) {
        Platform.runLater(() -> window.open(file));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void answer(FxRobot robot, String buttonStart) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup(LabeledMatchers.hasText(startsWith(buttonStart))).tryQuery().isPresent());
        robot.clickOn(LabeledMatchers.hasText(startsWith(buttonStart)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String saved() {
        OpenShow show = window.workspace().show();
        return ShowFiles.episodes(show).transcript(window.transcriptModel().episodeId()).text();
    }

    private Finding finding(String found) {
        return window.transcriptModel().findings().stream().filter(f -> f.found().equals(found)).findFirst()
                .orElseThrow();
    }

    @Test
    void restoringABackupFromTheFileMenuBringsBackTheEarlierText(FxRobot robot) throws Exception {
        openInWindow(DemoFixture.create(dir)); // opening takes a backup
        String original = saved();
        robot.interact(() -> window.transcriptModel().accept(finding("童话顺"), "同花顺"));
        assertThat(saved()).contains("同花顺").doesNotContain("童话顺");

        robot.clickOn("File").clickOn("Restore from backup…");
        answer(robot, "Restore…");
        assertThat(robot.lookup(LabeledMatchers.hasText(startsWith("Restore the backup of"))).tryQuery())
                .as("a confirmation says what happens first").isPresent();
        robot.clickOn(LabeledMatchers.hasText("Restore"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(saved().equals(original)).as("the saved text is the one backed up").isTrue();
        assertThat(window.transcriptView().text().equals(original)).as("the window shows it").isTrue();
        assertThat(ShowFiles.store(window.workspace().show()).isReadOnly()).isFalse();
        assertThat(status.messageProperty().get()).startsWith("Restored the backup of");
    }

    @Test
    void aBackupThatCannotBeTakenOnOpeningIsALineInTheStatusBarAndTheShowOpens(FxRobot robot) throws Exception {
        Path file = DemoFixture.create(dir);
        Path folder = ShowBackups.of(file).folder();
        Files.createDirectories(folder.getParent());
        Files.writeString(folder, "a file where the backup folder should be");

        openInWindow(file);

        assertThat(window.workspace().show()).isNotNull();
        assertThat(robot.listWindows()).as("no dialog").hasSize(1);
        assertThat(status.messageProperty().get()).startsWith("No backup was taken on opening")
                .contains(folder.toString());
    }

    @Test
    void openingADamagedShowOffersTheNewestGoodBackupAndOpensItRestored(FxRobot robot) throws Exception {
        Path file = DemoFixture.create(dir);
        String text;
        try (OpenShow first = OpenShow.open(file)) { // backed up on open
            text = ShowFiles.episodes(first).transcript(ShowFiles.episodes(first).list().get(0).id()).text();
        }
        Damage.overwriteMiddlePages(file);

        openInWindow(file);
        assertThat(window.workspace().show()).as("the damaged file is not opened").isNull();
        answer(robot, "Restore the newest good backup (");

        assertThat(window.workspace().show().file()).isEqualTo(file.toAbsolutePath());
        assertThat(saved().equals(text)).as("the backed-up text is saved").isTrue();
        assertThat(window.transcriptView().text().equals(text)).as("the window shows it").isTrue();
    }

    @Test
    void aShowOpenElsewhereIsClearlyReadOnlyAcceptsNothingAndCanBeOpenedForEditingLater(FxRobot robot)
            throws Exception {
        Path file = DemoFixture.create(dir);
        try (OpenShow other = OpenShow.open(file)) {
            openInWindow(file);
            answer(robot, "Open read-only");
            assertThat(robot.lookup("#read-only-banner").query().isVisible()).isTrue();
            String before = saved();

            int at = before.indexOf("童话顺");
            robot.interact(() -> window.transcriptView().openFindingAt(at));
            assertThat(robot.lookup(LabeledMatchers.hasText(startsWith("Read-only show"))).tryQuery()).isPresent();
            robot.clickOn(LabeledMatchers.hasText("Accept  同花顺"));
            robot.push(KeyCode.ESCAPE);
            robot.interact(() -> window.transcriptView().select(at, at + 3));
            robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(saved()).isEqualTo(before).contains("童话顺");
            robot.press(KeyCode.CONTROL, KeyCode.H).release(KeyCode.H, KeyCode.CONTROL);
            assertThat(robot.lookup("#replace-field").query().getParent().isVisible()).as("Ctrl+H offers find only").isFalse();

            robot.clickOn("#open-review");
            robot.clickOn("Tick all");
            assertThat(robot.lookup("#apply-ticked").queryAs(Button.class).isDisabled()).isTrue();
            robot.clickOn(LabeledMatchers.hasText("Close"));
            Node entryStatus = robot.lookup("#entry-status").query();
            assertThat(entryStatus.isDisabled()).as("entry fields are not editable").isTrue();
        }

        robot.clickOn("#open-for-editing");
        assertThat(ShowFiles.store(window.workspace().show()).isReadOnly()).isFalse();
        assertThat(robot.lookup("#read-only-banner").query().isVisible()).isFalse();
        assertThat(window.stage().getTitle()).doesNotContain("Read-only");
    }
}
