package org.showdesk.correct;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A quality regression guard: the labelled evaluation set (src/test/resources/eval) must keep the
 * recall and precision measured when the engine was written (0.941 and 0.989 on 188 errors and 52
 * traps), less a margin of about three points. CorrectionEvalBench prints the details.
 */
class CorrectionQualityTest {
    private static final double RECALL_FLOOR = 0.92;
    private static final double PRECISION_FLOOR = 0.96;

    private static CorrectionEvaluation.Result result;

    @BeforeAll
    static void runTheEvaluationSet() {
        HanLpDictionary.load();
        result = CorrectionEvaluation.run(CorrectionEngine.build(CorrectionEvaluation.glossary(),
                CorrectionEvaluation.rules(), HanLpDictionary.load()));
    }

    @Test
    void theSetHasAtLeast150ErrorsAcrossEveryKindPlusTraps() {
        assertThat(result.overall().expected()).isGreaterThanOrEqualTo(150);
        assertThat(result.byKind().keySet()).contains("known-variant", "pinyin", "near-pinyin", "case-space",
                "phonetic", "transliteration", "user-rule", "number-unit");
        assertThat(result.traps()).isGreaterThanOrEqualTo(40);
    }

    @Test
    void overallRecallStaysAboveTheMeasuredFloor() {
        assertThat(result.overall().recall()).as("missed: %s", result.misses()).isGreaterThanOrEqualTo(RECALL_FLOOR);
    }

    @Test
    void overallPrecisionStaysAboveTheMeasuredFloor() {
        assertThat(result.overall().precision()).as("false alarms: %s", result.falseAlarms())
                .isGreaterThanOrEqualTo(PRECISION_FLOOR);
    }

    @Test
    void markedCasesParseIntoTextAndSpans() {
        CorrectionEvaluation.Case c = CorrectionEvaluation.parse(1, "{童话顺=>同花顺@pinyin}发布了{71=>7B@number-unit}参数模型");
        assertThat(c.text()).isEqualTo("童话顺发布了71参数模型");
        assertThat(c.errors()).extracting(CorrectionEvaluation.Expected::start).containsExactly(0, 6);
        assertThat(c.errors().get(1).correct()).containsExactly("7B");
    }
}
