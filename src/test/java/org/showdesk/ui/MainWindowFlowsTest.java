package org.showdesk.ui;

import org.showdesk.app.ShowFiles;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.showdesk.app.OpenShow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The flows a host uses, driven through the real window headless: open the demo, accept a finding
 * from the transcript, apply ticked findings in the review panel, type and undo. The runner works on
 * the calling thread so each step is finished when the click returns.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowFlowsTest {
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

    private OpenShow show() {
        return window.workspace().show();
    }

    private String saved() {
        return ShowFiles.episodes(show()).transcript(window.transcriptModel().episodeId()).text();
    }

    /** The text the editor stands for (without the paragraph breaks it only shows). */
    private String shown() {
        return window.transcriptView().text();
    }

    /** Scrolls a piece of the transcript into view and clicks its first character, as a host would. */
    private void clickOnText(FxRobot robot, String text) throws Exception {
        var area = window.transcriptView().area();
        int at = area.getText().indexOf(text);
        assertThat(at).as("position of " + text).isNotNegative();
        WaitForAsyncUtils.asyncFx(() -> {
            area.moveTo(at);
            area.requestFollowCaret();
        }).get(5, TimeUnit.SECONDS);
        Bounds b = null;
        for (int tries = 0; tries < 20; tries++) { // wait until scrolling and the other panes' loading settle
            WaitForAsyncUtils.waitForFxEvents();
            robot.sleep(100);
            Bounds now = WaitForAsyncUtils.asyncFx(() -> area.getCharacterBoundsOnScreen(at, at + 1)
                    .orElseThrow()).get(5, TimeUnit.SECONDS);
            if (now.equals(b)) break;
            b = now;
        }
        robot.clickOn(b.getMinX() + b.getWidth() / 2, b.getMinY() + b.getHeight() / 2);
    }

    @Test
    void openingTheDemoShowsItsTranscriptWithFindingsMarkedAndTheTitleNamesShowAndEpisode(FxRobot robot) {
        assertThat(window.stage().getTitle()).contains("AI 大模型周报").contains("第 1 期").contains("saved");
        assertThat(shown()).isEqualTo(saved()).contains("童话顺");
        assertThat(robot.lookup("#finding-count").queryAs(Label.class).getText()).matches("\\d+ findings");
        assertThat(window.transcriptModel().findings()).anySatisfy(f -> assertThat(f.found()).isEqualTo("北京油电大学"));
    }

    @Test
    void clickingAFindingAndAcceptingItCorrectsTheTranscriptAndSavesIt(FxRobot robot) throws Exception {
        clickOnText(robot, "童话顺");
        robot.clickOn(LabeledMatchers.hasText("Accept  同花顺"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(saved()).contains("同花顺").doesNotContain("童话顺");
        assertThat(shown()).isEqualTo(saved());
    }

    @Test
    void theReviewPanelAppliesTheTickedFindingsAndOnlyThose(FxRobot robot) {
        robot.clickOn("#open-review");
        robot.clickOn("#tick-rule");
        robot.clickOn(LabeledMatchers.hasText(org.hamcrest.Matchers.startsWith("known-variant (")));
        String tickedCount = robot.lookup("#ticked-count").queryAs(Label.class).getText();
        robot.clickOn("#apply-ticked");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(tickedCount).doesNotStartWith("0 ");
        assertThat(saved()).doesNotContain("智普AI").doesNotContain("Kootram").doesNotContain("GLM4")
                .contains("童话顺").contains("LoraMOE").contains("北京油电大学");
        assertThat(shown()).isEqualTo(saved());
    }

    /** F8 goes to the next finding and Ctrl+Enter accepts it: one occurrence of the heard text is gone from the file. */
    private void f8ThenCtrlEnterAcceptsOneFinding(FxRobot robot) {
        robot.press(KeyCode.F8).release(KeyCode.F8);
        String selected = window.transcriptView().area().getSelectedText();
        int before = occurrences(saved(), selected);
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(selected).isNotEmpty();
        assertThat(occurrences(saved(), selected)).isEqualTo(before - 1);
    }

    private javafx.scene.control.MenuItem editMenuItem(FxRobot robot, String text) {
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        return bar.getMenus().stream().filter(m -> m.getText().equals("Edit")).findFirst().orElseThrow().getItems()
                .stream().filter(i -> text.equals(i.getText())).findFirst().orElseThrow();
    }

    @Test
    void editUndoIsOfferedOnlyWhenThereIsSomethingToUndo(FxRobot robot) {
        assertThat(editMenuItem(robot, "Undo").isDisable()).isTrue();
        assertThat(editMenuItem(robot, "Redo").isDisable()).isTrue();

        f8ThenCtrlEnterAcceptsOneFinding(robot);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editMenuItem(robot, "Undo").isDisable()).isFalse();

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editMenuItem(robot, "Undo").isDisable()).isTrue();
        assertThat(editMenuItem(robot, "Redo").isDisable()).isFalse();
    }

    @Test
    void theKeyboardShortcutsOpenWideEnoughToReadTheirTable(FxRobot robot) throws Exception {
        robot.press(KeyCode.F1).release(KeyCode.F1);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup("#help-text").queryAll().isEmpty());
        Label help = robot.lookup("#help-text").queryAs(Label.class);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.stage.Window dialog = help.getScene().getWindow();
        assertThat(dialog.getWidth()).isGreaterThan(600);
        WaitForAsyncUtils.asyncFx(() -> ((javafx.stage.Stage) dialog).close()).get(5, TimeUnit.SECONDS);
    }

    /** F8 works from anywhere; the Ctrl+Enter that its card offers must then work too, wherever the focus was. */
    @Test
    void f8ThenCtrlEnterAcceptsAFindingEvenWhenTheEpisodePickerHadTheFocus(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#episode-selector").query().requestFocus()).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        int open = window.transcriptModel().findings().size();

        f8ThenCtrlEnterAcceptsOneFinding(robot);
        assertThat(window.transcriptModel().findings()).hasSizeLessThan(open);
    }

    /** Double-clicking a line about an item opens the item and gets the list out of the way of its fields. */
    @Test
    void aLineOfTheReadyCheckOpensItsItemAndTheListStepsAside(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#ready-items").queryAll().isEmpty());
        javafx.scene.control.ListView<org.showdesk.model.ReadyItem> items = robot.lookup("#ready-items").queryListView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !items.getItems().isEmpty());
        int line = 0;
        while (items.getItems().get(line).entryId() == 0) line++;
        long entry = items.getItems().get(line).entryId();
        int at = line;
        WaitForAsyncUtils.asyncFx(() -> items.scrollTo(at)).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node cell = robot.from(items).lookup(".list-cell").match(n -> n instanceof javafx.scene.control.ListCell<?> c
                && c.getIndex() == at).query();

        robot.doubleClickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(items.getScene().getWindow().isShowing()).isFalse();
        org.showdesk.model.Entry selected = (org.showdesk.model.Entry) robot.lookup("#entries-list").queryListView()
                .getSelectionModel().getSelectedItem();
        assertThat(selected.id()).isEqualTo(entry);
    }

    @Test
    void typingIsSavedAndCtrlZUndoesTypingAndAcceptedFindings(FxRobot robot) throws Exception {
        String original = saved();
        clickOnText(robot, "我是小周");
        robot.push(KeyCode.HOME);
        robot.write("好");
        robot.sleep(800); // the typing pause that ends a burst
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(saved()).isNotEqualTo(original).contains("好");

        f8ThenCtrlEnterAcceptsOneFinding(robot);

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(saved()).isEqualTo(original);
        assertThat(shown()).isEqualTo(original);
    }

    @Test
    void regexReplaceAllIsSavedAsOneStepThatUndoTakesBack(FxRobot robot) throws Exception {
        String original = saved();
        clickOnText(robot, "我是小周");
        robot.press(KeyCode.CONTROL, KeyCode.H).release(KeyCode.H, KeyCode.CONTROL);
        robot.clickOn("#find-field").write("Deep Seek( Coder)?");
        robot.clickOn("Regex");
        robot.clickOn("#replace-field").write("DeepSeek$1");
        robot.clickOn("#replace-all");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(saved()).doesNotContain("Deep Seek").contains("DeepSeek Coder");
        assertThat(shown()).isEqualTo(saved());
        WaitForAsyncUtils.asyncFx(() -> window.transcriptView().area().requestFocus()).get(5, TimeUnit.SECONDS);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(saved()).isEqualTo(original);
    }

    /** The text the Bilibili tab of the preview shows now. */
    private String previewText(FxRobot robot) throws Exception {
        var tabs = robot.lookup("#preview-tabs").queryAs(javafx.scene.control.TabPane.class);
        return WaitForAsyncUtils.asyncFx(() -> {
            var page = (javafx.scene.layout.BorderPane) tabs.getTabs().get(0).getContent();
            return (String) ((javafx.scene.web.WebView) page.getCenter()).getEngine()
                    .executeScript("document.body.textContent");
        }).get(5, TimeUnit.SECONDS);
    }

    private void settle(FxRobot robot) {
        robot.sleep(700); // the preview renders once typing has stopped for a moment
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String storedTitle(int index) {
        return ShowFiles.entries(show()).list(window.transcriptModel().episodeId()).get(index).title();
    }

    @Test
    void anEntryTitleEditedIsTakenBackByCtrlZInTheTranscriptAndThePreviewShowsTheOldTitleAgain(FxRobot robot)
            throws Exception {
        robot.clickOn(robot.lookup(".entry-cell").nth(2).queryAs(javafx.scene.Node.class));
        String old = storedTitle(2);
        robot.doubleClickOn("#entry-title").eraseText(old.length()).write("Sora 2");
        settle(robot);
        assertThat(storedTitle(2)).isEqualTo("Sora 2");
        assertThat(previewText(robot)).contains("Sora 2");

        clickOnText(robot, "我是小周");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        settle(robot);

        assertThat(storedTitle(2)).isEqualTo(old);
        assertThat(robot.lookup("#entry-title").queryTextInputControl().getText()).isEqualTo(old);
        // The preview shows the title in Chinese typography: "Unicron:大模型…" is published with a full-width colon.
        assertThat(previewText(robot)).contains(old.replace(':', '：')).doesNotContain("Sora 2");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        settle(robot);
        assertThat(storedTitle(2)).isEqualTo("Sora 2");
    }

    @Test
    void ctrlZInAnEntryFieldUndoesThatFieldsTypingOnlyAndNeverBringsInAnotherEntrysText(FxRobot robot) {
        robot.clickOn(robot.lookup(".entry-cell").nth(1).queryAs(javafx.scene.Node.class));
        String first = storedTitle(1);
        robot.clickOn("#entry-title").push(KeyCode.END).write("X");
        robot.clickOn(robot.lookup(".entry-cell").nth(2).queryAs(javafx.scene.Node.class));
        String second = storedTitle(2);
        robot.clickOn("#entry-title").push(KeyCode.END).write("Y");
        WaitForAsyncUtils.waitForFxEvents();

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#entry-title").queryTextInputControl().getText()).isEqualTo(second);
        assertThat(storedTitle(1)).isEqualTo(first + "X"); // the other entry's typing is left alone
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(storedTitle(2)).isEqualTo(second);
        assertThat(storedTitle(1)).isEqualTo(first + "X"); // a field's Ctrl+Z never reaches past its own typing

        robot.clickOn("Edit").clickOn("Undo"); // the window's undo from the menu takes back the older entry edit
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(storedTitle(1)).isEqualTo(first);
    }

    private static int occurrences(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) n++;
        return n;
    }
}
