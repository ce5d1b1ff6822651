package org.showdesk.text;

import org.showdesk.model.LatinSpacing;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChineseTypographyTest {
    private final ChineseTypography keep = new ChineseTypography(LatinSpacing.KEEP);
    private final ChineseTypography spaced = new ChineseTypography(LatinSpacing.SPACE);
    private final ChineseTypography tight = new ChineseTypography(LatinSpacing.NO_SPACE);

    @Test
    void halfWidthPunctuationInsideChineseSentencesBecomesFullWidth() {
        assertThat(keep.fix("研究者推出Sinclair,不用真实数据;效果如何?很好!结论:可行."))
                .isEqualTo("研究者推出Sinclair，不用真实数据；效果如何？很好！结论：可行。");
    }

    @Test
    void aCommaAfterAnEnglishWordThatLeadsIntoChineseIsChineseToo() {
        assertThat(keep.fix("可以看作插件版的MOE, Mixer of Experts,能够协调专家"))
                .isEqualTo("可以看作插件版的MOE, Mixer of Experts，能够协调专家");
        // No space after the mark: English would have one, so this is ASR writing a Chinese sentence.
        assertThat(keep.fix("推出MathPile,Tokens达到95亿")).isEqualTo("推出MathPile，Tokens达到95亿");
        assertThat(keep.fix("LoRAMoE:LoRA专家守住世界知识")).isEqualTo("LoRAMoE：LoRA专家守住世界知识");
        assertThat(keep.fix("见arXiv:2312.17742和std::vector")).isEqualTo("见arXiv:2312.17742和std::vector");
    }

    @Test
    void latinTextKeepsItsOwnPunctuation() {
        String english = "Frames, Synthetic Images and Synthetic Captions. Less is more: really? Yes!";
        assertThat(keep.fix(english)).isEqualTo(english);
        assertThat(keep.fix("Yahoo!推出新功能")).isEqualTo("Yahoo!推出新功能");
    }

    @Test
    void numbersTimesAndVersionsAreNotPunctuation() {
        assertThat(keep.fix("数据达到1,000,000条,版本1.0,时间10:30")).isEqualTo("数据达到1,000,000条，版本1.0，时间10:30");
    }

    @Test
    void webAddressesCodeAndEmailAreNeverTouched() {
        String text = "论文见https://arxiv.org/abs/2312.17742?a=1,b=2;代码见github.com/x/y.git,运行`pip install a,b`,"
                + "联系host@example.org.或mailto:host@example.org";
        String fixed = keep.fix(text);
        assertThat(fixed).contains("https://arxiv.org/abs/2312.17742?a=1,b=2", "github.com/x/y.git", "`pip install a,b`",
                "host@example.org", "mailto:host@example.org");
        assertThat(fixed).contains("；代码见", "，运行", "，联系");
    }

    @Test
    void bracketsAndQuotesAroundChineseBecomeFullWidth() {
        assertThat(keep.fix("推出LASER (Layer Selected Rank Reduction) 方法,称为\"层选择降秩\"(实验)"))
                .isEqualTo("推出LASER（Layer Selected Rank Reduction）方法，称为“层选择降秩”（实验）");
        assertThat(keep.fix("GPT-4 (OpenAI) and \"quoted\" text")).isEqualTo("GPT-4 (OpenAI) and \"quoted\" text");
        assertThat(keep.fix("[开源]模型发布")).isEqualTo("【开源】模型发布");
    }

    @Test
    void anEllipsisIsTwoChineseEllipsisMarks() {
        assertThat(keep.fix("能够检索和升级内置信息...")).isEqualTo("能够检索和升级内置信息……");
        assertThat(keep.fix("能够协调专家…")).isEqualTo("能够协调专家……");
        assertThat(keep.fix("已经是……")).isEqualTo("已经是……");
    }

    @Test
    void spacesBesideFullWidthPunctuationGo() {
        assertThat(keep.fix("模型 ， 并且 。 然后")).isEqualTo("模型，并且。然后");
        assertThat(keep.fix("  缩进，保留")).isEqualTo("  缩进，保留");
    }

    @Test
    void theShowsSpacingStyleIsAppliedBetweenChineseAndLatin() {
        String text = "Google Research和MIT的研究者推出SynCLR,基于Llama2模型和3D结构,2024年发布GPT-4的对手";
        assertThat(spaced.fix(text))
                .isEqualTo("Google Research 和 MIT 的研究者推出 SynCLR，基于 Llama2 模型和 3D 结构，2024年发布 GPT-4 的对手");
        assertThat(tight.fix("Google Research 和 MIT 的研究者推出 SynCLR ,  基于 Llama2 模型"))
                .isEqualTo("Google Research和MIT的研究者推出SynCLR，基于Llama2模型");
        assertThat(keep.fix("Meta AI 的研究者和Google的研究者")).isEqualTo("Meta AI 的研究者和Google的研究者");
    }

    @Test
    void protectedNamesKeepTheirSpellingWhateverTheStyle() {
        ChineseTypography withNames = new ChineseTypography(LatinSpacing.SPACE, List.of("AI大模型周报", "腾讯ARC Lab"));
        assertThat(withNames.fix("欢迎收看AI大模型周报,腾讯ARC Lab推出M2UGen"))
                .isEqualTo("欢迎收看 AI大模型周报，腾讯ARC Lab 推出 M2UGen");
    }

    @Test
    void problemsSayWhereWhatAndWhy() {
        List<TypographyFix> fixes = spaced.problems("推出SynCLR,不用");
        assertThat(fixes).extracting(TypographyFix::start, TypographyFix::end, TypographyFix::replacement)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, 2, " "),
                        org.assertj.core.groups.Tuple.tuple(8, 9, "，"));
        assertThat(fixes.get(0).reason()).contains("space between Chinese and Latin");
        assertThat(fixes.get(1).reason()).contains("full-width");
        assertThat(ChineseTypography.apply("推出SynCLR,不用", fixes.subList(1, 2))).isEqualTo("推出SynCLR，不用");
    }

    @Test
    void overlappingFixesAreRefused() {
        assertThatThrownBy(() -> ChineseTypography.apply("abc", List.of(new TypographyFix(0, 2, "x", "r"),
                new TypographyFix(1, 3, "y", "r")))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void spacingStylesAreReadFromTheirIds() {
        assertThat(LatinSpacing.parse(" No-Space ")).isEqualTo(LatinSpacing.NO_SPACE);
        assertThat(LatinSpacing.SPACE.id()).isEqualTo("space");
        assertThatThrownBy(() -> LatinSpacing.parse("wide")).hasMessageContaining("space, no-space or keep");
    }

    @Property(tries = 400)
    void fixingTwiceChangesNothingMore(@ForAll @StringLength(max = 40)
                                       @Chars({'中', '文', '模', ',', '.', ':', ';', '!', '?', '(', ')', '"', ' ', '…', '，', '\n'})
                                       @CharRange(from = 'a', to = 'c') @CharRange(from = '0', to = '2') String text) {
        for (ChineseTypography t : List.of(keep, spaced, tight)) {
            String once = t.fix(text);
            assertThat(t.fix(once)).as("style %s on \"%s\"", t, text).isEqualTo(once);
        }
    }

    @Property(tries = 400)
    void latinOnlyTextIsNeverChanged(@ForAll @StringLength(max = 40) @CharRange(from = ' ', to = '~') String text) {
        assertThat(spaced.fix(text)).isEqualTo(text);
        assertThat(tight.fix(text)).isEqualTo(text);
    }
}
