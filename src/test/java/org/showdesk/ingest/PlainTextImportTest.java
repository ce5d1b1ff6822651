package org.showdesk.ingest;

import org.junit.jupiter.api.Test;
import org.showdesk.model.Cue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PlainTextImportTest {

    private static List<String> cueTexts(String text) {
        return TranscriptReader.read("episode.txt", text.getBytes(StandardCharsets.UTF_8), null)
                .cues().stream().map(Cue::text).toList();
    }

    @Test
    void aChineseParagraphIsCutAfterEachSentenceMarkKeepingThePunctuation() {
        assertThat(cueTexts("第一条新闻来自谷歌。第二条呢?还有第三条!最后一句"))
                .containsExactly("第一条新闻来自谷歌。", "第二条呢?", "还有第三条!", "最后一句");
    }

    @Test
    void decimalsVersionNumbersAndPercentagesAreNotCut() {
        assertThat(cueTexts("得分达到97.9%,比Llama 2.0高出3.5倍。下一条"))
                .containsExactly("得分达到97.9%,比Llama 2.0高出3.5倍。", "下一条");
    }

    @Test
    void englishSentencesAreCutAfterAFullStopFollowedBySpaceAndKeepTheSpace() {
        assertThat(cueTexts("Google released Gemini. It beats GPT-4? Maybe! Yahoo!Japan stays whole."))
                .containsExactly("Google released Gemini. ", "It beats GPT-4? ", "Maybe! ", "Yahoo!Japan stays whole.");
    }

    @Test
    void asciiMarksBetweenChineseSentencesEndThemEvenWhenAnEnglishNameFollows() {
        assertThat(cueTexts("这是真的吗?Mistral说是的!LoRAMoE也开源了.下一条是v1.2版本"))
                .containsExactly("这是真的吗?", "Mistral说是的!", "LoRAMoE也开源了.", "下一条是v1.2版本");
    }

    @Test
    void lineBreaksEndACueAndBlankLinesStayWithTheCueBefore() {
        assertThat(cueTexts("开场白\n\n\n第一条新闻。“引用结束。”后面\n"))
                .containsExactly("开场白\n\n\n", "第一条新闻。", "“引用结束。”", "后面\n");
    }

    @Test
    void leadingBlankLinesBelongToTheFirstCueInsteadOfFormingAnEmptyOne() {
        assertThat(cueTexts("\n\n  第一句。第二句。")).containsExactly("\n\n  第一句。", "第二句。");
    }

    @Test
    void joiningTheCuesGivesTheFileTextBackWithWindowsLineEndingsAndBomRemoved() {
        String original = Fixtures.text("weekly-simplified.txt");
        byte[] windows = ("\uFEFF" + original.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8);

        ImportedTranscript imported = TranscriptReader.read("weekly.txt", windows, null);

        assertThat(imported.text()).isEqualTo(original);
        assertThat(imported.format()).isEqualTo(TranscriptFormat.TXT);
        assertThat(imported.cues()).hasSize(7).allSatisfy(cue -> {
            assertThat(cue.isTimed()).isFalse();
            assertThat(cue.id()).isZero();
        });
    }

    @Test
    void aMarkdownFileIsReadAsPlainText() {
        ImportedTranscript imported = TranscriptReader.read("notes.md", "# 标题\n正文。".getBytes(StandardCharsets.UTF_8), null);
        assertThat(imported.format()).isEqualTo(TranscriptFormat.TXT);
        assertThat(imported.text()).isEqualTo("# 标题\n正文。");
    }
}
