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

    private GlossaryTerm stored(String term) {
        return ShowFiles.glossary(sample.show).list().stream().filter(t -> t.term().equals(term)).findFirst().orElseThrow();
    }

    private void pick(FxRobot robot, String term) {
        robot.clickOn(robot.lookup(".table-row-cell").match((javafx.scene.control.TableRow<GlossaryTerm> r) ->
                r.getItem() != null && r.getItem().term().equals(term)).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aSearchThatHidesTheTermBeingEditedNeverPutsAnotherTermUnderTheForm(FxRobot robot) {
        pick(robot, "同花顺");
        robot.clickOn("#glossary-variants").push(javafx.scene.input.KeyCode.END).write(", 同花舜");
        robot.clickOn("#glossary-search").write("北京");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#glossary-term").queryTextInputControl().getText()).isEqualTo("同花顺");
        assertThat(robot.lookup("#glossary-editing").queryLabeled().getText()).contains("同花顺").contains("hidden");
        robot.clickOn("#glossary-save");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stored("同花顺").variants()).containsExactly("童话顺", "同花舜");
        assertThat(stored("北京邮电大学").variants()).containsExactly("北京油电大学");
    }

    @Test
    void pickingAnotherTermKeepsTheEditsTypedForTheFirst(FxRobot robot) {
        pick(robot, "同花顺");
        robot.clickOn("#glossary-note").push(javafx.scene.input.KeyCode.END).write("，问财");
        pick(robot, "Unicron");

        assertThat(stored("同花顺").note()).isEqualTo("金融科技公司，问财");
        assertThat(robot.lookup("#glossary-term").queryTextInputControl().getText()).isEqualTo("Unicron");
        assertThat(stored("Unicron").note()).isEmpty();
    }

    @Test
    void enterInTheSearchBoxSavesNothing(FxRobot robot) {
        pick(robot, "同花顺");
        robot.clickOn("#glossary-variants").eraseText(20);
        robot.clickOn("#glossary-search").write("赋能").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored("同花顺").variants()).containsExactly("童话顺");
    }

    @Test
    void theGlossaryWindowClosesWithEscapeAndWithItsCloseButton(FxRobot robot) throws Exception {
        for (boolean escape : new boolean[]{true, false}) {
            GlossaryEditor editor = WaitForAsyncUtils.asyncFx(() -> {
                GlossaryEditor e = new GlossaryEditor(new org.showdesk.app.Glossaries(sample.show),
                        org.showdesk.app.TaskExecutor.sameThread(), false);
                e.open(stage);
                return e;
            }).get(5, TimeUnit.SECONDS);
            Stage window = (Stage) editor.view().getScene().getWindow();
            assertThat(window.isShowing()).isTrue();
            if (escape) {
                robot.clickOn(editor.view().lookup("#glossary-search")).type(javafx.scene.input.KeyCode.ESCAPE);
            } else {
                robot.clickOn(editor.view().lookup("#glossary-close"));
            }
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(window.isShowing()).as(escape ? "Escape" : "Close").isFalse();
        }
    }
}
