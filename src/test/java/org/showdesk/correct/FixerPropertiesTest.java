package org.showdesk.correct;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.showdesk.model.GlossaryTerm;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever the engine finds in whatever text, fixing it keeps every line a line. */
class FixerPropertiesTest {
    private static final CorrectionEngine ENGINE = CorrectionEngine.build(List.of(
            GlossaryTerm.of("同花顺", "童话顺"), GlossaryTerm.of("RichDreamer"), GlossaryTerm.of("Unicron"),
            GlossaryTerm.of("北京邮电大学"), GlossaryTerm.of("Llama 2")), List.of(), HanLpDictionary.load());

    @Provide
    Arbitrary<String> transcripts() {
        Arbitrary<String> pieces = Arbitraries.of("童话顺", "Rich\nDreamer", "Rich Dreamer", "UniChrome", "北京油电大学",
                "Llama2", "71参数", "\n", "\r\n", " ", "的研究者推出", "，", "模型", "a", "Lama\n2");
        return pieces.list().ofMaxSize(30).map(list -> String.join("", list));
    }

    @Property(tries = 300)
    void fixingKeepsTheNumberOfLines(@ForAll("transcripts") String text) {
        String fixed = Fixer.apply(text, ENGINE.scan(text), 0.0);
        assertThat(fixed.split("\\R", -1)).hasSameSizeAs(text.split("\\R", -1));
    }

    @Property(tries = 300)
    void findingsAreSortedAndDisjointAndMatchTheText(@ForAll("transcripts") String text) {
        var findings = ENGINE.scan(text);
        for (int i = 0; i < findings.size(); i++) {
            var f = findings.get(i);
            assertThat(text.substring(f.start(), f.end())).isEqualTo(f.found());
            if (i > 0) assertThat(f.start()).isGreaterThanOrEqualTo(findings.get(i - 1).end());
        }
    }
}
