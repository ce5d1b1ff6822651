package org.showdesk.ui.preview;

import org.showdesk.app.ShowFiles;
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
import org.showdesk.ui.common.OnFxThread;
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
import org.showdesk.model.Entry;
import org.showdesk.app.Episodes;
import org.showdesk.app.OpenEpisode;
import org.showdesk.app.Publishing;
import org.showdesk.app.Rundown;
import org.showdesk.app.TaskExecutor;
import org.showdesk.ui.common.UndoHistory;

import static org.assertj.core.api.Assertions.assertThat;

/** The entries pane and the preview wired as the window wires them. */
@ExtendWith(ApplicationExtension.class)
class PreviewViewTest {
    @TempDir
    static Path dir;
    SampleShow sample;
    OpenEpisode episode;
    EntriesView entries;
    PreviewView preview;
    Stage stage;
    final List<String> opened = new ArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        sample = SampleShow.create(dir);
        episode = sample.openEpisode();
        EntriesViewModel entriesModel = new EntriesViewModel(new Rundown(sample.show), TaskExecutor.sameThread(),
                OnFxThread.INSTANCE, UndoHistory.onCallingThread(), false);
        entries = new EntriesView(entriesModel);
        preview = new PreviewView(new PreviewViewModel(new Publishing(sample.show), TaskExecutor.sameThread(),
                OnFxThread.INSTANCE, new FxCoalescer(PreviewView.QUIET)), opened::add);
        entriesModel.show(episode);
        preview.show(episode);
        stage.setScene(new Scene(new SplitPane(entries.view(), preview.view()), 1100, 720));
        stage.show();
    }

    /** An entry edited as the entries pane does it: through the app, on the FX thread. */
    private void edit(Entry changed) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> new Rundown(sample.show).edit(episode, changed)).get(5, TimeUnit.SECONDS);
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
        assertThat(robot.lookup("#bilibili-title").queryTextInputControl().getText()).contains("MathPile-Pro");
        // The 简介 (several paragraphs) is shown on one line: its lines joined, blank ones leaving no empty " /  / ".
        String description = robot.lookup("#bilibili-description").queryTextInputControl().getText();
        assertThat(description).contains("MathPile-Pro").contains(" / ").doesNotContain("/  /").doesNotContain("\n");
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

    @Test
    void theScrollPositionStaysWhenThePreviewRendersAgain() throws Exception {
        Entry e = episode.state().entries().get(2);
        edit(e.withFields(e.title(), e.organizations(), e.category(), "很长的一段总结，".repeat(400), e.links(),
                e.startMs(), e.status(), e.notes()));
        WaitForAsyncUtils.sleep(800, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.asyncFx(() -> webViewOf(PreviewTab.BILIBILI).getEngine().executeScript("window.scrollTo(0, 400)"))
                .get(5, TimeUnit.SECONDS);
        edit(episode.state().entries().get(1).withTitle("SynCLR v2"));
        WaitForAsyncUtils.sleep(800, TimeUnit.MILLISECONDS);
        Object[] after = WaitForAsyncUtils.asyncFx(() -> new Object[]{
                webViewOf(PreviewTab.BILIBILI).getEngine().executeScript("window.scrollY"),
                webViewOf(PreviewTab.BILIBILI).getEngine().executeScript("document.body.textContent")}).get(5, TimeUnit.SECONDS);
        assertThat((String) after[1]).contains("SynCLR v2");
        assertThat(((Number) after[0]).doubleValue()).isCloseTo(400, org.assertj.core.data.Offset.offset(2.0));
    }

    @Test
    void markupInTheTranscriptIsShownAsTextAndNoPreviewRunsScripts() throws Exception {
        long ep = ShowFiles.episodes(sample.show).insert("危险", "x.txt", "txt", "UTF-8", List.of(
                org.showdesk.model.Cue.of(null, null, "<script>document.title='pwned'</script><img src=x onerror=alert(1)>\n")));
        OpenEpisode dangerous = new Episodes(sample.show).open(ep);
        WaitForAsyncUtils.asyncFx(() -> preview.show(dangerous)).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.sleep(800, TimeUnit.MILLISECONDS);
        Object[] seen = WaitForAsyncUtils.asyncFx(() -> {
            var engine = webViewOf(PreviewTab.TRANSCRIPT).getEngine();
            return new Object[]{engine.getDocument().getElementsByTagName("script").getLength(),
                    engine.getDocument().getElementsByTagName("img").getLength(),
                    engine.executeScript("document.body.textContent"), engine.getTitle(),
                    java.util.Arrays.stream(PreviewTab.values()).noneMatch(t -> webViewOf(t).getEngine().isJavaScriptEnabled())};
        }).get(5, TimeUnit.SECONDS);
        assertThat(seen[0]).isEqualTo(0);
        assertThat(seen[1]).isEqualTo(0);
        assertThat((String) seen[2]).contains("<script>document.title='pwned'</script>");
        assertThat(seen[3]).isNotEqualTo("pwned");
        assertThat(seen[4]).isEqualTo(true);
    }

    @Test
    void aDescriptionOverTheLimitIsFlaggedOnItsTabAndUnderThePreview() throws Exception {
        Entry e = episode.state().entries().get(3);
        edit(e.withFields(e.title(), e.organizations(), e.category(), "一个非常长的总结。".repeat(240), e.links(),
                e.startMs(), e.status(), e.notes()));
        WaitForAsyncUtils.sleep(800, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        var tabs = (javafx.scene.control.TabPane) preview.view().lookup("#preview-tabs");
        assertThat(tabs.getTabs().get(PreviewTab.BILIBILI.ordinal()).getText()).contains("⚠");
        var lengths = (javafx.scene.layout.VBox) preview.view().lookup("#lengths-bilibili");
        assertThat(lengths.getChildren()).map(n -> ((Label) n).getText())
                .anySatisfy(t -> assertThat(t).contains("Bilibili 简介").contains("over by").contains("cut"));
        WaitForAsyncUtils.asyncFx(() -> Snapshots.save(stage.getScene(), "preview-over-limit")).get(5, TimeUnit.SECONDS);
    }
}
