package org.showdesk.draft;

import org.junit.jupiter.api.Test;
import org.showdesk.model.Entry;
import org.showdesk.model.EntryKind;
import org.showdesk.model.GlossaryTerm;
import org.showdesk.model.TermCategory;
import org.showdesk.model.Transcript;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The title and category a host finds pre-filled, and where items without a launch verb start. */
class EntryPrefillTest {
    private final EntrySplitter splitter = new EntrySplitter(List.of());

    @Test
    void aChineseWorkNameIsTheTitleWithoutAnyGlossary() {
        List<Entry> items = items(
                "中国农业大学科研团队发布应用于农业领域的行业大模型神农大模型1.0,可以回答农业问题。",
                "上海人工智能实验室开源书生·浦语2.0,提供两个尺寸的模型。",
                "网易有道推出教育大模型子曰,可以批改作文。",
                "京东发布言犀大模型,面向零售场景。",
                "言犀会先用在客服环节。",
                "中国信通院发布《生成式AI治理白皮书》,梳理了各国的监管做法。");
        assertThat(items).extracting(SourceEvidence::titleName)
                .containsExactly("神农大模型1.0", "书生·浦语2.0", "子曰", "言犀大模型", "生成式AI治理白皮书");
    }

    @Test
    void aGenericPhraseIsNoTitleButALatinNameAfterItIs() {
        List<Entry> items = items(
                "浙江大学的研究者推出一个新模型,能从草图生成三维场景。",
                "快手和哈尔滨工业大学的研究者推出基于大模型的信息检索代理系统,TimeAgent,可以规划检索步骤。",
                "IDC发布国内大模型市场的季度报告,预计市场规模将继续增长。");
        assertThat(items).extracting(SourceEvidence::titleName).containsExactly("", "TimeAgent", "");
    }

    @Test
    void theTitleIsTheTrainedWorkNotItsDataSourceOrBaseModel() {
        List<Entry> items = items(
                "斯坦福大学的研究者利用Wikipedia英文版的数据训练WikiChat,减少了幻觉。",
                "WikiChat的事实准确率很高。",
                "英伟达发布了基于Llama 2微调的问答模型ChatQA,效果接近GPT-4。",
                "ChatQA已经可以下载。");
        assertThat(items).extracting(SourceEvidence::titleName).containsExactly("WikiChat", "ChatQA");
    }

    @Test
    void aNameSaidAgainWinsOverOneTheSentenceOnlyMentions() {
        List<Entry> items = items(
                "香港科技大学的研究者推出Visual ChatGPT的后续工作TaskMatrix,连接上百万个接口。",
                "TaskMatrix会自动挑选接口。",
                "据报道,亚马逊正在测试购物助手Rufus,由Prime团队负责。",
                "Rufus会先在美国上线。");
        assertThat(items).extracting(SourceEvidence::titleName).containsExactly("TaskMatrix", "Rufus");
    }

    @Test
    void aGlossaryWorkInsideALongerNameIsNotTheTitle() {
        EntrySplitter withSora = new EntrySplitter(List.of(
                new GlossaryTerm(0, "Sora", List.of(), TermCategory.PRODUCT, "", "", true)));
        Transcript t = Episodes.untimed("北京大学的研究者推出Open-Sora Plan,尝试复现类似Sora的能力。");
        assertThat(withSora.suggest(1, t)).extracting(SourceEvidence::titleName).containsExactly("Open-Sora Plan");
    }

    @Test
    void eachCategoryIsChosenByItsCueWords() {
        List<Entry> items = items(
                "卡内基梅隆大学的研究者推出Hydra,一种新的注意力机制。",
                "谷歌发布Gemini Ultra,支持一百万token的上下文。",
                "阿里云开源了Qwen2,覆盖五个尺寸。",
                "微软推出Copilot的新功能,可以在Excel里做图表。",
                "艾伦人工智能研究所发布预训练语料库Dolma,包含三万亿token。",
                "毕马威发布2024年人工智能趋势报告,调研了上千家企业。",
                "据报道,一家芯片初创公司正在洽谈新的合作。");
        assertThat(items).extracting(Entry::category).containsExactly(
                "论文/研究", "模型发布", "开源", "产品/应用", "数据集", "行业/报告", "行业/报告");
    }

    @Test
    void theCategoryStaysBlankWhenNoCueFits() {
        List<Entry> items = items("Midjourney发布V6版本,画面更真实。");
        assertThat(items).extracting(Entry::category).containsExactly("");
        assertThat(Stream.of(EntryCategory.values()).map(EntryCategory::label))
                .containsExactly("论文/研究", "模型发布", "开源", "产品/应用", "数据集", "行业/报告");
    }

    @Test
    void anItemAnnouncedWithoutALaunchVerbStartsAtTheAnnouncement() {
        Transcript t = Episodes.untimed(
                "谷歌发布Gemma,可以在笔记本上运行。",
                "Gemma有两个尺寸。",
                "再来看一个机器人方向的工作。",
                "Figure与OpenAI宣布合作,开发人形机器人的模型。",
                "据报道,苹果已经停止了造车项目。",
                "部分员工会转去做生成式AI。",
                "最后一条,昆仑万维开源了Skywork-13B,训练数据达到3.2万亿token。",
                "Skywork-13B可以商用。");
        List<Entry> entries = splitter.suggest(1, t);
        assertThat(entries).extracting(Entry::firstCueId).containsExactly(1L, 3L, 5L, 7L);
        assertThat(entries.get(1).category()).isEqualTo("行业/报告");
        assertThat(entries.get(1).summary()).startsWith("Figure与OpenAI宣布合作");
        assertThat(SourceEvidence.titleName(entries.get(3))).isEqualTo("Skywork-13B");
        assertThat(entries.get(3).organizations()).containsExactly("昆仑万维");
    }

    @Test
    void explainingSentencesThatMentionAnotherThingDoNotOpenAnItem() {
        Transcript t = Episodes.untimed(
                "Meta发布Llama 3,开源了两个版本。",
                "模型还有一个特点。",
                "据报道,该模型的更大版本还在训练。");
        assertThat(splitter.suggest(1, t)).hasSize(1);
    }

    @Test
    void prefillReadsTheWholeSpanOfAnEntryTheHostSplitOff() {
        Transcript t = Episodes.untimed("再来看一条开源的消息。", "零一万物的Yi-VL多模态模型正式开源,包括两个版本。");
        Entry blank = new Entry(5, 1, EntryKind.ITEM, 1, 2, "", List.of(), "", "", List.of(), null, null, "");
        Entry filled = splitter.prefill(blank, t);
        assertThat(SourceEvidence.titleName(filled)).isEqualTo("Yi-VL");
        assertThat(filled.category()).isEqualTo("开源");
    }

    private List<Entry> items(String... sentences) {
        return splitter.suggest(1, Episodes.untimed(sentences)).stream().filter(e -> e.kind() == EntryKind.ITEM).toList();
    }
}
