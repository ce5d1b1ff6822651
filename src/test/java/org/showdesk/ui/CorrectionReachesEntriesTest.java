package org.showdesk.ui;

import javafx.geometry.Bounds;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.showdesk.app.ShowFiles;
import org.showdesk.model.Entry;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A correction accepted in the transcript reaches the rundown and the preview, and one Ctrl+Z takes all of it
 * back — driven through the real window on the demo show.
 */
@ExtendWith(ApplicationExtension.class)
class CorrectionReachesEntriesTest {
    @TempDir
    Path dir;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = DemoFixture.window(stage, dir);
    }

    @AfterEach
    void closeShow() throws Exception {
        DemoFixture.close(window);
    }

    private List<Entry> stored() {
        return ShowFiles.entries(window.workspace().show()).list(window.transcriptModel().episodeId());
    }

    private List<String> listed(FxRobot robot) {
        return robot.lookup("#entries-list").queryListView().getItems().stream()
                .map(e -> ((Entry) e).title()).toList();
    }

    private String preview(FxRobot robot) throws Exception {
        robot.sleep(700); // the preview renders once changes have settled
        WaitForAsyncUtils.waitForFxEvents();
        var tabs = robot.lookup("#preview-tabs").queryAs(javafx.scene.control.TabPane.class);
        return WaitForAsyncUtils.asyncFx(() -> {
            var page = (javafx.scene.layout.BorderPane) tabs.getTabs().get(0).getContent();
            return (String) ((javafx.scene.web.WebView) page.getCenter()).getEngine()
                    .executeScript("document.body.textContent");
        }).get(5, TimeUnit.SECONDS);
    }

    private void clickOnText(FxRobot robot, String text) throws Exception {
        var area = window.transcriptView().area();
        int at = area.getText().indexOf(text);
        assertThat(at).as("position of " + text).isNotNegative();
        WaitForAsyncUtils.asyncFx(() -> {
            area.moveTo(at);
            area.requestFollowCaret();
        }).get(5, TimeUnit.SECONDS);
        Bounds b = null;
        for (int tries = 0; tries < 20; tries++) {
            WaitForAsyncUtils.waitForFxEvents();
            robot.sleep(100);
            Bounds now = WaitForAsyncUtils.asyncFx(() -> area.getCharacterBoundsOnScreen(at, at + 1).orElseThrow())
                    .get(5, TimeUnit.SECONDS);
            if (now.equals(b)) break;
            b = now;
        }
        robot.clickOn(b.getMinX() + b.getWidth() / 2, b.getMinY() + b.getHeight() / 2);
    }

    @Test
    void anAcceptedFindingCorrectsTheEntryListAndThePreviewAndOneUndoTakesAllOfItBack(FxRobot robot) throws Exception {
        robot.clickOn(robot.lookup(".entry-cell").nth(1).queryAs(javafx.scene.Node.class));
        robot.clickOn("#entry-title").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("智普AI 的新基座模型"); // the whole title replaced, wherever the click landed
        robot.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(listed(robot)).contains("智普AI 的新基座模型");
        assertThat(preview(robot)).contains("智普AI 的新基座模型");

        clickOnText(robot, "智普AI");
        robot.clickOn(LabeledMatchers.hasText("Accept  智谱AI"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(listed(robot)).contains("智谱AI 的新基座模型").doesNotContain("智普AI 的新基座模型");
        assertThat(stored()).extracting(Entry::title).contains("智谱AI 的新基座模型");
        robot.interact(() -> robot.lookup("#entries-list").queryListView().getSelectionModel().select(1));
        assertThat(robot.lookup("#entry-title").queryTextInputControl().getText()).isEqualTo("智谱AI 的新基座模型");
        assertThat(preview(robot)).contains("智谱AI 的新基座模型").doesNotContain("智普AI 的新基座模型");

        WaitForAsyncUtils.asyncFx(() -> window.transcriptView().area().requestFocus()).get(5, TimeUnit.SECONDS);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stored()).extracting(Entry::title).contains("智普AI 的新基座模型");
        assertThat(listed(robot)).contains("智普AI 的新基座模型");
        assertThat(window.transcriptView().text()).contains("智普AI");
        assertThat(preview(robot)).contains("智普AI 的新基座模型");
    }

    @Test
    void aTitleTheHostTypedSurvivesSuggestingTheRundownAgain(FxRobot robot) throws Exception {
        robot.clickOn(robot.lookup(".entry-cell").nth(2).queryAs(javafx.scene.Node.class));
        robot.clickOn("#entry-title").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("我自己写的标题"); // the whole title replaced, wherever the click landed
        robot.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        long typedId = stored().stream().filter(e -> e.title().equals("我自己写的标题")).findFirst().orElseThrow().id();

        robot.clickOn("#suggest-entries");
        robot.clickOn(LabeledMatchers.hasText("Suggest again"));
        WaitForAsyncUtils.waitForFxEvents();

        // The demo's own titles count as typed too, so where the new suggestion joins two entries both titles stay.
        assertThat(stored()).filteredOn(e -> e.title().contains("我自己写的标题")).singleElement()
                .satisfies(e -> assertThat(e.id()).isEqualTo(typedId));
        assertThat(listed(robot)).anyMatch(t -> t.contains("我自己写的标题"));
        assertThat(stored()).hasSizeGreaterThan(5); // the rest of the rundown is the new suggestion
    }
}
