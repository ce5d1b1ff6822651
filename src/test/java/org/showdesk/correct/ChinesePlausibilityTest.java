package org.showdesk.correct;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.showdesk.model.Finding;
import org.showdesk.model.GlossaryTerm;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ordinary text that merely sounds like an entity of the glossary is not corrected: numbers, function
 * characters fused with a neighbour, a correct term with one more syllable, words the dictionary knows.
 * The glossary is shaped like an entity list (people, places, brands whose names sound like everyday words).
 */
class ChinesePlausibilityTest {
    private static CorrectionEngine engine;

    @BeforeAll
    static void buildWithAnEntityGlossary() {
        engine = CorrectionEngine.build(List.of(GlossaryTerm.of("四哥"), GlossaryTerm.of("刘玮"),
                GlossaryTerm.of("刘澄"), GlossaryTerm.of("波斯"), GlossaryTerm.of("邬迪"), GlossaryTerm.of("林琳"),
                GlossaryTerm.of("浙江"), GlossaryTerm.of("上海"), GlossaryTerm.of("艾维"), GlossaryTerm.of("绿地"),
                GlossaryTerm.of("欧弟"), GlossaryTerm.of("吴中"), GlossaryTerm.of("俄罗斯"), GlossaryTerm.of("俄罗斯队"),
                GlossaryTerm.of("张家口"), GlossaryTerm.of("张家口市"), GlossaryTerm.of("同花顺"),
                GlossaryTerm.of("北京邮电大学")), List.of(), HanLpDictionary.load());
    }

    private static List<Finding> flagged(String text) {
        return engine.scan(text).stream().filter(f -> f.confidence() >= CorrectionEngine.HINT_BELOW).toList();
    }

    @Test
    void numbersAreNotNames() {
        assertThat(flagged("会场里坐着十四个评委。")).isEmpty();
        assertThat(flagged("第十六位选手上场了。")).isEmpty();
        assertThat(flagged("约六成的人同意。")).isEmpty();
        assertThat(flagged("一共二百四十人。")).isEmpty();
        assertThat(flagged("其中百分之五的样本。")).isEmpty();
        assertThat(flagged("二零零八年夏天。")).isEmpty();
        assertThat(flagged("来了一位客人。")).isEmpty();
    }

    @Test
    void aFunctionCharacterAtTheEdgeMakesAHintAtMost() {
        assertThat(flagged("这将有助于降低成本。")).isEmpty();
        assertThat(flagged("他手腕上还戴着手表。")).isEmpty();
    }

    @Test
    void aCutThroughAWordTheDictionaryKnowsIsAHintAtMost() {
        assertThat(flagged("输出的概率的分布很平滑。")).isEmpty();
        assertThat(flagged("毛利率低是老问题。")).isEmpty();
        assertThat(flagged("店开在闹市区的拐角。")).isEmpty();
        assertThat(flagged("公司的主营业务中云服务最多。")).isEmpty();
    }

    @Test
    void aCorrectTermWithOneMoreSyllableIsNotAFinding() {
        assertThat(flagged("俄罗斯和乌克兰的代表都来了。")).isEmpty();
        assertThat(flagged("张家口要建新的数据中心。")).isEmpty();
    }

    @Test
    void realMishearingsStillComeThroughConfidently() {
        assertThat(flagged("童话顺发布了新的金融模型。")).singleElement()
                .satisfies(f -> assertThat(f.suggestion()).isEqualTo("同花顺"));
        Finding university = flagged("北京油电大学的团队提出新方法。").get(0);
        assertThat(university.suggestion()).isEqualTo("北京邮电大学");
        assertThat(university.confidence()).as("a long name sharing most characters").isGreaterThan(0.9);
    }

    @Test
    void aLongerMatchSharingMoreCharactersIsMoreConfident() {
        double shortOne = flagged("童话顺发布了新的金融模型。").get(0).confidence();
        double longOne = flagged("北京油电大学的团队提出新方法。").get(0).confidence();
        assertThat(longOne).isGreaterThan(shortOne);
    }
}
