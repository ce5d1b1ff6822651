package org.showdesk.ui.transcript;

import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.junit.jupiter.api.Test;

import java.util.Collection;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StyleDiffTest {
    private static StyleSpans<Collection<String>> spans(Object... lengthThenStyle) {
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        for (int i = 0; i < lengthThenStyle.length; i += 2) {
            String style = (String) lengthThenStyle[i + 1];
            b.add(style.isEmpty() ? List.of() : List.of(style), (Integer) lengthThenStyle[i]);
        }
        return b.create();
    }

    @Test
    void identicalStylingsNeedNoRestyle() {
        assertThat(StyleDiff.changed(spans(10, "", 3, "finding", 20, ""), spans(10, "", 3, "finding", 20, ""))).isNull();
    }

    @Test
    void aCharacterTypedInsidePlainTextRestylesOnlyThatSpan() {
        int[] changed = StyleDiff.changed(spans(10, "", 3, "finding", 20, "", 4, "entry"),
                spans(10, "", 3, "finding", 21, "", 4, "entry"));
        assertThat(changed).containsExactly(13, 34);
    }

    @Test
    void aMarkThatAppearsIsCoveredFromItsStartToItsEnd() {
        int[] changed = StyleDiff.changed(spans(100, "", 50, ""), spans(100, "", 5, "finding", 45, ""));
        assertThat(changed[0]).isLessThanOrEqualTo(100);
        assertThat(changed[1]).isGreaterThanOrEqualTo(105);
        assertThat(changed[1]).isLessThanOrEqualTo(150);
    }

    @Test
    void aMarkThatGoesAwayAtTheEndIsCovered() {
        int[] changed = StyleDiff.changed(spans(10, "", 3, "finding"), spans(13, ""));
        assertThat(changed).containsExactly(0, 13);
    }
}
