package org.showdesk.ui.transcript;

import org.junit.jupiter.api.Test;
import org.showdesk.model.Finding;
import org.showdesk.model.FindingKind;
import org.showdesk.model.ShowdeskException;

import java.util.Collection;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The pure pieces behind the transcript pane: diffs of typing, find/replace, and mark styles. */
class TextToolsTest {

    @Test
    void aBurstOfTypingBecomesTheSmallestSingleChange() {
        assertThat(TextDiff.between("我是小周。", "我是主持人小周。")).isEqualTo(new TextDiff(2, 2, "主持人"));
        assertThat(TextDiff.between("LoraMOE模型", "LoRAMoE模型")).isEqualTo(new TextDiff(2, 6, "RAMo"));
        assertThat(TextDiff.between("abc", "abc").isEmpty()).isTrue();
        assertThat(TextDiff.between("abcabc", "abc")).isEqualTo(new TextDiff(3, 6, ""));
    }

    @Test
    void aDiffNeverCutsAnEmojiInHalf() {
        TextDiff d = TextDiff.between("a\uD83D\uDE00b", "a\uD83D\uDE01b");
        assertThat(d.replacement()).isEqualTo("\uD83D\uDE01");
    }

    @Test
    void regexReplaceFillsInGroupsForEachMatch() {
        TextSearch s = TextSearch.of("(\\d+)B参数", "$1B 参数", true, false);
        assertThat(s.matches("有7B参数和70B参数")).extracting(TextSearch.Match::replacement)
                .containsExactly("7B 参数", "70B 参数");
    }

    @Test
    void literalSearchTreatsRegexCharactersAsText() {
        assertThat(TextSearch.of("GPT 3.5", "GPT-3.5", false, false).matches("GPT 3.5 and GPT 345"))
                .containsExactly(new TextSearch.Match(0, 7, "GPT-3.5"));
    }

    @Test
    void anInvalidPatternIsExplainedNotThrownAsABug() {
        assertThatThrownBy(() -> TextSearch.of("(unclosed", "", true, false))
                .isInstanceOf(ShowdeskException.class).hasMessageContaining("Not a valid regular expression");
    }

    @Test
    void findingsAreStyledByConfidenceAndKindOverTheWholeText() {
        Finding high = new Finding(2, 5, "童话顺", List.of("同花顺"), FindingKind.PINYIN, 0.9, "", "同花顺");
        Finding low = new Finding(7, 9, "71", List.of("7B"), FindingKind.NUMBER_UNIT, 0.3, "", "number-unit");
        var spans = TranscriptStyler.styles(12, new TranscriptMarks(List.of(), List.of(), List.of(high, low)), Paragraphs.none());

        assertThat(spans.length()).isEqualTo(12);
        assertThat(styleAt(spans, 3)).contains("finding-high", "kind-sound");
        assertThat(styleAt(spans, 8)).contains("finding-low", "kind-number");
        assertThat(styleAt(spans, 6)).isEmpty();
    }

    private static Collection<String> styleAt(org.fxmisc.richtext.model.StyleSpans<Collection<String>> spans, int at) {
        return spans.getStyleSpan(spans.offsetToPosition(at, org.fxmisc.richtext.model.TwoDimensional.Bias.Forward)
                .getMajor()).getStyle();
    }
}
