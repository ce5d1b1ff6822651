package org.showdesk.correct;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.showdesk.model.Finding;
import org.showdesk.model.GlossaryTerm;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Latin names ASR heard worse than one sound off: the spelling vouches for them. */
class LatinNamesHeardWorseTest {
    private static CorrectionEngine engine;

    @BeforeAll
    static void build() {
        engine = CorrectionEngine.build(List.of(GlossaryTerm.of("Hyper-VolTran"), GlossaryTerm.of("HithinkGPT"),
                GlossaryTerm.of("Mixture of Experts"), GlossaryTerm.of("WikiChat"), GlossaryTerm.of("UC Berkeley"),
                GlossaryTerm.of("DALL-E 3"),
                GlossaryTerm.of("Layer-Selective Rank Reduction"), GlossaryTerm.of("DeepMind")), List.of(), HanLpDictionary.load());
    }

    private static Finding only(String text) {
        List<Finding> findings = engine.scan(text);
        assertThat(findings).as("findings in %s", text).hasSize(1);
        return findings.get(0);
    }

    @Test
    void twoSoundEditsAreAcceptedWhenTheSpellingIsClose() {
        assertThat(only("研究者推出HyperBotran,生成三维结构。").suggestion()).isEqualTo("Hyper-VolTran");
        assertThat(only("金融公司推出HighSyncGPT大模型。").suggestion()).isEqualTo("HithinkGPT");
    }

    @Test
    void aPartOfAHyphenatedNameIsHeardAsThatPart() {
        Finding f = only("相较同类方案,Botran生成的结果更一致。");
        assertThat(f.suggestion()).isEqualTo("VolTran");
        assertThat(f.term()).isEqualTo("Hyper-VolTran");
        assertThat(f.reason()).contains("part of Hyper-VolTran");
    }

    @Test
    void aMultiWordNameWithAFunctionWordIsMatchedWordByWord() {
        Finding f = only("插件版的MoE,Mixer of Experts,能够协调专家。");
        assertThat(f.found()).isEqualTo("Mixer of Experts");
        assertThat(f.suggestion()).isEqualTo("Mixture of Experts");
    }

    @Test
    void aFourWordNameIsMatchedWordByWordToo() {
        assertThat(only("全称Layer Selected Rank Reduction,只需修剪特定层。").suggestion())
                .isEqualTo("Layer-Selective Rank Reduction");
    }

    @Test
    void twoOrdinaryWordsThatSoundExactlyLikeAOneWordNameAreThatName() {
        assertThat(only("Deep Mined发布了新的天气模型。").suggestion()).isEqualTo("DeepMind");
        assertThat(engine.scan("We went deep into the mined tunnels.")).isEmpty();
    }

    /** A phrase sharing a word with a name, or spelling a part of one, is other words: fixing it would damage it. */
    @Test
    void aPhraseThatSharesAWordOrAPartWithANameIsLeftAlone() {
        CorrectionEngine methods = CorrectionEngine.build(List.of(GlossaryTerm.of("Contrastive Learning"),
                GlossaryTerm.of("Fine-tuning"), GlossaryTerm.of("Few-shot Learning"), GlossaryTerm.of("Pruning")),
                List.of(), HanLpDictionary.load());
        assertThat(methods.scan("这个视觉模型沿用了Contrastive Language-Image Pre-training的思路。")).isEmpty();
        assertThat(methods.scan("作者把这种两阶段的方法叫作Dual Pivot Tuning。")).isEmpty();
        assertThat(methods.scan("另一篇论文提出了Experiential Co-Learning框架。")).isEmpty();
        // The names themselves, misheard, are still found.
        assertThat(methods.scan("它的训练方式是Contrastive Lerning。")).extracting(Finding::suggestion)
                .containsExactly("Contrastive Learning");
    }

    @Test
    void shortCodesStillNeedTheSoundToAgree() {
        assertThat(engine.scan("研究者用Wikipedia的数据训练了模型。")).isEmpty();
    }

    @Test
    void aShortenedNameOrAShortPartIsNotAMishearing() {
        assertThat(engine.scan("This week we saw new work from Berkeley.")).isEmpty();
        assertThat(engine.scan("OpenAI把DALLE 3集成进了ChatGPT。")).noneMatch(f -> f.suggestion().equals("DALL"));
    }
}
