package org.showdesk.ui.preview;

import org.showdesk.app.ShowFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.showdesk.model.OutputFormat;
import org.showdesk.model.Entry;
import org.showdesk.app.OpenEpisode;
import org.showdesk.app.Publishing;
import org.showdesk.app.Rundown;
import org.showdesk.app.TaskExecutor;
import org.showdesk.app.Templates;
import org.showdesk.ui.entries.SampleShow;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PreviewViewModelTest {
    @TempDir
    Path dir;
    SampleShow sample;
    PreviewViewModel vm;
    OpenEpisode episode;
    Rundown rundown;

    @BeforeEach
    void open() {
        sample = SampleShow.create(dir);
        vm = new PreviewViewModel(new Publishing(sample.show), TaskExecutor.sameThread(), Runnable::run, Coalescer.IMMEDIATE);
        episode = sample.openEpisode();
        rundown = new Rundown(sample.show);
        vm.show(episode);
    }

    /** The host edits entry {@code index} in the entries pane: the change goes through the app to the open episode. */
    private void edit(int index, java.util.function.UnaryOperator<Entry> change) {
        rundown.edit(episode, change.apply(episode.state().entries().get(index)));
    }

    @AfterEach
    void close() {
        sample.show.close();
    }

    private RenderedTab tab(PreviewTab t) {
        return vm.tabProperty(t).get();
    }

    @Test
    void everyTabShowsItsOutputWithLengthsAgainstThePlatformLimits() {
        assertThat(tab(PreviewTab.BILIBILI).plainText()).contains("SynCLR", "RichDreamer", "MathPile");
        assertThat(tab(PreviewTab.BILIBILI).lengths()).anySatisfy(l -> assertThat(l.limit()).isEqualTo(2000));
        assertThat(tab(PreviewTab.YOUTUBE).lengths()).extracting(l -> l.unit()).contains("characters", "UTF-8 bytes");
        assertThat(tab(PreviewTab.SHOW_NOTES).page()).contains("<h2").contains("https://arxiv.org/abs/2312.17742");
        assertThat(tab(PreviewTab.TRANSCRIPT).plainText()).contains("游戏引擎");
        assertThat(tab(PreviewTab.BILIBILI).suggestedTitle()).contains("第1期");
        assertThat(tab(PreviewTab.YOUTUBE).suggestedTags()).isNotEmpty();
    }

    @Test
    void anEntryEditedInTheEntriesPaneShowsUpInThePreview() {
        edit(1, e -> e.withTitle("SynCLR-XL"));
        assertThat(tab(PreviewTab.BILIBILI).plainText()).contains("SynCLR-XL");
        assertThat(tab(PreviewTab.SHOW_NOTES).page()).contains("SynCLR-XL");
    }

    @Test
    void markupTypedIntoAnEntryIsShownAsTextNeverAsMarkup() {
        edit(1, e -> e.withTitle("<script>alert(1)</script><a href=\"javascript:x\">x</a>"));
        for (PreviewTab t : PreviewTab.values()) {
            assertThat(tab(t).page()).doesNotContain("<script").doesNotContain("href=\"javascript");
        }
        assertThat(tab(PreviewTab.BILIBILI).page()).contains("&lt;script&gt;");
    }

    @Test
    void aDescriptionOverTheBilibiliLimitIsFlaggedWithHowMuchToCutAndNothingIsCut() {
        String longSummary = "很长的总结".repeat(450);
        edit(2, e -> e.withFields(e.title(), e.organizations(), e.category(), longSummary, e.links(), e.startMs(),
                e.status(), e.notes()));
        RenderedTab bili = tab(PreviewTab.BILIBILI);
        assertThat(bili.isOverALimit()).isTrue();
        assertThat(bili.lengths()).filteredOn(l -> l.isOver()).first()
                .satisfies(l -> assertThat(l.message()).contains("over by").contains("cut"));
        assertThat(bili.plainText()).contains(longSummary);
    }

    @Test
    void aBrokenTemplateIsExplainedWithItsPlaceInsteadOfAPreview() {
        new Templates(sample.show).save("bilibili", "本期内容\n{{#items}}{{title}}\n");
        vm.renderNow();
        RenderedTab bili = tab(PreviewTab.BILIBILI);
        assertThat(bili.failed()).isTrue();
        assertThat(bili.problem()).contains("bilibili").contains("line");
        List<RenderedTab> copied = new ArrayList<>();
        vm.prepareCopy(PreviewTab.BILIBILI, copied::add);
        assertThat(copied).containsExactly((RenderedTab) null);
        assertThat(tab(PreviewTab.TRANSCRIPT).failed()).isFalse();
    }

    @Test
    void exportWritesTheFileAndSaysWhere() throws Exception {
        Path out = dir.resolve("导出 folder");
        Files.createDirectories(out);
        Path file = out.resolve("ep1.srt");
        vm.export(OutputFormat.SRT, file, null);
        assertThat(Files.readString(file)).startsWith("1\n00:00:00,000 --> 00:00:06,000");
        assertThat(vm.noticeProperty().get()).contains("Exported srt").contains(file.toString());
        assertThat(vm.messageProperty().get()).isEmpty();
        try (var files = Files.list(out)) {
            assertThat(files).containsExactly(file); // no temp file left behind
        }
    }

    @Test
    void theExportIsInTheScriptThePreviewShows() throws Exception {
        vm.setScript(org.showdesk.model.ChineseScript.TRADITIONAL);
        String shown = vm.tabProperty(PreviewTab.SHOW_NOTES).get().plainText();
        Path file = dir.resolve(vm.exportFileName(OutputFormat.MD));

        vm.export(OutputFormat.MD, file, null);

        assertThat(file.getFileName().toString()).endsWith(".zh-TW.md");
        String written = Files.readString(file);
        assertThat(shown).contains("這裡");
        assertThat(written).contains("這裡").doesNotContain("这里");
    }

    @Test
    void exportIntoAMissingFolderIsRefusedWithAMessage() {
        vm.export(OutputFormat.MD, dir.resolve("no such folder").resolve("x.md"), null);
        assertThat(vm.messageProperty().get()).contains("Could not write").contains("does not exist");
    }

    @Test
    void copyingTheShowNotesGivesTheStyledFragmentBesideTheMarkdown() {
        List<RenderedTab> copied = new ArrayList<>();
        vm.prepareCopy(PreviewTab.SHOW_NOTES, copied::add);
        RenderedTab r = copied.get(0);
        assertThat(r.richHtml()).contains("<h2").contains("style=").doesNotContain("<html");
        assertThat(r.plainText()).contains("## 1. SynCLR");
    }

    @Test
    void theTranscriptTabIsNotRenderedAgainWhenOnlyTheRundownChanged() {
        RenderedTab before = tab(PreviewTab.TRANSCRIPT);
        edit(1, e -> e.withTitle("SynCLR-XL"));
        assertThat(tab(PreviewTab.TRANSCRIPT)).isSameAs(before);
        assertThat(tab(PreviewTab.BILIBILI).plainText()).contains("SynCLR-XL");
    }

    @Test
    void anAcceptedCorrectionReachesThePreviewThroughTheOpenEpisode() {
        new org.showdesk.app.Corrections(sample.show).replace(episode, List.of(new org.showdesk.app.TextChange(
                episode.state().text().indexOf("游戏引擎"), episode.state().text().indexOf("游戏引擎") + 4, "Unity 引擎")));
        assertThat(tab(PreviewTab.TRANSCRIPT).plainText()).contains("Unity 引擎").doesNotContain("游戏引擎");
    }

    @Test
    void exportingEverythingWritesEachFormatIntoTheFolder() throws Exception {
        Path out = Files.createDirectories(dir.resolve("全部 exports"));
        vm.exportAll(out, null);
        try (var files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder(
                    "第1期-bilibili.txt", "第1期-youtube.txt", "第1期.md", "第1期.html", "第1期.txt", "第1期.srt",
                    "第1期.vtt", "第1期.json", "第1期-wechat.html",
                    // Traditional Chinese (Taiwan) beside the outputs that have it
                    "第1期.zh-TW-youtube.txt", "第1期.zh-TW.md", "第1期.zh-TW.html", "第1期.zh-TW.txt", "第1期.zh-TW.srt",
                    "第1期.zh-TW.vtt");
        }
        assertThat(Files.readString(out.resolve("第1期.vtt"))).startsWith("WEBVTT");
        assertThat(vm.noticeProperty().get()).startsWith("Exported 15 files");
    }
}
