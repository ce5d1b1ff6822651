package org.showdesk.draft;

import org.junit.jupiter.api.Test;
import org.showdesk.model.Entry;
import org.showdesk.model.EntryKind;
import org.showdesk.model.GlossaryTerm;
import org.showdesk.model.TermCategory;
import org.showdesk.model.Transcript;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EntrySplitterTest {
    private final EntrySplitter splitter = new EntrySplitter(List.of());

    @Test
    void onTheLabelledFixturesTheSplitFindsNearlyEveryItemBoundary() {
        // Measured 1.000 / 1.000 on the four tuning fixtures (0.940 / 0.929 before items opened by "再来看一个…",
        // "最后一条,…", "据报道,…" were recognized; see SplitEvalBench). The floor leaves room for trade-offs.
        BoundaryScore total = score(SplitFixture.TUNING);
        assertThat(total.precision()).as("precision").isGreaterThanOrEqualTo(0.95);
        assertThat(total.recall()).as("recall").isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void onFixturesWrittenAfterTheTuningTheSplitStaysUsable() {
        // weekly-heldout: 0.905 / 0.905 when first measured, 0.909 / 0.952 after its sign-offs were added;
        // weekly-unseen: 1.000 / 1.000, measured once. Together 0.953 / 0.976, now 0.955 / 1.000.
        BoundaryScore later = score(laterFixtures());
        assertThat(later.precision()).as("precision").isGreaterThanOrEqualTo(0.90);
        assertThat(later.recall()).as("recall").isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void mostItemsGetTheTitleAndCategoryAHostWouldGiveThem() {
        // Tuning fixtures: titles 81/81, categories 80/81 (before: 61/81 and 0/81). The later fixtures' labels
        // were looked at too: titles 38/40, categories 33/40 (before: 31/40, 0/40). Floors leave room for
        // judgement calls, not for a feature that stops working.
        FieldScore tuning = fields(SplitFixture.TUNING);
        assertThat(tuning.titleAccuracy()).as("tuning titles").isGreaterThanOrEqualTo(0.90);
        assertThat(tuning.categoryAccuracy()).as("tuning categories").isGreaterThanOrEqualTo(0.85);
        FieldScore later = fields(laterFixtures());
        assertThat(later.titleAccuracy()).as("later titles").isGreaterThanOrEqualTo(0.85);
        assertThat(later.categoryAccuracy()).as("later categories").isGreaterThanOrEqualTo(0.70);
    }

    @Test
    void introAndOutroAreRecognizedOnEveryTuningFixture() {
        for (String name : SplitFixture.TUNING) {
            SplitFixture f = SplitFixture.load(name, false);
            BoundaryScore s = BoundaryScore.of(f, splitter.suggest(1, f.transcript()));
            assertThat(s.introRight()).as(name + " intro").isTrue();
            assertThat(s.outroRight()).as(name + " outro").isTrue();
        }
    }

    @Test
    void theSuggestionCoversEveryCueOnceInOrder() {
        for (String name : SplitFixture.TUNING) {
            Transcript t = SplitFixture.load(name, false).transcript();
            List<Entry> entries = splitter.suggest(3, t);
            int next = 0;
            for (Entry e : entries) {
                assertThat(t.indexOfCue(e.firstCueId())).isEqualTo(next);
                next = t.indexOfCue(e.lastCueId()) + 1;
                assertThat(e.episodeId()).isEqualTo(3);
            }
            assertThat(next).isEqualTo(t.size());
        }
    }

    @Test
    void eachItemIsPrefilledWithItsOrganizationsWorkSummaryAndStartTime() {
        Transcript t = Episodes.timed(5_000,
                "大家好,这里是AI周报第一期。",
                "新加坡国立大学和腾讯ARC Lab的研究者推出M2UGen,一个音乐理解和生成框架。",
                "模型用多个编码器处理图像、视频和音乐。",
                "印度出行平台Ola推出AI语言模型Krutrim,支持22种印度语言。",
                "苹果推出7B参数的多模态大模型Ferret。",
                "Ferret可以理解图中的任意区域。",
                "这期节目就到这里,Thank you for listening!");
        List<Entry> entries = splitter.suggest(1, t);
        assertThat(entries).extracting(Entry::kind).containsExactly(
                EntryKind.INTRO, EntryKind.ITEM, EntryKind.ITEM, EntryKind.ITEM, EntryKind.OUTRO);
        assertThat(entries).extracting(SourceEvidence::titleName).containsExactly("开场", "M2UGen", "Krutrim", "Ferret", "结尾");
        assertThat(entries.get(1).organizations()).containsExactly("新加坡国立大学", "腾讯ARC Lab");
        assertThat(entries.get(2).organizations()).containsExactly("Ola");
        assertThat(entries.get(3).organizations()).containsExactly("苹果");
        assertThat(entries).extracting(Entry::title).as("Name：what it is, from the first sentence").containsExactly(
                "开场", "M2UGen：音乐理解和生成框架", "Krutrim：支持22种印度语言", "Ferret：7B参数的多模态大模型", "结尾");
        assertThat(entries.get(1).summary()).as("two whole sentences in Chinese punctuation")
                .isEqualTo("新加坡国立大学和腾讯ARC Lab的研究者推出M2UGen，一个音乐理解和生成框架。模型用多个编码器处理图像、视频和音乐。");
        assertThat(entries).extracting(Entry::startMs).containsExactly(0L, 5_000L, 15_000L, 20_000L, 30_000L);
        assertThat(entries.get(3).lastCueId()).isEqualTo(6);
    }

    @Test
    void theGlossaryNamesWorksAndMapsMisheardOrganizations() {
        EntrySplitter withGlossary = new EntrySplitter(List.of(
                new GlossaryTerm(0, "欧拉", List.of("欧啦"), TermCategory.ORG, "", "", true),
                new GlossaryTerm(0, "神农大模型", List.of(), TermCategory.PRODUCT, "", "", true)));
        Transcript t = Episodes.untimed("欧啦推出AI语言模型Krutrim。", "中国农业大学科研团队发布行业大模型神农大模型1.0。");
        List<Entry> entries = withGlossary.suggest(1, t);
        assertThat(entries).extracting(SourceEvidence::titleName).containsExactly("Krutrim", "神农大模型");
        assertThat(entries.get(0).organizations()).containsExactly("欧拉");
        assertThat(entries.get(1).organizations()).containsExactly("中国农业大学");
        assertThat(entries.get(0).startMs()).isNull();
    }

    @Test
    void theSameCompanyAnnouncingOneMoreThingStaysInItsItem() {
        Transcript t = Episodes.untimed("Mistral AI发布Mistral Large,仅次于GPT-4。", "Mistral同时宣布与微软合作。",
                "OPT是Meta AI在2022年推出的模型。", "Stability AI还发布了Stable Code 3B。");
        assertThat(splitter.suggest(1, t)).extracting(SourceEvidence::titleName).containsExactly("Mistral Large", "Stable Code 3B");
    }

    @Test
    void aLongFirstSentenceIsShortenedToWholeClausesEndingAsASentence() {
        String sentence = "上海交通大学等的研究者面向数学领域推出预训练数据库MathPile,总共有95亿token,"
                + "相较其他数学语料库优势明显,保证数据的质量,帮助增强语言模型的数学推理能力,团队计划开源不同版本,"
                + "并且会持续更新其中的数学教材、论文和习题数据。";
        String summary = EntrySummaries.whole(sentence, "MathPile");
        assertThat(summary).hasSizeLessThanOrEqualTo(100).endsWith("。").doesNotContain("…").doesNotContain(",");
        assertThat(summary).startsWith("上海交通大学等的研究者面向数学领域推出预训练数据库MathPile，总共有95亿token，");
        assertThat(sentence.replace(',', '，')).startsWith(summary.substring(0, summary.length() - 1));
    }

    @Test
    void anEmptyTranscriptHasNoEntries() {
        assertThat(splitter.suggest(1, Transcript.empty())).isEmpty();
    }

    private static List<String> laterFixtures() {
        return java.util.stream.Stream.concat(SplitFixture.HELD_OUT.stream(), SplitFixture.UNSEEN.stream()).toList();
    }

    private FieldScore fields(List<String> names) {
        return total(names, FieldScore::of, FieldScore::plus);
    }

    private BoundaryScore score(List<String> names) {
        return total(names, BoundaryScore::of, BoundaryScore::plus);
    }

    private <S> S total(List<String> names, java.util.function.BiFunction<SplitFixture, List<Entry>, S> measure,
                        java.util.function.BinaryOperator<S> plus) {
        S total = null;
        for (String name : names) {
            SplitFixture f = SplitFixture.load(name, true);
            S s = measure.apply(f, splitter.suggest(1, f.transcript()));
            total = total == null ? s : plus.apply(total, s);
        }
        return total;
    }
}
