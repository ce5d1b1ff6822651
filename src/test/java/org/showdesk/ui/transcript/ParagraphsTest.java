package org.showdesk.ui.transcript;

import org.junit.jupiter.api.Test;
import org.showdesk.model.Cue;
import org.showdesk.model.Entry;
import org.showdesk.model.EntryKind;
import org.showdesk.model.Transcript;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ParagraphsTest {
    private static Transcript sentences(int count, String sentence) {
        List<Cue> cues = new ArrayList<>();
        for (int i = 0; i < count; i++) cues.add(new Cue(i + 1, null, null, sentence, sentence));
        return new Transcript(cues);
    }

    @Test
    void aLongOneLineTranscriptIsShownInParagraphsThatStartAtEntriesAndSentenceEnds() {
        Transcript t = sentences(40, "这是一句二十个字左右的测试句子,用来凑长度。");
        Entry second = new Entry(1, 1, EntryKind.ITEM, 5, 40, "", null, null, null, null, null, null, null);
        Paragraphs p = Paragraphs.choose(t, List.of(second));

        String shown = p.display(t.text());
        assertThat(shown.replace("\n", "")).isEqualTo(t.text());
        assertThat(p.breaks()).contains(t.startOf(4));
        for (String paragraph : shown.split("\n")) {
            assertThat(paragraph).endsWith("。");
            assertThat(paragraph.length()).isLessThan(Paragraphs.TARGET + 30);
        }
    }

    @Test
    void offsetsMapBothWaysAroundTheShownBreaks() {
        Paragraphs p = new Paragraphs(new int[]{3, 7});
        String shown = p.display("abcdefghij");
        assertThat(shown).isEqualTo("abc\ndefg\nhij");
        for (int m = 0; m <= 10; m++) {
            assertThat(shown.replace("\n", "").charAt(Math.min(m, 9)))
                    .isEqualTo(shown.charAt(Math.min(p.toDisplay(m), shown.length() - 1)));
            assertThat(p.toModel(p.toDisplay(m))).isEqualTo(m);
        }
        assertThat(p.toDisplayEnd(3)).isEqualTo(3); // a span ending at a break stops before it
    }

    @Test
    void aTranscriptThatAlreadyBreaksLinesGetsNoExtraBreaks() {
        Transcript t = sentences(30, "一行字幕的文字内容,每条字幕自成一行。\n");
        assertThat(Paragraphs.choose(t, List.of()).breaks()).isEmpty();
    }
}
