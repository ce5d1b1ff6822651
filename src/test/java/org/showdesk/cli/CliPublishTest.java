package org.showdesk.cli;

import org.showdesk.app.ShowFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.showdesk.app.OpenShow;
import org.showdesk.ingest.TranscriptReader;
import org.showdesk.model.Cue;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** From an imported transcript to everything a host publishes, through the command line. */
class CliPublishTest {
    @TempDir
    Path dir;
    Path show;

    private static final String SRT = """
            1
            00:00:00,000 --> 00:00:04,000
            大家好，这里是AI周报第三期。

            2
            00:00:04,000 --> 00:00:15,500
            Meta AI的研究者推出<b>HyperNet</b>，能够从单张图片生成三维结构。

            3
            00:00:15,500 --> 00:00:29,000
            清华大学的研究者发布CodeScope，用于评测代码模型。

            4
            00:00:29,000 --> 00:00:41,250
            微软推出WaveCoder，面向指令数据生成。

            5
            00:00:41,250 --> 00:00:45,000
            这期节目就到这里，下期再见。
            """;

    @BeforeEach
    void importEpisode() throws Exception {
        show = dir.resolve("show.showdesk");
        run("new", show.toString(), "--name", "AI周报");
        Path srt = dir.resolve("ep3.srt");
        Files.writeString(srt, SRT);
        assertThat(run("import", show.toString(), srt.toString()).code()).isZero();
    }

    @Test
    void splitSuggestsIntroItemsAndOutroAndEntriesListsThem() throws Exception {
        Run r = run("split", show.toString(), "--episode", "1");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode entries = new ObjectMapper().readTree(run("entries", show.toString(), "--episode", "1", "--json").out());
        assertThat(entries).hasSizeGreaterThanOrEqualTo(4);
        assertThat(entries.get(0).get("kind").asText()).isEqualTo("intro");
        assertThat(entries.get(entries.size() - 1).get("kind").asText()).isEqualTo("outro");
        assertThat(entries.findValuesAsText("title"))
                .contains("HyperNet：从单张图片生成三维结构", "CodeScope：评测代码模型", "WaveCoder：面向指令数据生成");

        Run again = run("split", show.toString(), "--episode", "1");
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("already has entries");
    }

    @Test
    void subtitleExportKeepsTheTimingsOfTheImport() throws Exception {
        Path out = dir.resolve("out.srt");
        assertThat(run("export", show.toString(), "--episode", "1", "--format", "srt", "--out", out.toString()).code())
                .isZero();
        var original = TranscriptReader.read(dir.resolve("ep3.srt"), null).cues();
        var exported = TranscriptReader.read(out, null).cues();
        assertThat(exported).extracting(Cue::startMs).containsExactlyElementsOf(original.stream().map(Cue::startMs).toList());
        assertThat(exported).extracting(Cue::endMs).containsExactlyElementsOf(original.stream().map(Cue::endMs).toList());
        assertThat(exported).extracting(Cue::text).containsExactlyElementsOf(original.stream().map(Cue::text).toList());

        Path vtt = dir.resolve("out.vtt");
        run("export", show.toString(), "--episode", "1", "--format", "vtt", "--out", vtt.toString());
        assertThat(TranscriptReader.read(vtt, null).cues()).extracting(Cue::endMs).last().isEqualTo(45_000L);
    }

    @Test
    void jsonExportHoldsRawAndCorrectedTextAndTheCorrections() throws Exception {
        try (OpenShow s = OpenShow.open(show)) {
            String text = ShowFiles.episodes(s).transcript(1).text();
            int at = text.indexOf("HyperNet");
            ShowFiles.edits(s).apply(1, java.util.List.of(new org.showdesk.store.TextEdits.Change(at, at + 8, "HyperDreamer",
                    "phonetic", "HyperDreamer", 0.8)), true);
        }
        Run r = run("export", show.toString(), "--episode", "1", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertThat(doc.get("version").asInt()).isGreaterThanOrEqualTo(1);
        JsonNode cue = doc.get("cues").get(1);
        assertThat(cue.get("start_ms").asLong()).isEqualTo(4000);
        assertThat(cue.toString()).contains("HyperNet").contains("HyperDreamer");
        assertThat(doc.get("corrections").get(0).toString()).contains("HyperNet").contains("HyperDreamer");
    }

    @Test
    void htmlExportNeverTurnsTranscriptOrEntryTextIntoMarkup() throws Exception {
        try (OpenShow s = OpenShow.open(show)) {
            String text = ShowFiles.episodes(s).transcript(1).text();
            int at = text.indexOf("CodeScope");
            ShowFiles.edits(s).apply(1, java.util.List.of(new org.showdesk.store.TextEdits.Change(at, at + 9,
                    "<script>alert(1)</script>", org.showdesk.store.TextEdits.MANUAL, "", 1)), false);
        }
        run("split", show.toString(), "--episode", "1");
        try (OpenShow s = OpenShow.open(show)) {
            var entries = ShowFiles.entries(s).list(1);
            var e = entries.get(1);
            ShowFiles.entries(s).save(e.withFields("<img src=x onerror=alert(1)>", e.organizations(), e.category(),
                    "[click](javascript:alert(1))", java.util.List.of(new org.showdesk.model.Link(
                            org.showdesk.model.LinkKind.PAPER, "javascript:alert(1)")), e.startMs(), e.status(), e.notes()));
        }
        Run r = run("export", show.toString(), "--episode", "1", "--format", "html");
        assertThat(r.code()).as(r.err()).isZero();
        String html = r.out().toLowerCase();
        assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("href=\"javascript:");
        assertThat(html).contains("&lt;img");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        Run r = run("export", show.toString(), "--episode", "1", "--format", "docx");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("docx");
    }

    @Test
    void anUnknownEpisodeIsExplained() {
        Run r = run("export", show.toString(), "--episode", "42", "--format", "md");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("no episode 42");
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        var r = CliImportTest.run(args);
        return new Run(r.code(), r.out(), r.err());
    }
}
