package org.showdesk.correct;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.showdesk.model.Finding;
import org.showdesk.model.FindingKind;
import org.showdesk.model.GlossaryTerm;
import org.showdesk.model.InputException;
import org.showdesk.model.Rule;
import org.showdesk.model.TermCategory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CorrectionEngineTest {
    private static CorrectionEngine engine;

    @BeforeAll
    static void buildEngineWithHanLpLoaded() {
        HanLpDictionary.load();
        engine = CorrectionEngine.build(List.of(
                GlossaryTerm.of("同花顺"), GlossaryTerm.of("北京邮电大学"), GlossaryTerm.of("赋能"),
                GlossaryTerm.of("钉钉"), GlossaryTerm.of("智谱"), GlossaryTerm.of("哈尔滨工业大学"),
                GlossaryTerm.of("商汤科技"), GlossaryTerm.of("昇腾"), GlossaryTerm.of("Unicron"), GlossaryTerm.of("Krutrim"),
                GlossaryTerm.of("LoRAMoE"), GlossaryTerm.of("RichDreamer"), GlossaryTerm.of("Llama 2"),
                GlossaryTerm.of("SynCLR"), GlossaryTerm.of("CLIP"), GlossaryTerm.of("LASER"),
                GlossaryTerm.of("Claude"), GlossaryTerm.of("Sora"), GlossaryTerm.of("Ferret", "Ferrett"),
                GlossaryTerm.of("通义千问", "通一千问"),
                new GlossaryTerm(0, "重庆大学", List.of(), TermCategory.ORG, "", "chong qing da xue", true)),
                List.of(), HanLpDictionary.load());
    }

    private static List<Finding> scan(String text) {
        return engine.scan(text);
    }

    private static Finding only(String text) {
        List<Finding> findings = scan(text);
        assertThat(findings).as("findings in %s", text).hasSize(1);
        return findings.get(0);
    }

    @Nested
    class KnownVariants {
        @Test
        void aRecordedMisrecognitionIsFoundWithTopConfidence() {
            Finding f = only("阿里推出了通一千问的新版本。");
            assertThat(f.rule()).isEqualTo("known-variant");
            assertThat(f.suggestion()).isEqualTo("通义千问");
            assertThat(f.confidence()).isGreaterThan(0.95);
            assertThat(f.reason()).isEqualTo("known misrecognition of 通义千问");
        }

        @Test
        void aLatinVariantIsFoundOnlyAsAWholeWord() {
            assertThat(only("苹果开源了Ferrett模型。").found()).isEqualTo("Ferrett");
            assertThat(scan("苹果开源了Ferrettino模型。")).noneMatch(f -> f.rule().equals("known-variant"));
        }
    }

    @Nested
    class Pinyin {
        @Test
        void aHomophoneOfAChineseTermIsFoundWithItsReading() {
            Finding f = only("童话顺推出了自研的金融大模型。");
            assertThat(f.start()).isEqualTo(0);
            assertThat(f.end()).isEqualTo(3);
            assertThat(f.suggestion()).isEqualTo("同花顺");
            assertThat(f.rule()).isEqualTo("pinyin");
            assertThat(f.reason()).isEqualTo("same pinyin: tong hua shun");
        }

        @Test
        void aMisheardUniversityNameIsFound() {
            assertThat(only("来自北京油电大学的研究者提出新方法。").suggestion()).isEqualTo("北京邮电大学");
        }

        @Test
        void theExactTermIsNeverFlagged() {
            assertThat(scan("同花顺和北京邮电大学合作,钉钉也参与了。")).isEmpty();
        }

        @Test
        void aHomophoneThatCrossesAWordBoundaryIsNotFlagged() {
            // 通话顺畅 reads tong hua shun chang, but 顺畅 is one word.
            assertThat(scan("视频通话顺畅了很多。")).isEmpty();
        }

        @Test
        void aHomophoneInsideALongerEverydayWordIsNotFlagged() {
            assertThat(scan("不要传播负能量。")).isEmpty();
        }

        @Test
        void aTermInsideALongerCorrectTermIsNotFlagged() {
            CorrectionEngine withLongTerm = CorrectionEngine.build(
                    List.of(GlossaryTerm.of("花顺"), GlossaryTerm.of("同花顺")), List.of(), HanLpDictionary.load());
            assertThat(withLongTerm.scan("同花顺发布了新产品。")).isEmpty();
        }

        @Test
        void thePronunciationOverrideDecidesForPolyphones() {
            // 重 is zhong or chong; the host said chong.
            assertThat(only("虫庆大学的团队发布了数据集。").reason()).isEqualTo("same pinyin: chong qing da xue");
        }

        @Test
        void anEverydayWordThatSoundsLikeATermIsOnlyAHint() {
            // 升腾 (to rise) is a word of its own; as 昇腾 (Huawei's chips) it is only a guess.
            Finding f = only("篝火的烟雾升腾起来。");
            assertThat(f.suggestion()).isEqualTo("昇腾");
            assertThat(f.confidence()).isLessThan(CorrectionEngine.HINT_BELOW);
            assertThat(f.reason()).contains("also a word of its own");
        }
    }

    @Nested
    class NearPinyin {
        @Test
        void aConfusableInitialIsFoundAtLowerConfidence() {
            // zh/z: 资谱 zi pu for 智谱 zhi pu
            Finding f = only("资谱发布了新一代模型。");
            assertThat(f.rule()).isEqualTo("near-pinyin");
            assertThat(f.suggestion()).isEqualTo("智谱");
            assertThat(f.confidence()).isLessThan(0.85);
        }

        @Test
        void oneSyllableOffInALongTermIsFound() {
            Finding f = only("哈尔滨工夜大学的团队提出了新算法。".replace("夜", "叶"));
            assertThat(f.suggestion()).isEqualTo("哈尔滨工业大学");
        }

        @Test
        void oneSyllableOffIsOnlyAHintWhenTheOddSyllableBelongsToARealWord() {
            CorrectionEngine withSpark = CorrectionEngine.build(List.of(GlossaryTerm.of("星火大模型")), List.of(), HanLpDictionary.load());
            assertThat(withSpark.scan("中国农业大学发布了行业大模型。"))
                    .allMatch(f -> f.confidence() < CorrectionEngine.HINT_BELOW);
        }

        @Test
        void oneSyllableOffInAShortTermIsNot() {
            assertThat(scan("这个功能很顺手。")).isEmpty();
        }
    }

    @Nested
    class CaseAndSpacing {
        @Test
        void wrongCaseIsFound() {
            Finding f = only("复旦大学推出LoraMOE,一种混合专家插件。");
            assertThat(f.rule()).isEqualTo("case-space");
            assertThat(f.suggestion()).isEqualTo("LoRAMoE");
        }

        @Test
        void aSplitNameIsFoundAcrossItsSpace() {
            Finding f = only("香港中文大学推出Rich Dreamer,生成3D内容。");
            assertThat(f.found()).isEqualTo("Rich Dreamer");
            assertThat(f.suggestion()).isEqualTo("RichDreamer");
        }

        @Test
        void aJoinedOrHyphenatedVersionIsFound() {
            assertThat(only("基于Llama2模型。").suggestion()).isEqualTo("Llama 2");
            assertThat(only("基于LLaMA-2模型。").suggestion()).isEqualTo("Llama 2");
        }

        @Test
        void onlyAHyphenOrSpaceApartIsHouseStyleNotARecognitionError() {
            CorrectionEngine withStyle = CorrectionEngine.build(List.of(GlossaryTerm.of("Dual-Pivot Tuning"),
                    GlossaryTerm.of("LoRAMoE")), List.of(), HanLpDictionary.load());
            List<Finding> findings = withStyle.scan("加州大学推出Dual Pivot Tuning,复旦推出LoraMOE。");
            assertThat(findings).extracting(Finding::kind)
                    .containsExactly(FindingKind.NAME_STYLE, FindingKind.CASE_SPACE);
            assertThat(findings.get(0).isStyle()).isTrue();
            assertThat(findings.get(1).isStyle()).isFalse();
        }

        @Test
        void anOrdinaryLowerCaseWordIsNotTakenForATerm() {
            assertThat(scan("we clip the video and point a laser at it")).isEmpty();
        }
    }

    @Nested
    class Phonetic {
        @Test
        void aMangledNameIsFoundWithItsMetaphone() {
            Finding f = only("阿里推出UniChrome,提升训练的恢复能力。");
            assertThat(f.rule()).isEqualTo("phonetic");
            assertThat(f.suggestion()).isEqualTo("Unicron");
            assertThat(f.reason()).startsWith("sounds like Unicron (metaphone ANKRN");
        }

        @Test
        void aNameWithDifferentVowelsIsFound() {
            assertThat(only("印度出行平台推出Kootram模型。").suggestion()).isEqualTo("Krutrim");
        }

        @Test
        void aWellKnownWordSharingOnlyAPrefixIsNotTakenForATerm() {
            CorrectionEngine withWikiChat = CorrectionEngine.build(List.of(GlossaryTerm.of("WikiChat")), List.of(), HanLpDictionary.load());
            assertThat(withWikiChat.scan("研究者用Wikipedia的数据训练了新模型。")).isEmpty();
        }

        @Test
        void ordinaryEnglishIsLeftAlone() {
            assertThat(scan("Thank you for listening, see you next week!")).isEmpty();
        }
    }

    @Nested
    class Transliteration {
        @Test
        void charactersSpellingALatinNameAreAHintAtLowConfidence() {
            Finding f = only("Anthropic的克劳德又更新了。");
            assertThat(f.rule()).isEqualTo("transliteration");
            assertThat(f.suggestion()).isEqualTo("Claude");
            assertThat(f.confidence()).isLessThan(0.7);
        }
    }

    @Nested
    class UserRules {
        @Test
        void aRuleReplacesWithItsGroups() {
            CorrectionEngine withRule = CorrectionEngine.build(List.of(),
                    List.of(new Rule(7, "(\\d+)\\s*k上下文", "$1K上下文", false, true, "")), HanLpDictionary.load());
            Finding f = withRule.scan("支持128k上下文。").get(0);
            assertThat(f.rule()).isEqualTo("user-rule");
            assertThat(f.found()).isEqualTo("128k上下文");
            assertThat(f.suggestion()).isEqualTo("128K上下文");
        }

        @Test
        void aWholeWordRuleDoesNotFireInsideAWord() {
            CorrectionEngine withRule = CorrectionEngine.build(List.of(),
                    List.of(new Rule(1, "GPT", "GPT-4", true, true, "")), HanLpDictionary.load());
            assertThat(withRule.scan("ChatGPTs and GPT")).extracting(Finding::start).containsExactly(13);
        }

        @Test
        void aBrokenPatternIsReportedToTheHost() {
            assertThatThrownBy(() -> CorrectionEngine.build(List.of(),
                    List.of(new Rule(3, "(unclosed", "x", false, true, "")), HanLpDictionary.load()))
                    .isInstanceOf(InputException.class)
                    .hasMessageContaining("rule #3")
                    .hasMessageContaining("not a valid regular expression");
        }

        @Test
        void aReplacementNamingAMissingGroupIsReported() {
            assertThatThrownBy(() -> CorrectionEngine.build(List.of(),
                    List.of(new Rule(4, "(a)", "$2", false, true, "")), HanLpDictionary.load()))
                    .isInstanceOf(InputException.class).hasMessageContaining("$2");
        }
    }

    @Nested
    class NumbersThatLostTheirUnit {
        @Test
        void sevenBHeardAsSeventyOneIsFound() {
            Finding f = only("苹果推出71参数的开源模型。");
            assertThat(f.rule()).isEqualTo("number-unit");
            assertThat(f.found()).isEqualTo("71");
            assertThat(f.suggestion()).isEqualTo("7B");
        }

        @Test
        void aChineseNumeralWithBIsFound() {
            assertThat(only("这是一个七B参数的模型。").suggestion()).isEqualTo("7B");
            assertThat(only("十三比参数的版本。").suggestion()).isEqualTo("13B");
        }

        @Test
        void hundredsOfMillionsEndingInOneOffersBothReadings() {
            Finding f = only("GPT-3的参数量是1751亿。");
            assertThat(f.suggestions()).containsExactly("1750亿", "175B");
        }

        @Test
        void moneyIsNotAModelSize() {
            assertThat(scan("公司营收1211亿元,用户达到71个。")).isEmpty();
        }
    }

    @Test
    void findingsAreSortedAndNeverOverlap() {
        List<Finding> findings = scan("童话顺和北京油电大学推出UniChrome,基于Llama2和71参数。");
        assertThat(findings).extracting(Finding::suggestion)
                .containsExactly("同花顺", "北京邮电大学", "Unicron", "Llama 2", "7B");
        for (int i = 1; i < findings.size(); i++) {
            assertThat(findings.get(i).start()).isGreaterThanOrEqualTo(findings.get(i - 1).end());
        }
    }

    @Test
    void beforeHanLpHasLoadedHomophonesAreStillFoundAtSlightlyLowerConfidence() {
        String text = "童话顺推出了自研的金融大模型。";
        Finding early = engine.withWords(ChineseDictionary.characterBoundaries()).scan(text).get(0);
        Finding later = engine.scan(text).get(0);
        assertThat(early.suggestion()).isEqualTo("同花顺");
        assertThat(early.confidence()).isLessThan(later.confidence());
    }

    @Test
    void theEngineUsesOnlyTheDictionaryItWasGiven() {
        CorrectionEngine early = engine.withWords(ChineseDictionary.characterBoundaries());
        assertThat(early.words().knowsWords()).isFalse();
        assertThat(engine.words().knowsWords()).isTrue();
        // Without words, 通话顺畅 is not known to hold the word 顺畅, so the homophone shows up as a guess.
        assertThat(early.scan("视频通话顺畅了很多。")).isNotEmpty();
        assertThat(engine.scan("视频通话顺畅了很多。")).isEmpty();
    }

    @Test
    void disabledTermsAreIgnored() {
        CorrectionEngine withDisabled = CorrectionEngine.build(List.of(
                new GlossaryTerm(0, "同花顺", List.of(), TermCategory.ORG, "", "", false)), List.of(), HanLpDictionary.load());
        assertThat(withDisabled.scan("童话顺")).isEmpty();
    }

    @Test
    void scansFromManyThreadsAgree() throws Exception {
        String text = "童话顺和北京油电大学推出UniChrome。";
        List<Finding> expected = scan(text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Finding>>> results = new ArrayList<>();
            for (int i = 0; i < 40; i++) results.add(pool.submit(() -> engine.scan(text)));
            for (Future<List<Finding>> r : results) assertThat(r.get()).isEqualTo(expected);
        } finally {
            pool.shutdown();
        }
    }
}
