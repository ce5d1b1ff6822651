package org.showdesk.correct;

import org.junit.jupiter.api.Test;
import org.showdesk.model.GlossaryTerm;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GlossaryAdviceTest {
    @Test
    void anEverydayWordIsToldOnlyByADictionaryThatKnowsWords() {
        List<GlossaryTerm> terms = List.of(GlossaryTerm.of("模型"), GlossaryTerm.of("智谱"));
        assertThat(GlossaryAdvice.about(terms, HanLpDictionary.load()))
                .singleElement().satisfies(a -> {
                    assertThat(a.index()).isZero();
                    assertThat(a.message()).contains("模型 is an everyday word");
                });
        assertThat(GlossaryAdvice.about(terms, ChineseDictionary.characterBoundaries())).isEmpty();
    }

    @Test
    void aLargeGlossaryIsToldHowBigItIs() {
        List<GlossaryTerm> terms = new ArrayList<>();
        for (int i = 0; i < 12_000; i++) terms.add(GlossaryTerm.of("NovaNet-" + i));
        assertThat(GlossaryAdvice.about(terms, ChineseDictionary.characterBoundaries()))
                .anySatisfy(a -> {
                    assertThat(a.index()).isEqualTo(-1);
                    assertThat(a.message()).contains("12,000 terms");
                });
    }

    @Test
    void aGlossaryPastTheLimitIsRefusedWithWhatToDo() {
        assertThat(GlossaryAdvice.tooLarge(GlossaryAdvice.MAX_TERMS)).isNull();
        assertThat(GlossaryAdvice.tooLarge(1_000_000)).contains("1,000,000 terms").contains("at most 200,000")
                .contains("split the file");
    }
}
