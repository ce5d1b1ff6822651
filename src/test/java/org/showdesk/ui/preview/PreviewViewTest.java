package org.showdesk.ui.preview;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.input.Clipboard;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.showdesk.ui.entries.EntriesView;
import org.showdesk.ui.entries.EntriesViewModel;
import org.showdesk.ui.entries.OnFxThread;
import org.showdesk.ui.entries.SampleShow;
import org.showdesk.ui.entries.Snapshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The entries pane and the preview wired as the window wires them. */
@ExtendWith(ApplicationExtension.class)
class PreviewViewTest {
    @TempDir
    static Path dir;
    SampleShow sample;
    EntriesView entries;
    PreviewView preview;
    Stage stage;
    final List<String> opened = new ArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        sample = SampleShow.create(dir);
        entries = new EntriesView(new EntriesViewModel(sample.show, Runnable::run, OnFxThread.INSTANCE));
        preview = new PreviewView(new PreviewViewModel(sample.show, Runnable::run, OnFxThread.INSTANCE,
                new FxCoalescer(PreviewView.QUIET)), opened::add);
        entries.setOnEntriesChanged(preview::entriesChanged);
        entries.showEpisode(sample.episodeId);
        preview.showEpisode(sample.episodeId);
        stage.setScene(new Scene(new SplitPane(entries.view(), preview.view()), 1100, 720));
        stage.show();
    }

    @AfterEach
    void close() {
        sample.show.close();
    }

    @Test
    void anEditedEntryTitleAppearsInThePreviewShortlyAfterTyping(FxRobot robot) throws Exception {
        robot.clickOn(robot.lookup(".entry-title").match(n -> "MathPile".equals(((Label) n).getText())).queryAs(Label.class));
        robot.doubleClickOn("#entry-title").eraseText(8).write("MathPile-Pro");
        WaitForAsyncUtils.sleep(600, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(preview.model().tabProperty(PreviewTab.BILIBILI).get().plainText()).contains("MathPile-Pro");
        String shown = WaitForAsyncUtils.asyncFx(() -> (String) webViewOf(PreviewTab.BILIBILI).getEngine()
                .executeScript("document.body.textContent")).get(5, TimeUnit.SECONDS);
        assertThat(shown).contains("MathPile-Pro");
        WaitForAsyncUtils.asyncFx(() -> Snapshots.save(stage.getScene(), "entries-and-preview")).get(5, TimeUnit.SECONDS);
    }

    @Test
    void copyingTheShowNotesPutsFormattedAndPlainTextOnTheClipboard(FxRobot robot) throws Exception {
        robot.clickOn("#tab-show_notes");
        robot.clickOn("#copy-output");
        WaitForAsyncUtils.waitForFxEvents();
        String[] got = WaitForAsyncUtils.asyncFx(() -> new String[]{Clipboard.getSystemClipboard().getHtml(),
                Clipboard.getSystemClipboard().getString()}).get(5, TimeUnit.SECONDS);
        assertThat(got[0]).contains("<h2").contains("SynCLR");
        assertThat(got[1]).contains("## 1. SynCLR").doesNotContain("<h2");
        WaitForAsyncUtils.asyncFx(() -> Snapshots.save(stage.getScene(), "preview-show-notes")).get(5, TimeUnit.SECONDS);
    }

    @Test
    void clickingAPaperLinkInTheShowNotesOpensItOutsideAndTheNotesStay(FxRobot robot) throws Exception {
        robot.clickOn("#tab-show_notes");
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        String location = WaitForAsyncUtils.asyncFx(() -> {
            WebView web = webViewOf(PreviewTab.SHOW_NOTES);
            web.getEngine().executeScript("document.querySelector('a[href^=\"https://arxiv.org\"]').click()");
            return web.getEngine().getLocation();
        }).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(opened).containsExactly("https://arxiv.org/abs/2312.17742");
        assertThat(location).isNullOrEmpty();
    }

    private WebView webViewOf(PreviewTab tab) {
        var tabs = (javafx.scene.control.TabPane) preview.view().lookup("#preview-tabs");
        var content = (javafx.scene.layout.BorderPane) tabs.getTabs().get(tab.ordinal()).getContent();
        return (WebView) content.getCenter();
    }
}
