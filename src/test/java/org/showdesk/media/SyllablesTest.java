package org.showdesk.media;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SyllablesTest {
    @Test
    void aChineseCharacterIsOneSyllableAndCommasAddAPause() {
        assertThat(Syllables.spoken("大家好")).isEqualTo(3);
        assertThat(Syllables.spoken("大家好，欢迎收看。")).isEqualTo(7 + Syllables.COMMA_PAUSE);
        assertThat(Syllables.trailingPause("欢迎收看。")).isEqualTo(Syllables.SENTENCE_PAUSE);
        assertThat(Syllables.trailingPause("欢迎收看，")).isEqualTo(Syllables.COMMA_PAUSE);
    }

    @Test
    void anEnglishWordHasItsVowelGroupsAndAnAcronymOneALetter() {
        assertThat(Syllables.word("model")).isEqualTo(2);
        assertThat(Syllables.word("make")).isEqualTo(1);
        assertThat(Syllables.word("transformer")).isEqualTo(3);
        assertThat(Syllables.word("GPT")).isEqualTo(3);
        assertThat(Syllables.word("OpenAI")).isEqualTo(2 + 2);
        assertThat(Syllables.spoken("用GPT生成")).isEqualTo(3 + 3);
    }

    @Test
    void digitsAreReadOneByOneAndAPercentSignAsThree() {
        assertThat(Syllables.spoken("2024年")).isEqualTo(5);
        assertThat(Syllables.spoken("97.9%")).isEqualTo(3 + 1 + 3);
    }
}
