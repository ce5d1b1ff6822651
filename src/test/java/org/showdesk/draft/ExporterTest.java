package org.showdesk.draft;

import org.showdesk.model.Output;
import org.showdesk.model.OutputFormat;
import org.showdesk.model.OutputPart;
import org.showdesk.model.LengthReport;
import org.showdesk.model.TemplateException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.showdesk.model.Correction;
import org.showdesk.model.Entry;
import org.showdesk.model.Episode;
import org.showdesk.model.EntryKind;
import org.showdesk.model.EpisodeContent;
import org.showdesk.model.Link;
import org.showdesk.model.LinkKind;
import org.showdesk.model.ShowdeskException;
import org.showdesk.model.Transcript;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExporterTest {
    private final Exporter exporter = new Exporter();

    private EpisodeContent rundown() {
        Transcript t = Episodes.timed(20_000, "大家好,这里是AI周报。", "Google Research的研究者推出SynCLR。", "它只用合成数据。",
                "Meta AI的研究者推出HyperDreamer。", "它能从单张图生成3D。", "香港中文大学的研究者推出RichDreamer。",
                "这期节目就到这里。");
        List<Entry> entries = List.of(
                Episodes.of(EntryKind.INTRO, 1, 1, 1, "开场", 0L),
                Episodes.item(2, 2, 3, "SynCLR", 20_000L, "只用合成图像和合成描述学习视觉表示",
                        new Link(LinkKind.PAPER, "arXiv:2312.17742v1")),
                Episodes.item(3, 4, 5, "HyperDreamer", 60_000L, "单张图像快速生成3D"),
                Episodes.item(4, 6, 6, "RichDreamer", 100_000L, "文本生成细节丰富的3D内容"),
                Episodes.of(EntryKind.OUTRO, 5, 7, 7, "结尾", 120_000L));
        return Episodes.content(t, entries);
    }

    @Test
    void theBilibiliDescriptionListsTheItemsWithLinksAndReportsItsLimits() {
        Output out = exporter.render(OutputFormat.BILIBILI, rundown(), "AI周报");
        String description = out.part("description").orElseThrow().text();
        assertThat(description).contains("1. SynCLR（Meta AI） 0:20", "paper：https://arxiv.org/abs/2312.17742", "3. RichDreamer");
        assertThat(out.lengths()).extracting(LengthReport::subject)
                .containsExactly("Bilibili 简介", "Bilibili title", "Bilibili tags");
        assertThat(out.lengths().get(0).count()).isEqualTo(description.codePointCount(0, description.length()));
        assertThat(out.isOverAnyLimit()).isFalse();
        assertThat(out.suggestedTitle()).isEqualTo("AI周报 2024年1月第1期｜SynCLR、HyperDreamer、RichDreamer");
        assertThat(out.suggestedTags()).contains("AI周报", "SynCLR", "Meta AI").hasSizeLessThanOrEqualTo(10);
        assertThat(out.fileExtension()).isEqualTo("txt");
    }

    @Test
    void aDescriptionOverTheLimitIsReportedWithHowMuchToCutAndNotTruncated() {
        EpisodeContent changed = rundownWith(1, e -> e.withFields("SynCLR", List.of("Google Research"), "", "合成数据".repeat(600),
                List.of(), 20_000L, null, ""));
        Output out = exporter.render(OutputFormat.BILIBILI, changed, "AI周报");
        LengthReport description = out.lengths().get(0);
        assertThat(out.text()).contains("合成数据".repeat(600));
        String text = out.part("description").orElseThrow().text();
        int characters = text.codePointCount(0, text.length()); // counted here, not by the code under test
        assertThat(characters).isGreaterThan(2400);
        assertThat(description.isOver()).isTrue();
        assertThat(description.count()).isEqualTo(characters);
        assertThat(description.overBy()).isEqualTo(characters - 2000);
        assertThat(description.message()).isEqualTo("Bilibili 简介: " + characters
                + " / 2000 characters — over by " + (characters - 2000) + " characters, cut " + (characters - 2000));
        assertThat(out.warnings()).first().isEqualTo(description.message());
    }

    @Test
    void theYoutubeDescriptionHasAChaptersBlockAndCountsCharactersAndBytes() {
        Output out = exporter.render(OutputFormat.YOUTUBE, rundown(), "AI周报");
        assertThat(out.text()).contains("0:00 开场\n0:20 SynCLR\n1:00 HyperDreamer\n1:40 RichDreamer\n2:00 结尾");
        LengthReport chars = out.lengths().get(0), bytes = out.lengths().get(1);
        assertThat(chars.unit()).isEqualTo("characters");
        assertThat(bytes.unit()).isEqualTo("UTF-8 bytes");
        assertThat(bytes.count()).isEqualTo(out.part("description").orElseThrow().text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .isGreaterThan(chars.count());
    }

    @Test
    void chineseTextCanFitYoutubesCharacterLimitButNotItsByteLimit() {
        EpisodeContent changed = rundownWith(1, e -> e.withFields("SynCLR", List.of(), "", "合".repeat(2000), List.of(), 20_000L, null, ""));
        Output out = exporter.render(OutputFormat.YOUTUBE, changed, "AI周报");
        assertThat(out.lengths().get(0).isOver()).isFalse();
        assertThat(out.lengths().get(1).isOver()).isTrue();
        assertThat(out.lengths().get(1).message()).contains("over by", "cut", "bytes (a Chinese character is 3 bytes)");
    }

    @Test
    void angleBracketsInAYoutubeDescriptionAreReportedNotReplaced() {
        EpisodeContent changed = rundownWith(2, e -> e.withTitle("<HyperDreamer>"));
        Output out = exporter.render(OutputFormat.YOUTUBE, changed, "AI周报");
        assertThat(out.text()).contains("<HyperDreamer>");
        assertThat(out.notes()).anyMatch(n -> n.contains("YouTube refuses '<'") && n.contains("column"));
    }

    @Test
    void chapterFixesAreReportedInTheYoutubeNotes() {
        EpisodeContent changed = rundownWith(0, e -> e.withFields("开场", List.of(), "", "", List.of(), 3_000L, null, ""));
        Output out = exporter.render(OutputFormat.YOUTUBE, changed, "AI周报");
        assertThat(out.text()).contains("0:00 开场");
        assertThat(out.notes()).anyMatch(n -> n.contains("moved from 0:03 to 0:00"));
    }

    @Test
    void markupInTranscriptAndEntriesNeverBecomesLiveHtml() {
        Transcript t = Episodes.timed(10_000, "大家好<script>alert('intro')</script>,这里是AI周报。",
                "Meta AI的研究者推出EvilNet<img src=x onerror=alert(1)>,[点我](javascript:alert(2))。", "这期节目就到这里。");
        List<Entry> suggested = new EntrySplitter(List.of()).suggest(1, t);
        List<Entry> entries = new ArrayList<>(suggested);
        Entry item = entries.get(1);
        entries.set(1, item.withFields("<script>alert(3)</script>", List.of("<b>Org</b>"), "",
                item.summary() + " <a href=\"javascript:alert(4)\">x</a> ![p](javascript:alert(5)) <javascript:alert(6)>",
                List.of(new Link(LinkKind.CODE, "javascript:alert(7)"), new Link(LinkKind.PAPER, "2312.17742")),
                item.startMs(), null, ""));
        Output out = exporter.render(OutputFormat.HTML, Episodes.content(t, entries), "AI周报");
        String html = out.text().toLowerCase();
        assertThat(html).doesNotContain("<script", "<img", "<b>", "<a href=\"javascript", "src=\"javascript", "href=\"javascript");
        assertThat(html).contains("&lt;script&gt;alert(3)&lt;/script&gt;", "href=\"https://arxiv.org/abs/2312.17742\"");
        assertThat(out.notes()).anyMatch(n -> n.contains("javascript:alert(7)") && n.contains("Left out"));
    }

    @Test
    void evenAShowTemplateThatSkipsEscapingCannotPutLiveMarkupIntoTheHtml() {
        // A host may write {{{summary}}}: the Markdown renderer is the second line of defence.
        TemplateSet raw = TemplateSet.defaults().withOverrides(Map.of("md",
                "{{#items}}\n## {{{title}}}\n\n{{{summary}}}\n\n{{/items}}"));
        EpisodeContent changed = rundownWith(1, e -> e.withFields("<script>alert(1)</script>", List.of(), "",
                "摘要 <iframe src=\"https://evil.example\"></iframe> [x](javascript:alert(2)) <a href=\"javascript:alert(3)\">y</a>"
                        + " [ok](mailto:host@example.org) ![i](javascript:alert(4))", List.of(), 20_000L, null, ""));
        String html = new Exporter(raw).render(OutputFormat.HTML, changed, "AI周报").text();
        assertThat(html).doesNotContain("<script", "<iframe", "href=\"javascript", "src=\"javascript", "<a href=\"javascript");
        assertThat(html).contains("&lt;script&gt;", "&lt;iframe", "href=\"mailto:host@example.org\"", "href=\"#\"");
    }

    @Test
    void theHtmlPageIsStandaloneWithInlineStylesAndAChineseFontStack() {
        String html = exporter.render(OutputFormat.HTML, rundown(), "AI周报").text();
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<meta charset=\"utf-8\">", "lang=\"zh-CN\"",
                "Noto Sans CJK SC", "<h2 style=", "style=\"color:#1a5fb4").doesNotContain("<style", "<link", "<script");
        assertThat(html).contains("<h2 style=\"font-size:1.3em;margin:1.2em 0 0.4em;line-height:1.3;\">1. SynCLR</h2>");
    }

    @Test
    void theClipboardFragmentIsTheStyledArticleWithoutThePage() {
        String fragment = exporter.showNotesFragment(rundown(), "AI周报");
        assertThat(fragment).startsWith("<article style=").endsWith("</article>\n").contains("<h2 style=")
                .doesNotContain("<html", "<head", "<body");
    }

    @Test
    void aLineBreakInAnEntryTitleDoesNotBreakTheChaptersBlock() {
        EpisodeContent changed = rundownWith(2, e -> e.withTitle("Hyper\nDreamer"));
        String text = exporter.render(OutputFormat.YOUTUBE, changed, "AI周报").text();
        assertThat(text).contains("1:00 Hyper Dreamer\n1:40 RichDreamer");
    }

    @Test
    void theMarkdownShowNotesEscapeTextButKeepLinksClickable() {
        EpisodeContent changed = rundownWith(2, e -> e.withTitle("Hyper*Dreamer* [beta]"));
        String md = exporter.render(OutputFormat.MD, changed, "AI周报").text();
        assertThat(md).startsWith("# AI周报 2024年1月第1期\n").contains("## 2. Hyper\\*Dreamer\\* \\[beta\\]",
                "- paper: <https://arxiv.org/abs/2312.17742>");
    }

    @Test
    void theTranscriptExportsAreTheCorrectedText() {
        Transcript t = Episodes.timed(2_000, "童话顺推出HithinkGPT。", "好的。");
        t = t.replace(0, 3, "同花顺");
        EpisodeContent content = Episodes.content(t, List.of());
        assertThat(exporter.render(OutputFormat.TXT, content, "AI周报").text()).isEqualTo("同花顺推出HithinkGPT。好的。\n");
        assertThat(exporter.render(OutputFormat.SRT, content, "AI周报").text()).contains("同花顺推出").doesNotContain("童话顺");
    }

    @Test
    void srtAndVttKeepEveryCuesTimingExactly() {
        Transcript t = new Transcript(List.of(
                org.showdesk.model.Cue.of(0L, 2_345L, "第一句 --> 箭头\n").withId(1),
                org.showdesk.model.Cue.of(2_345L, 3_600_001L, "A & B <i>\n").withId(2),
                org.showdesk.model.Cue.of(3_600_500L, 3_661_999L, "最后一句").withId(3)));
        EpisodeContent content = Episodes.content(t, List.of());
        String srt = exporter.render(OutputFormat.SRT, content, "x").text();
        String vtt = exporter.render(OutputFormat.VTT, content, "x").text();
        List<long[]> expected = List.of(new long[]{0, 2_345}, new long[]{2_345, 3_600_001}, new long[]{3_600_500, 3_661_999});
        assertThat(SubtitleTimings.read(srt)).containsExactlyElementsOf(expected);
        assertThat(SubtitleTimings.read(vtt)).containsExactlyElementsOf(expected);
        assertThat(srt).startsWith("1\n00:00:00,000 --> 00:00:02,345\n第一句 -> 箭头\n\n");
        assertThat(vtt).startsWith("WEBVTT\n\n").contains("A &amp; B &lt;i&gt;");
    }

    @Test
    void subtitlesOfAnUntimedTranscriptAreRefusedWithWhatToDoInstead() {
        EpisodeContent content = Episodes.content(Episodes.untimed("大家好。", "再见。"), List.of());
        assertThatThrownBy(() -> exporter.render(OutputFormat.SRT, content, "x"))
                .isInstanceOf(ShowdeskException.class).hasMessageContaining("no time").hasMessageContaining("export TXT instead");
    }

    @Test
    void theJsonIsVersionedCompleteAndWrittenTheSameWayEveryTime() throws Exception {
        EpisodeContent base = rundown();
        Correction fix = new Correction(9, 7, 2, 0, "童话顺", "同花顺", "pinyin", "同花顺", 0.9, Episodes.IMPORTED, null);
        EpisodeContent content = new EpisodeContent(base.episode(), base.transcript(), base.entries(), List.of(fix));
        String json = exporter.render(OutputFormat.JSON, content, "AI周报").text();
        assertThat(exporter.render(OutputFormat.JSON, content, "AI周报").text()).isEqualTo(json);
        JsonNode root = new ObjectMapper().readTree(json);
        assertThat(fieldNames(root)).containsExactly("format", "version", "show", "episode", "cues", "entries", "corrections");
        assertThat(root.get("format").asText()).isEqualTo("showdesk-episode");
        assertThat(root.get("version").asInt()).isEqualTo(1);
        assertThat(fieldNames(root.get("episode"))).containsExactly("id", "title", "source", "source_format",
                "imported_at", "tags", "media", "time_offset_ms", "times_estimated");
        assertThat(root.get("episode").get("times_estimated").asBoolean()).isFalse();
        assertThat(root.get("episode").get("media").isNull()).isTrue();
        assertThat(fieldNames(root.get("cues").get(0))).containsExactly("id", "start_ms", "end_ms", "raw", "text");
        assertThat(root.get("cues")).hasSize(7);
        assertThat(root.get("entries").get(1).get("links").get(0).get("url").asText()).isEqualTo("arXiv:2312.17742v1");
        assertThat(root.get("corrections").get(0).get("after").asText()).isEqualTo("同花顺");
        assertThat(root.get("corrections").get(0).get("undone_at").isNull()).isTrue();
    }

    @Test
    void theEntriesAloneAreAJsonArrayWithTheSameFields() throws Exception {
        JsonNode array = new ObjectMapper().readTree(EpisodeJson.entries(rundown().entries()));
        assertThat(array.isArray()).isTrue();
        assertThat(array).hasSize(5);
        assertThat(fieldNames(array.get(1))).containsExactly("id", "kind", "first_cue_id", "last_cue_id", "title",
                "organizations", "category", "summary", "links", "start_ms", "start_estimated", "status", "notes");
        assertThat(array.get(0).get("kind").asText()).isEqualTo("intro");
    }

    @Test
    void estimatedTimesAreMarkedAsEstimatesInTheJson() throws Exception {
        EpisodeContent base = rundown();
        Episode untimed = new Episode(base.episode().id(), base.episode().title(), "ep.txt", "txt",
                base.episode().importedAt(), base.episode().cueCount(), base.episode().charCount(), List.of("AI"),
                new org.showdesk.model.MediaFile("/shows/ep1.mp3", 600_000), 5_000, true);
        List<Entry> entries = new ArrayList<>(base.entries());
        entries.set(1, entries.get(1).withStart(21_500L, true));
        JsonNode root = new ObjectMapper().readTree(exporter.render(OutputFormat.JSON,
                new EpisodeContent(untimed, base.transcript(), entries, List.of()), "AI周报").text());
        JsonNode ep = root.get("episode");
        assertThat(ep.get("times_estimated").asBoolean()).isTrue();
        assertThat(ep.get("time_offset_ms").asLong()).isEqualTo(5_000);
        assertThat(ep.get("media").get("duration_ms").asLong()).isEqualTo(600_000);
        assertThat(ep.get("tags").get(0).asText()).isEqualTo("AI");
        assertThat(root.get("entries").get(1).get("start_ms").asLong()).isEqualTo(21_500);
        assertThat(root.get("entries").get(1).get("start_estimated").asBoolean()).isTrue();
        assertThat(root.get("entries").get(0).get("start_estimated").asBoolean()).isFalse();
    }

    @Test
    void templatesStoredInTheShowAreUsedForItsOutputs() {
        TemplateSet show = TemplateSet.defaults().withTemplates(List.of(new org.showdesk.model.Template("bilibili",
                "{{show}}本期{{itemCount}}条：{{#items}}{{title}} {{/items}}")));
        assertThat(new Exporter(show).render(OutputFormat.BILIBILI, rundown(), "AI周报").part("description"))
                .map(OutputPart::text).hasValue("AI周报本期3条：SynCLR HyperDreamer RichDreamer\n");
    }

    @Test
    void templateValuesAreOfferedForAnEditorPreview() {
        Map<String, Object> values = exporter.templateValues(rundown(), "AI周报");
        assertThat(values).containsKeys("show", "episode", "title", "intro", "outro", "items", "entries", "chapters",
                "hasChapters", "tags", "tagsLine", "headline", "itemCount");
        assertThat(values.get("itemCount")).isEqualTo("3");
    }

    @Test
    void aBrokenShowTemplateStopsTheExportWithItsPosition() {
        Exporter broken = new Exporter(TemplateSet.defaults().withOverrides(Map.of("youtube", "{{#items}}\n{{title}}")));
        assertThatThrownBy(() -> broken.render(OutputFormat.YOUTUBE, rundown(), "AI周报"))
                .isInstanceOf(TemplateException.class).hasMessageContaining("Template \"youtube\", line 1, column 1");
    }

    @Test
    void formatNamesAreReadAsAHostTypesThem() {
        assertThat(OutputFormat.parse("SRT")).isEqualTo(OutputFormat.SRT);
        assertThat(OutputFormat.parse(" markdown ")).isEqualTo(OutputFormat.MD);
        assertThat(OutputFormat.parse("bilibili").fileName("ep1")).isEqualTo("ep1-bilibili.txt");
        assertThat(OutputFormat.parse("vtt").fileName("ep1")).isEqualTo("ep1.vtt");
        assertThatThrownBy(() -> OutputFormat.parse("docx")).isInstanceOf(ShowdeskException.class)
                .hasMessage("Unknown export format \"docx\": use one of bilibili, youtube, md, html, txt, srt, vtt, json, wechat.");
    }

    /** The rundown with entry {@code index} changed. */
    private EpisodeContent rundownWith(int index, java.util.function.UnaryOperator<Entry> change) {
        EpisodeContent content = rundown();
        List<Entry> entries = new ArrayList<>(content.entries());
        entries.set(index, change.apply(entries.get(index)));
        return new EpisodeContent(content.episode(), content.transcript(), entries, List.of());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) names.add(it.next());
        return names;
    }
}
