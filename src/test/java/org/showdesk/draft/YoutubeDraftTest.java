package org.showdesk.draft;

import org.showdesk.model.Output;
import org.showdesk.model.OutputFormat;
import org.junit.jupiter.api.Test;
import org.showdesk.model.Cue;
import org.showdesk.model.Entry;
import org.showdesk.model.EpisodeContent;
import org.showdesk.model.GlossaryTerm;
import org.showdesk.model.TermCategory;
import org.showdesk.model.Transcript;
import org.showdesk.model.ChineseScript;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class YoutubeDraftTest {
    /** Characters that only Simplified Chinese has; a Traditional text has none of them. */
    private static final String SIMPLIFIED_ONLY = "这论发软务网络说们视频数据为应进开个时对将过还种来员语让学实现该经济与从关";
    private final Exporter exporter = new Exporter();

    @Test
    void hashtagsAreTheShowThenTheEpisodesTopicsNotAnOrganizationAndTheFirstItem() throws IOException {
        EpisodeContent content = Rundowns.weekly("weekly-research");
        Output out = exporter.render(OutputFormat.YOUTUBE, content, "AI前沿速递");

        String[] lines = out.text().strip().split("\n");
        List<String> hashtags = Arrays.asList(lines[lines.length - 1].split(" "));
        assertThat(hashtags).hasSizeBetween(3, 15).allMatch(h -> h.startsWith("#") && h.length() > 1);
        assertThat(hashtags.get(0)).isEqualTo("#AI前沿速递");
        Set<String> topics = topicHashtags();
        assertThat(hashtags.subList(1, 3)).allMatch(h -> topics.contains(h.substring(1)), "topics from topics.txt");
        List<Entry> items = Rundowns.items(content);
        Set<String> organizations = items.stream().flatMap(e -> e.organizations().stream()).collect(Collectors.toSet());
        assertThat(hashtags.subList(0, 3)).noneMatch(h -> organizations.contains(h.substring(1))
                || h.substring(1).equals(items.get(0).title()));
        assertThat(out.suggestedTags()).containsExactlyElementsOf(hashtags.stream().map(h -> h.substring(1)).toList());
        assertThat(out.part("hashtags").orElseThrow().text()).isEqualTo(String.join(" ", hashtags));
    }

    /** A cut at the start of the video (a negative offset) puts no time before 0:00 anywhere. */
    @Test
    void aNegativeOffsetNeverWritesATimeBeforeZero() {
        List<Cue> cues = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            cues.add(Cue.of(4_000L + i * 30_000L, 4_000L + (i + 1) * 30_000L, "第" + (i + 1) + "条新闻的内容。").withId(i + 1));
            entries.add(Episodes.item(i + 1, i + 1, i + 1, "Model" + (i + 1) + "：第" + (i + 1) + "条", null, ""));
        }
        EpisodeContent plain = Episodes.content(new Transcript(cues), entries);
        EpisodeContent cut = new EpisodeContent(plain.episode().withTimeOffset(-10_000), plain.transcript(),
                plain.entries(), plain.corrections());

        for (OutputFormat format : List.of(OutputFormat.YOUTUBE, OutputFormat.BILIBILI, OutputFormat.MD)) {
            Output out = exporter.render(format, cut, "AI周报");
            assertThat(out.text()).as(format.cliName()).doesNotContainPattern("\\d:-\\d");
            assertThat(String.join(" ", out.notes())).as(format.cliName()).doesNotContainPattern("\\d:-\\d");
        }
        String youtube = exporter.render(OutputFormat.YOUTUBE, cut, "AI周报").text();
        assertThat(youtube).contains("0:00 Model1：第1条\n0:24 Model2：第2条");
    }

    @Test
    void aSixSecondIntroStillLeavesEveryNewsItemItsChapterAndSaysWhichRuleWasApplied() {
        List<Cue> cues = new ArrayList<>();
        cues.add(Cue.of(0L, 6_000L, "大家好，这里是AI周报。").withId(1));
        for (int i = 0; i < 20; i++) {
            cues.add(Cue.of(6_000L + i * 25_000L, 6_000L + (i + 1) * 25_000L, "第" + (i + 1) + "条新闻的内容。").withId(i + 2));
        }
        List<Entry> entries = new ArrayList<>();
        entries.add(Episodes.of(org.showdesk.model.EntryKind.INTRO, 1, 1, 1, "", null));
        for (int i = 0; i < 20; i++) entries.add(Episodes.item(i + 2, i + 2, i + 2, "Model" + (i + 1) + "：第" + (i + 1) + "条", null, ""));
        EpisodeContent content = Episodes.content(new Transcript(cues), entries);

        Output out = exporter.render(OutputFormat.YOUTUBE, content, "AI周报");

        for (int i = 1; i <= 20; i++) assertThat(out.text()).containsPattern("(?m)^\\d+:\\d\\d Model" + i + "：第" + i + "条$");
        assertThat(out.text()).contains("0:00 Model1：第1条\n0:31 Model2：第2条").doesNotContain("开场");
        assertThat(out.notes()).anyMatch(n -> n.contains("\"开场\" lasts 6 s") && n.contains("merged into the chapter of \"Model1：第1条\""));
    }

    @Test
    void traditionalChineseHasNoSimplifiedOnlyCharactersAndKeepsGlossaryNamesAsSpelled() {
        EpisodeContent content = Rundowns.weekly("weekly-research", e -> switch ((int) e.id()) {
            case 2 -> e.withFields("SynCLR：只用合成数据学习视觉表示", List.of("Google Research"), "", "这篇论文只用合成图像和合成描述训练视觉模型。",
                    e.links(), e.startMs(), e.status(), e.notes());
            case 3 -> e.withFields("Unicron：大模型训练的故障恢复", List.of("阿里巴巴"), "", "通义千问团队用Unicron让训练任务自动恢复。",
                    e.links(), e.startMs(), e.status(), e.notes());
            default -> e;
        });
        List<GlossaryTerm> glossary = List.of(GlossaryTerm.of("SynCLR"), GlossaryTerm.of("Unicron"),
                GlossaryTerm.of("通义千问").withTraditional("通義千問"),
                GlossaryTerm.of("软件").withCategory(TermCategory.JARGON));

        Output out = exporter.render(OutputFormat.YOUTUBE, content, "AI前沿速递",
                ExportOptions.defaults().withScript(ChineseScript.TRADITIONAL).withGlossary(glossary));

        String text = out.text();
        assertThat(text).contains("SynCLR", "Unicron", "通義千問", "論文", "Google Research", "https://arxiv.org/abs/2401.10001");
        assertThat(text.codePoints().mapToObj(Character::toString)).noneMatch(SIMPLIFIED_ONLY::contains);
        assertThat(out.suggestedTitle()).contains("SynCLR", "Unicron").doesNotContain("递");
        assertThat(out.notes()).anyMatch(n -> n.contains("AI前沿速递 → AI前沿速遞"));
    }

    @Test
    void simplifiedIsTheDefaultAndBilibiliStaysSimplifiedWhenTraditionalIsAsked() {
        EpisodeContent content = Rundowns.weekly("weekly-research");
        assertThat(exporter.render(OutputFormat.YOUTUBE, content, "AI前沿速递").text()).contains("研究者", "论文");
        Output bilibili = exporter.render(OutputFormat.BILIBILI, content, "AI前沿速递",
                ExportOptions.defaults().withScript(ChineseScript.TRADITIONAL));
        assertThat(bilibili.text()).contains("研究者");
        assertThat(bilibili.notes()).anyMatch(n -> n.contains("bilibili stays in Simplified Chinese"));
    }

    @Test
    void subtitlesAndShowNotesComeInTraditionalWithTheirTimingsAndLanguage() {
        EpisodeContent content = Rundowns.weekly("weekly-research");
        ExportOptions traditional = ExportOptions.defaults().withScript(ChineseScript.TRADITIONAL);
        String srt = exporter.render(OutputFormat.SRT, content, "AI前沿速递", traditional).text();
        assertThat(SubtitleTimings.read(srt)).containsExactlyElementsOf(SubtitleTimings.read(exporter.render(OutputFormat.SRT, content, "AI前沿速递").text()));
        assertThat(srt).contains("研究者推出AlphaGeometry", "這期節目").doesNotContain("这期节目");
        String html = exporter.render(OutputFormat.HTML, content, "AI前沿速递", traditional).text();
        assertThat(html).contains("lang=\"zh-TW\"", "Noto Sans CJK TC", "研究者");
        assertThat(html.codePoints().mapToObj(Character::toString)).noneMatch(SIMPLIFIED_ONLY::contains);
    }

    @Test
    void theExportStartsWithTheTitleAndLinksThatPushTheDescriptionPastYoutubesBytesGoToAPinnedComment() {
        // 45-character summaries: the description fits YouTube's 5,000 bytes without the twenty links, not with them.
        EpisodeContent content = Rundowns.weekly("weekly-research", e -> e.withFields(e.title(), e.organizations(),
                e.category(), "这是一段用来把说明撑长的摘要".repeat(3) + "共三句。", e.links(), e.startMs(), e.status(), e.notes()));

        Output out = exporter.render(OutputFormat.YOUTUBE, content, "AI前沿速递");

        assertThat(out.text()).startsWith("【Title】").contains(out.suggestedTitle() + "\n");
        String description = out.part("description").orElseThrow().text();
        String pinned = out.part("pinned").orElseThrow().text();
        assertThat(PlatformLimits.utf8Bytes(description)).isLessThanOrEqualTo(PlatformLimits.YOUTUBE_DESCRIPTION_BYTES);
        assertThat(out.isOverAnyLimit()).isFalse();
        java.util.regex.Pattern arxiv = java.util.regex.Pattern.compile("https://arxiv\\.org/abs/2401\\.\\d{5}");
        List<String> inDescription = arxiv.matcher(description).results().map(m -> m.group()).toList();
        List<String> inPinned = arxiv.matcher(pinned).results().map(m -> m.group()).toList();
        assertThat(inPinned).isNotEmpty();
        assertThat(new ArrayList<>(inDescription) {{ addAll(inPinned); }}).hasSize(20).doesNotHaveDuplicates();
        assertThat(description).contains("的链接见置顶评论");
        assertThat(out.text()).contains("【Pinned comment】");
        assertThat(out.notes()).anyMatch(n -> n.contains("pinned-comment block") && n.contains("would be"));
    }

    private static Set<String> topicHashtags() throws IOException {
        try (InputStream in = YoutubeDraftTest.class.getResourceAsStream("/templates/topics.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")[0]).collect(Collectors.toSet());
        }
    }
}
