package org.showdesk.draft;

import org.junit.jupiter.api.Test;
import org.showdesk.model.Entry;
import org.showdesk.model.EntryKind;
import org.showdesk.model.Source;
import org.showdesk.model.Transcript;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Titles "Name：what it is" and whole-sentence summaries, as a host would paste them. */
class PublishableEntriesTest {
    private final EntrySplitter splitter = new EntrySplitter(List.of());

    @Test
    void theDescriptionIsTheDescriptorNextToTheNameWithItsPurposeWhenThatFits() {
        List<Entry> items = items(
                "浙江大学的研究者推出图像编辑框架PixelPal,只用一句话就能改图。",
                "北京大学的研究者面向医学影像推出分割模型MedSeg-X。",
                "谷歌推出RoboTalk多语言机器人对话系统,支持十种语言。");
        assertThat(items).extracting(Entry::title).containsExactly(
                "PixelPal：图像编辑框架", "MedSeg-X：面向医学影像的分割模型", "RoboTalk：多语言机器人对话系统");
    }

    @Test
    void withoutADescriptorTheDescriptionSaysWhatTheWorkDoesWithoutModalVerbsOrLists() {
        List<Entry> items = items(
                "南京大学的研究者推出StoryBird,能够根据一段文字快速生成整本绘本。",
                "剑桥大学的研究者提出TinyDiff,可以在手机、平板电脑、智能手表等各种终端设备上运行扩散模型。",
                "清华大学的研究者推出FlashPlan,在任务正式开始执行之前先对机器人的全部动作进行规划,从而减少碰撞。");
        assertThat(items).extracting(Entry::title).containsExactly(
                "StoryBird：根据一段文字快速生成整本绘本", "TinyDiff：在各种终端设备上运行扩散模型", "FlashPlan：先对机器人的全部动作进行规划");
        assertThat(items).allSatisfy(e -> assertThat(e.title().substring(e.title().indexOf('：') + 1)).hasSizeLessThanOrEqualTo(20));
    }

    @Test
    void aTitleWithNothingToSayAboutTheWorkIsItsNameAndANamelessItemHasNoTitle() {
        List<Entry> items = items("Mistral AI发布Mistral Small 3,参数量240亿。", "据报道,某创业公司完成了一轮融资。");
        assertThat(items).extracting(Entry::title).containsExactly("Mistral Small 3", "");
    }

    @Test
    void theNameIsSpelledAsTheSourcesSpellItInTheTitleAndTheSummary() {
        Source source = new Source(1, 1, "Dual-Pivot Tuning: Personalized Restoration", "https://arxiv.org/abs/2312.17234",
                List.of("Dual-Pivot Tuning"), 1);
        EntrySplitter withSources = new EntrySplitter(List.of(), List.of(source));
        Entry item = withSources.suggest(1, Episodes.untimed("加州大学的研究者推出定制化影像修复方案Dual Pivot Tuning,双支点调整。",
                "Dual Pivot Tuning分两步进行。")).get(0);
        assertThat(item.title()).isEqualTo("Dual-Pivot Tuning：定制化影像修复方案");
        assertThat(item.summary()).isEqualTo("加州大学的研究者推出定制化影像修复方案Dual-Pivot Tuning，双支点调整。Dual-Pivot Tuning分两步进行。");
    }

    @Test
    void aLongFirstSentenceLosesGlossesAndLastClausesButStaysWholeAndFactual() {
        String lead = "复旦大学的研究者推出MoLoRA,一种插件式的混合专家结构,Mixture of Experts,可以根据数据的类型分配专家,"
                + "在引入大量指令数据微调模型的同时,也不会忘记模型在预训练阶段学到的世界知识,World Knowledge,"
                + "而且只需要很少的额外参数就能接入已有的模型。";
        Entry item = items(lead, "团队已经公开了代码。").get(0);
        assertThat(item.summary()).hasSizeLessThanOrEqualTo(100).endsWith("。").doesNotContain("…")
                .doesNotContain("Mixture of Experts").doesNotContain(",")
                .startsWith("复旦大学的研究者推出MoLoRA，一种插件式的混合专家结构，可以根据数据的类型分配专家，");
        for (String clause : item.summary().replace("。", "").split("，")) {
            assertThat(lead.replace(',', '，')).as("every clause comes from the transcript").contains(clause);
        }
    }

    @Test
    void aShortFirstSentenceIsJoinedByTheNextUnlessThatOnlyExplainsAWord() {
        List<Entry> items = items("微软推出WaveTune。", "WaveTune可以把语音转换成乐谱。", "谷歌推出CLIPX。", "CLIP就是对比语言图像预训练。");
        assertThat(items).extracting(Entry::summary).containsExactly("微软推出WaveTune。WaveTune可以把语音转换成乐谱。", "谷歌推出CLIPX。");
    }

    @Test
    void introAndOutroSummariesAreWholeSentences() {
        String greeting = "大家好,这里是AI周报第五期,本期我们一起看看这周最值得关注的二十条新闻,从大模型到机器人,"
                + "从论文到产品,从开源社区到行业报告,内容很多,我们尽量讲得简洁一些,希望大家喜欢,也欢迎在评论区留言。";
        List<Entry> entries = splitter.suggest(1, Episodes.untimed(greeting, "微软推出WaveTune。", "这期节目就到这里,拜拜。"));
        assertThat(entries).extracting(Entry::kind).containsExactly(EntryKind.INTRO, EntryKind.ITEM, EntryKind.OUTRO);
        assertThat(entries.get(0).summary()).hasSizeLessThanOrEqualTo(100).endsWith("。").startsWith("大家好，这里是AI周报第五期，");
        assertThat(entries.get(2).summary()).isEqualTo("这期节目就到这里，拜拜。");
    }

    private List<Entry> items(String... sentences) {
        Transcript t = Episodes.untimed(sentences);
        return splitter.suggest(1, t).stream().filter(e -> e.kind() == EntryKind.ITEM).toList();
    }
}
