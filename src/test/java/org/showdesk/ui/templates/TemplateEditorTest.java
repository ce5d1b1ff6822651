package org.showdesk.ui.templates;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.showdesk.ui.common.OnFxThread;
import org.showdesk.ui.entries.SampleShow;
import org.showdesk.ui.entries.Snapshots;
import org.showdesk.ui.preview.Coalescer;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class TemplateEditorTest {
    @TempDir
    static Path dir;
    SampleShow sample;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        sample = SampleShow.create(dir);
        TemplateEditor editor = new TemplateEditor(new TemplateEditorViewModel(new org.showdesk.app.Templates(sample.show),
                false, org.showdesk.app.TaskExecutor.sameThread(), Coalescer.IMMEDIATE));
        editor.model().load(sample.openEpisode().state());
        stage.setScene(new Scene((Parent) editor.view(), 1000, 700));
        stage.show();
    }

    @AfterEach
    void close() {
        sample.show.close();
    }

    @Test
    void aBrokenTagIsShownWithItsPositionAndAClickPutsTheCaretThere(FxRobot robot) throws Exception {
        TextArea body = robot.lookup("#template-body").queryAs(TextArea.class);
        WaitForAsyncUtils.asyncFx(() -> body.setText("第一行\n{{#items}}\n  {{title}\n{{/items}}\n")).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        Label error = robot.lookup("#template-error").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("line 3").contains("column");
        WaitForAsyncUtils.asyncFx(() -> Snapshots.save(stage.getScene(), "template-editor-error")).get(5, TimeUnit.SECONDS);
        robot.clickOn(error);
        WaitForAsyncUtils.waitForFxEvents();
        int caret = body.getCaretPosition();
        assertThat(body.getText().substring(0, caret).split("\n", -1)).hasSize(3); // the caret is on line 3
    }

    @Test
    void theSelectedTemplatesOutputIsPreviewed(FxRobot robot) throws Exception {
        robot.clickOn("YouTube description");
        WaitForAsyncUtils.waitForFxEvents();
        TextArea preview = robot.lookup("#template-preview").queryAs(TextArea.class);
        assertThat(preview.getText()).contains("SynCLR").contains("0:00");
        WaitForAsyncUtils.asyncFx(() -> Snapshots.save(stage.getScene(), "template-editor")).get(5, TimeUnit.SECONDS);
    }
}
