package org.showdesk.correct;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.showdesk.model.Finding;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quality floors, asserted on data the engine was not tuned on: the sealed part of the labelled set
 * (src/test/resources/eval/sealed.txt), a body of ordinary prose with the full evaluation glossary, and
 * an unseen episode with a glossary of its correct terms only. The floors are the figures measured once
 * after tuning, less a margin; CorrectionEvalBench prints the details.
 */
class CorrectionQualityTest {
    /** Measured at the end of round 2: recall 0.929, precision 0.981 on 112 errors and 56 traps. */
    private static final double SEALED_RECALL_FLOOR = 0.90;
    private static final double SEALED_PRECISION_FLOOR = 0.95;
    /** Measured: 2.5 per 10,000 characters (5 findings in 20,147 characters). */
    private static final double PROSE_FALSE_FINDINGS_PER_10K_CEILING = 4;
    /** Measured: recall 0.929, precision 1.000 on 28 errors. */
    private static final double UNSEEN_RECALL_FLOOR = 0.89;
    private static final double UNSEEN_PRECISION_FLOOR = 0.95;

    private static CorrectionEngine engine;
    private static CorrectionEvaluation.Result sealed;

    @BeforeAll
    static void runTheSealedSet() {
        engine = CorrectionEngine.build(CorrectionEvaluation.glossary(), CorrectionEvaluation.rules(),
                HanLpDictionary.load());
        sealed = CorrectionEvaluation.run(engine, CorrectionEvaluation.SEALED);
    }

    @Test
    void theSealedSetHasOver100RecognitionErrorsAcrossEveryKindPlusTraps() {
        assertThat(sealed.overall().expected()).isGreaterThanOrEqualTo(100);
        assertThat(sealed.byKind().keySet()).contains("known-variant", "pinyin", "near-pinyin", "case-space",
                "name-style", "phonetic", "transliteration", "user-rule", "number-unit");
        assertThat(sealed.traps()).isGreaterThanOrEqualTo(50);
    }

    @Test
    void sealedRecallStaysAboveTheMeasuredFloor() {
        assertThat(sealed.overall().recall()).as("missed: %s", sealed.misses())
                .isGreaterThanOrEqualTo(SEALED_RECALL_FLOOR);
    }

    @Test
    void sealedPrecisionStaysAboveTheMeasuredFloor() {
        assertThat(sealed.overall().precision()).as("false alarms: %s", sealed.falseAlarms())
                .isGreaterThanOrEqualTo(SEALED_PRECISION_FLOOR);
    }

    @Test
    void ordinaryProseRaisesFewFalseFindings() {
        int chars = 0;
        List<Finding> flagged = new java.util.ArrayList<>();
        for (Map.Entry<String, String> text : CorrectionEvaluation.prose().entrySet()) {
            chars += text.getValue().length();
            engine.scan(text.getValue()).stream().filter(f -> f.confidence() >= CorrectionEngine.HINT_BELOW)
                    .forEach(flagged::add);
        }
        assertThat(chars).as("a large body of prose").isGreaterThanOrEqualTo(20_000);
        assertThat(flagged.size() * 10_000.0 / chars).as("false findings per 10,000 characters: %s", flagged)
                .isLessThanOrEqualTo(PROSE_FALSE_FINDINGS_PER_10K_CEILING);
    }

    @Test
    void anUnseenEpisodeIsCorrectedWithAGlossaryOfItsCorrectTermsOnly() {
        CorrectionEngine episodeEngine = CorrectionEngine.build(CorrectionEvaluation.unseenEpisodeGlossary(),
                List.of(), HanLpDictionary.load());
        CorrectionEvaluation.Result unseen = CorrectionEvaluation.run(episodeEngine,
                CorrectionEvaluation.UNSEEN_EPISODE);
        assertThat(unseen.overall().recall()).as("missed: %s", unseen.misses())
                .isGreaterThanOrEqualTo(UNSEEN_RECALL_FLOOR);
        assertThat(unseen.overall().precision()).as("false alarms: %s", unseen.falseAlarms())
                .isGreaterThanOrEqualTo(UNSEEN_PRECISION_FLOOR);
    }

    @Test
    void markedCasesParseIntoTextAndSpans() {
        CorrectionEvaluation.Case c = CorrectionEvaluation.parse(1, "{童话顺=>同花顺@pinyin}发布了{71=>7B@number-unit}参数模型");
        assertThat(c.text()).isEqualTo("童话顺发布了71参数模型");
        assertThat(c.errors()).extracting(CorrectionEvaluation.Expected::start).containsExactly(0, 6);
        assertThat(c.errors().get(1).correct()).containsExactly("7B");
    }
}
