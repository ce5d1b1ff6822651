package org.showdesk.correct;

import org.junit.jupiter.api.Test;
import org.showdesk.model.Finding;
import org.showdesk.model.FindingKind;
import org.showdesk.model.GlossaryTerm;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FixerTest {
    private static Finding finding(String text, String found, String suggestion, double confidence) {
        int start = text.indexOf(found);
        return new Finding(start, start + found.length(), found, List.of(suggestion), FindingKind.PINYIN, confidence, "", null);
    }

    @Test
    void confidentFindingsAreAppliedAndWeakOnesLeftAlone() {
        String text = "童话顺推出新模型,克劳德也更新了。";
        String fixed = Fixer.apply(text, List.of(finding(text, "童话顺", "同花顺", 0.9),
                finding(text, "克劳德", "Claude", 0.5)), 0.8);
        assertThat(fixed).isEqualTo("同花顺推出新模型,克劳德也更新了。");
    }

    @Test
    void everyLineStaysALine() {
        String text = "第一行提到童话顺\n第二行提到UniChrome\r\n第三行";
        String fixed = Fixer.apply(text, List.of(finding(text, "童话顺", "同花顺", 0.9),
                finding(text, "UniChrome", "Uni\ncron", 0.9)), 0.5);
        assertThat(fixed.split("\\R", -1)).containsExactly("第一行提到同花顺", "第二行提到Uni cron", "第三行");
    }

    @Test
    void aFindingThatSpansTwoLinesIsNotApplied() {
        String text = "Rich\nDreamer";
        Finding across = new Finding(0, 12, text, List.of("RichDreamer"), FindingKind.CASE_SPACE, 0.9, "", null);
        assertThat(Fixer.apply(text, List.of(across), 0.5)).isEqualTo(text);
    }

    @Test
    void theEngineAndTheFixerTogetherCorrectATranscript() {
        CorrectionEngine engine = CorrectionEngine.build(List.of(GlossaryTerm.of("北京邮电大学"),
                GlossaryTerm.of("LoRAMoE")), List.of(), HanLpDictionary.load());
        String text = "北京油电大学推出LoraMOE。\n下一条新闻。";
        assertThat(Fixer.apply(text, engine.scan(text), 0.7)).isEqualTo("北京邮电大学推出LoRAMoE。\n下一条新闻。");
    }

    @Test
    void styleFindingsAreAppliedOnlyWhenAskedForWhateverTheirConfidence() {
        String text = "推出Dual Pivot Tuning和童话顺";
        Finding style = new Finding(2, 19, "Dual Pivot Tuning", List.of("Dual-Pivot Tuning"), FindingKind.NAME_STYLE,
                0.99, "", null);
        List<Finding> findings = List.of(style, finding(text, "童话顺", "同花顺", 0.9));
        assertThat(Fixer.apply(text, findings, 0.8)).isEqualTo("推出Dual Pivot Tuning和同花顺");
        assertThat(Fixer.apply(text, findings, 0.8, true)).isEqualTo("推出Dual-Pivot Tuning和同花顺");
    }

    @Test
    void aFindingFromAnotherTextIsRefused() {
        Finding stale = new Finding(0, 3, "童话顺", List.of("同花顺"), FindingKind.PINYIN, 0.9, "", null);
        assertThatThrownBy(() -> Fixer.apply("别的文字内容", List.of(stale), 0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scan the text again");
    }
}
