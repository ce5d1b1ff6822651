package org.showdesk.ui.player;

import org.junit.jupiter.api.Test;
import org.showdesk.model.Cue;
import org.showdesk.model.Transcript;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PlayheadSentenceTest {
    private static Transcript timed(long... startsAndLastEnd) {
        List<Cue> cues = new ArrayList<>();
        for (int i = 0; i + 1 < startsAndLastEnd.length; i++) {
            cues.add(new Cue(i + 1, startsAndLastEnd[i], startsAndLastEnd[i + 1], "句" + i + "。", "句" + i + "。"));
        }
        return new Transcript(cues);
    }

    @Test
    void theSentenceHeardIsTheLastOneStartedAndNoneBeforeTheFirstOrAfterTheLastEnds() {
        Transcript t = timed(1_000, 4_000, 4_500, 9_000);
        assertThat(PlayheadSentence.indexAt(t, 0)).isEqualTo(-1);
        assertThat(PlayheadSentence.indexAt(t, 1_000)).isEqualTo(0);
        assertThat(PlayheadSentence.indexAt(t, 3_999)).isEqualTo(0);
        assertThat(PlayheadSentence.indexAt(t, 4_000)).isEqualTo(1);
        assertThat(PlayheadSentence.indexAt(t, 8_999)).isEqualTo(2);
        assertThat(PlayheadSentence.indexAt(t, 9_000)).isEqualTo(-1);
    }

    @Test
    void anUntimedTranscriptHasNoSentenceAtThePlayhead() {
        Transcript t = new Transcript(List.of(Cue.of(null, null, "一。"), Cue.of(null, null, "二。")));
        assertThat(PlayheadSentence.indexAt(t, 5_000)).isEqualTo(-1);
        assertThat(PlayheadSentence.indexAt(Transcript.empty(), 5_000)).isEqualTo(-1);
    }

    @Test
    void aLongTranscriptIsSearchedNotWalked() {
        long[] times = new long[20_001];
        for (int i = 0; i < times.length; i++) times[i] = i * 3_000L;
        Transcript t = timed(times);
        assertThat(PlayheadSentence.indexAt(t, 12_345 * 3_000L + 1)).isEqualTo(12_345);
    }
}
