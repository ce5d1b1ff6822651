package org.showdesk.draft;

import org.showdesk.model.LatinSpacing;

import org.showdesk.model.Output;
import org.showdesk.model.OutputFormat;
import org.showdesk.model.OutputPart;
import org.junit.jupiter.api.Test;
import org.showdesk.model.Entry;
import org.showdesk.model.EpisodeContent;
import org.showdesk.model.GlossaryTerm;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class BilibiliDraftTest {
    private static final Pattern ARXIV = Pattern.compile("https://arxiv\\.org/abs/2401\\.\\d{5}");
    private final Exporter exporter = new Exporter();

    @Test
    void theExportHoldsTitleDescriptionAndTagsEachUnderItsOwnHeading() {
        Output out = exporter.render(OutputFormat.BILIBILI, Rundowns.weekly("weekly-research"), "AI前沿速递");
        String text = out.text();
        assertThat(text).startsWith("【标题】");
        assertThat(text.indexOf("【简介】")).isGreaterThan(text.indexOf("【标题】"));
        assertThat(text.indexOf("【标签】")).isGreaterThan(text.indexOf("【简介】"));
        assertThat(out.parts()).extracting(OutputPart::key).startsWith("title", "description", "tags");
        for (OutputPart part : out.parts()) assertThat(text).contains(part.text().strip());
        assertThat(out.part("title").orElseThrow().text()).isEqualTo(out.suggestedTitle()).contains("AlphaGeometry");
        assertThat(out.part("tags").orElseThrow().text().strip().split("\n")).containsExactlyElementsOf(out.suggestedTags());
    }

    /** A host types "Unicron:大模型训练故障恢复" without switching to a full-width colon: the work is still Unicron. */
    @Test
    void theTitleNamesTheWorksAlsoWhenTheHostWroteTheirTitlesWithAnAsciiColon() {
        Output full = exporter.render(OutputFormat.BILIBILI, Rundowns.weekly("weekly-research",
                e -> e.withTitle(e.title() + "：新的工作")), "AI前沿速递");
        Output ascii = exporter.render(OutputFormat.BILIBILI, Rundowns.weekly("weekly-research",
                e -> e.withTitle(e.title() + ":新的工作")), "AI前沿速递");
        assertThat(full.suggestedTitle()).contains("AlphaGeometry").doesNotContain("新的工作");
        assertThat(ascii.suggestedTitle()).isEqualTo(full.suggestedTitle());
    }

    @Test
    void itemTimesThatAreEstimatesAreSaidToBe() {
        Output estimated = exporter.render(OutputFormat.BILIBILI, Rundowns.weekly("weekly-research",
                e -> e.withStart(60_000L, true)), "AI前沿速递");
        Output set = exporter.render(OutputFormat.BILIBILI, Rundowns.weekly("weekly-research",
                e -> e.withStart(60_000L, false)), "AI前沿速递");
        assertThat(estimated.notes()).anyMatch(n -> n.contains("are estimates"));
        assertThat(set.notes()).noneMatch(n -> n.contains("are estimates"));
    }

    @Test
    void thereIsNoHalfWidthCommaNextToAChineseCharacter() {
        // The fixture's summaries are ASR sentences: "…的研究者推出AlphaGeometry,能够解答…".
        String text = exporter.render(OutputFormat.BILIBILI, Rundowns.weekly("weekly-research"), "AI前沿速递").text();
        assertThat(Rundowns.items(Rundowns.weekly("weekly-research")).get(0).summary()).contains(",");
        assertThat(Pattern.compile("\\p{IsHan}\\s*,|,\\s*\\p{IsHan}").matcher(text).find()).as(text).isFalse();
        assertThat(text).contains("推出AlphaGeometry，能够解答");
    }

    @Test
    void theShowsSpacingStyleAppliesToDraftedTextButNotToItsGlossaryNames() {
        EpisodeContent content = Rundowns.weekly("weekly-research");
        ExportOptions spaced = ExportOptions.defaults().withSpacing(org.showdesk.model.LatinSpacing.SPACE)
                .withGlossary(List.of(GlossaryTerm.of("智谱AI")));
        String description = exporter.render(OutputFormat.BILIBILI, content, "AI前沿速递", spaced).part("description")
                .orElseThrow().text();
        assertThat(description).contains("Google DeepMind 的研究者推出 AlphaGeometry，能够解答", "清华大学和智谱AI 的研究者")
                .contains("AI前沿速递2024年");
    }

    @Test
    void tagsAreTenAtMostTheHostsFirstThenTheShowTopicsAndConfirmedNamesFromTheWholeEpisode() {
        EpisodeContent base = Rundowns.weekly("weekly-research");
        EpisodeContent content = new EpisodeContent(base.episode().withTags(List.of("论文速读", "AI")), base.transcript(),
                base.entries(), List.of());
        List<Entry> items = Rundowns.items(content);
        List<GlossaryTerm> glossary = new ArrayList<>();
        for (Entry e : items.subList(12, 20)) glossary.add(GlossaryTerm.of(e.title()));

        Output out = exporter.render(OutputFormat.BILIBILI, content, "AI前沿速递", ExportOptions.defaults().withGlossary(glossary));

        List<String> tags = out.suggestedTags();
        assertThat(tags).hasSizeLessThanOrEqualTo(PlatformLimits.BILIBILI_TAGS).startsWith("论文速读", "AI", "AI前沿速递");
        List<String> names = tags.subList(5, tags.size());
        assertThat(names).isNotEmpty().allMatch(t -> glossary.stream().anyMatch(g -> g.term().equals(t)),
                "names the glossary confirmed, from items 13–20");
        assertThat(tags).allMatch(t -> PlatformLimits.characters(t) <= 20);
    }

    @Test
    void linksThatDoNotFitTheDescriptionGoToAPinnedCommentBlockNumberedLikeTheItems() {
        // 60-character summaries: about 2,400 字 with the twenty links, about 1,650 without.
        EpisodeContent content = Rundowns.weekly("weekly-research", e -> e.withFields(e.title(), e.organizations(),
                e.category(), "这是一段用来把简介撑长的摘要".repeat(4) + "共六十字。", e.links(), e.startMs(), e.status(), e.notes()));

        Output out = exporter.render(OutputFormat.BILIBILI, content, "AI前沿速递");

        String description = out.part("description").orElseThrow().text();
        String pinned = out.part("pinned").orElseThrow().text();
        assertThat(PlatformLimits.characters(description)).isLessThanOrEqualTo(PlatformLimits.BILIBILI_DESCRIPTION_CHARS);
        assertThat(out.isOverAnyLimit()).isFalse();
        List<String> all = new ArrayList<>(urls(description));
        all.addAll(urls(pinned));
        assertThat(all).hasSize(20).doesNotHaveDuplicates();
        assertThat(urls(pinned)).isNotEmpty();
        assertThat(description).contains("的链接见置顶评论");
        // Each moved link sits under its item's number and title, as the 简介 numbers them.
        Matcher item = Pattern.compile("(?m)^(\\d+)\\. (.+)\\n[a-z]+：(https://\\S+)$").matcher(pinned);
        int moved = 0;
        while (item.find()) {
            moved++;
            assertThat(description).contains(item.group(1) + ". " + item.group(2)).doesNotContain(item.group(3));
            int n = Integer.parseInt(item.group(1));
            assertThat(item.group(3)).isEqualTo(String.format("https://arxiv.org/abs/2401.%05d", 10_000 + n));
        }
        assertThat(moved).isEqualTo(urls(pinned).size());
        assertThat(out.text()).contains("【置顶评论 / 动态】");
        assertThat(out.notes()).anyMatch(n -> n.contains("置顶评论") && n.contains("would be"));
    }

    @Test
    void aDescriptionTooLongEvenWithoutLinksIsReportedWithWhereToCutAndNothingIsCut() {
        String longSummary = "这是一段很长的摘要".repeat(16) + "。";
        EpisodeContent content = Rundowns.weekly("weekly-research", e -> e.withFields(e.title(), e.organizations(),
                e.category(), longSummary, e.links(), e.startMs(), e.status(), e.notes()));

        Output out = exporter.render(OutputFormat.BILIBILI, content, "AI前沿速递");

        String description = out.part("description").orElseThrow().text();
        assertThat(description.split(Pattern.quote(longSummary), -1)).hasSize(21);
        assertThat(out.lengths().get(0).isOver()).isTrue();
        assertThat(urls(out.part("pinned").orElseThrow().text())).hasSize(20);
        assertThat(out.notes()).anyMatch(n -> n.contains("Even with every link") && n.contains("cut ")
                && n.contains("item 1 (145 字)"));
    }

    private static List<String> urls(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = ARXIV.matcher(text);
        while (m.find()) out.add(m.group());
        return out;
    }
}
