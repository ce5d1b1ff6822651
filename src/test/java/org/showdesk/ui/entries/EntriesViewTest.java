package org.showdesk.ui.entries;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.showdesk.model.Entry;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class EntriesViewTest {
    @TempDir
    static Path dir;
    SampleShow sample;
    EntriesView view;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        sample = SampleShow.create(dir);
        view = new EntriesView(sample.viewModel(org.showdesk.ui.common.UndoHistory.onCallingThread()));
        stage.setScene(new Scene((javafx.scene.Parent) view.view(), 520, 760));
        stage.show();
    }

    @AfterEach
    void close() {
        sample.show.close();
    }

    @Test
    void typingATitleRenamesTheEntryInTheListAndInTheProject(FxRobot robot) {
        robot.clickOn(robot.lookup(".entry-title").match(n -> "RichDreamer".equals(((Label) n).getText())).queryAs(Label.class));
        robot.doubleClickOn("#entry-title").eraseText(11).write("RichDreamer 3D");
        WaitForAsyncUtils.waitForFxEvents();
        ListView<Entry> list = robot.lookup("#entries-list").queryListView();
        assertThat(list.getItems().get(2).title()).isEqualTo("RichDreamer 3D");
        assertThat(sample.storedEntries().get(2).title()).isEqualTo("RichDreamer 3D");
    }

    @Test
    void aFileLinkIsRefusedWithAMessageUnderTheLinks(FxRobot robot) {
        robot.clickOn(robot.lookup(".entry-title").match(n -> "SynCLR".equals(((Label) n).getText())).queryAs(Label.class));
        robot.clickOn("#new-link-url").write("file:///etc/passwd");
        robot.clickOn("#add-link");
        WaitForAsyncUtils.waitForFxEvents();
        Label message = robot.lookup("#link-message").queryAs(Label.class);
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).contains("file").contains("http");
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> Snapshots.save(stage.getScene(), "entries-refused-link"));
        assertThat(sample.storedEntries().get(1).links()).hasSize(1);
    }

    @Test
    void altDownMovesTheSelectedEntryAndTheNewOrderIsSaved(FxRobot robot) {
        robot.clickOn(robot.lookup(".entry-title").match(n -> "SynCLR".equals(((Label) n).getText())).queryAs(Label.class));
        robot.press(javafx.scene.input.KeyCode.ALT, javafx.scene.input.KeyCode.DOWN)
                .release(javafx.scene.input.KeyCode.DOWN, javafx.scene.input.KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(sample.storedEntries()).extracting(Entry::title)
                .containsExactly("开场", "RichDreamer", "SynCLR", "MathPile", "结尾");
    }

    @Test
    void splittingAsksForTheSentenceAndStartsANewEntryThere(FxRobot robot) {
        robot.clickOn(robot.lookup(".entry-title").match(n -> "SynCLR".equals(((Label) n).getText())).queryAs(Label.class));
        robot.clickOn("#split-entry");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".dialog-pane").tryQuery()).isPresent(); // the sentence chooser is open
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(sample.storedEntries()).hasSize(6);
        assertThat(sample.storedEntries().get(2).firstCueId()).isEqualTo(sample.cues.get(2).id());
    }
}
