package org.showdesk.ui.glossary;

import org.showdesk.app.ShowFiles;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.showdesk.model.GlossaryTerm;
import org.showdesk.model.TermCategory;
import org.showdesk.ui.common.OnFxThread;
import org.showdesk.ui.entries.SampleShow;
import org.showdesk.ui.entries.Snapshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class GlossaryEditorTest {
    @TempDir
    static Path dir;
    SampleShow sample;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        sample = SampleShow.create(dir);
        ShowFiles.glossary(sample.show).addAll(List.of(
                new GlossaryTerm(0, "同花顺", List.of("童话顺"), TermCategory.ORG, "金融科技公司", "tong hua shun", true),
                new GlossaryTerm(0, "北京邮电大学", List.of("北京油电大学"), TermCategory.ORG, "", "", true),
                new GlossaryTerm(0, "Unicron", List.of("UniChrome"), TermCategory.PRODUCT, "", "", true),
                new GlossaryTerm(0, "赋能", List.of("负能"), TermCategory.JARGON, "", "", true)));
        GlossaryEditor editor = new GlossaryEditor(new GlossaryViewModel(new org.showdesk.app.Glossaries(sample.show), org.showdesk.app.TaskExecutor.sameThread(), sample.show.isReadOnly()));
        stage.setScene(new Scene((Parent) editor.view(), 900, 560));
        stage.show();
    }

    @AfterEach
    void close() {
        sample.show.close();
    }

    @Test
    void typingInTheSearchBoxNarrowsTheTable(FxRobot robot) {
        TableView<GlossaryTerm> table = robot.lookup("#glossary-table").queryTableView();
        assertThat(table.getItems()).hasSize(4);
        robot.clickOn("#glossary-search").write("chrome");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).extracting(GlossaryTerm::term).containsExactly("Unicron");
    }

    @Test
    void aTermTypedIntoTheFormAppearsInTheTable(FxRobot robot) throws Exception {
        robot.clickOn("#glossary-new");
        robot.clickOn("#glossary-term").write("Krutrim");
        robot.clickOn("#glossary-variants").write("Kootram");
        robot.clickOn("#glossary-add");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<GlossaryTerm> table = robot.lookup("#glossary-table").queryTableView();
        assertThat(table.getItems()).extracting(GlossaryTerm::term).contains("Krutrim");
        assertThat(table.getSelectionModel().getSelectedItem().variants()).containsExactly("Kootram");
        WaitForAsyncUtils.asyncFx(() -> Snapshots.save(stage.getScene(), "glossary-editor")).get(5, TimeUnit.SECONDS);
    }
}
