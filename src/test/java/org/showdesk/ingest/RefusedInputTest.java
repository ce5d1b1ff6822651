package org.showdesk.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.showdesk.model.InputException;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every kind of bad input is refused with the file, the line where there is one, and what to do. */
class RefusedInputTest {

    private static InputException refusal(String name, String content) {
        return refusal(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private static InputException refusal(String name, byte[] content) {
        try {
            TranscriptReader.read(name, content, null);
        } catch (InputException e) {
            return e;
        }
        throw new AssertionError(name + " was accepted but should have been refused");
    }

    @Test
    void anSrtWithABrokenTimestampNamesTheFileTheLineAndTheBadTime() {
        InputException e = refusal("第1期 字幕.srt",
                "1\n00:00:01,000 --> 00:00:02,000\n你好\n\n2\n00:01:0x,000 --> 00:01:05,000\n再见\n");

        assertThat(e.source()).isEqualTo("第1期 字幕.srt");
        assertThat(e.line()).isEqualTo(6);
        assertThat(e.getMessage()).startsWith("第1期 字幕.srt, line 6: ").contains("00:01:0x,000").contains("Fix that line");
    }

    @Test
    void anSrtTimingLineWithoutArrowIsNotSilentlyTakenAsText() {
        InputException e = refusal("arrow.srt", "1\n00:00:01,000 --> 00:00:02,000\n你好\n\n2\n00:00:03,000 - 00:00:04,000\n再见\n");

        assertThat(e.line()).isEqualTo(6);
        assertThat(e.getMessage()).contains("not a timing line");
    }

    @Test
    void aSubtitleThatEndsBeforeItStartsIsRefused() {
        InputException e = refusal("backwards.srt", "1\n00:00:05,000 --> 00:00:03,000\n倒着走\n");

        assertThat(e.getMessage()).startsWith("backwards.srt, line 2: ").contains("ends (00:00:03,000) before it starts");
    }

    @Test
    void secondsAboveFiftyNineAreRefused() {
        assertThat(refusal("minutes.vtt", "WEBVTT\n\n00:61.000 --> 00:62.000\n字幕\n").getMessage())
                .startsWith("minutes.vtt, line 3: ").contains("more than 59");
    }

    @Test
    void srtTextBeforeAnyTimingIsRefused() {
        InputException e = refusal("notes.srt", "这其实是一篇普通的文稿。\n");

        assertThat(e.line()).isEqualTo(1);
        assertThat(e.getMessage()).contains("rename it to .txt");
    }

    @Test
    void aVttWithoutTheWebvttHeaderIsRefusedOnLineOne() {
        assertThat(refusal("plain.vtt", "00:01.000 --> 00:02.000\n字幕\n").getMessage())
                .startsWith("plain.vtt, line 1: ").contains("must start with the line WEBVTT");
    }

    @Test
    void aVttBlockWithoutTimingIsRefusedAtItsFirstLine() {
        InputException e = refusal("loose.vtt", "WEBVTT\n\n00:01.000 --> 00:02.000\n字幕\n\n一段没有时间的文字\n第二行\n");

        assertThat(e.line()).isEqualTo(6);
        assertThat(e.getMessage()).contains("expected a cue timing line");
    }

    @Test
    void invalidJsonNamesTheLineOfTheError() {
        InputException e = refusal("broken.json", "{\n  \"segments\": [\n    {\"start\": 0, \"end\": 1, \"text\": \"a\"},\n    {\"start\": 1 \"end\": 2}\n  ]\n}\n");

        assertThat(e.line()).isEqualTo(4);
        assertThat(e.getMessage()).startsWith("broken.json, line 4: ").contains("not valid JSON");
    }

    @Test
    void aWhisperSegmentWithoutTimesNamesItsLine() {
        InputException e = refusal("untimed.json", "{\"segments\": [\n{\"start\": 0, \"end\": 1, \"text\": \"a\"},\n{\"text\": \"b\"}\n]}");

        assertThat(e.line()).isEqualTo(3);
        assertThat(e.getMessage()).contains("segment 2 has no numeric \"start\"");
    }

    @Test
    void aWhisperSegmentThatEndsBeforeItStartsIsRefused() {
        assertThat(refusal("back.json", "[{\"start\": 3.0, \"end\": 1.0, \"text\": \"x\"}]").getMessage())
                .contains("segment 1 ends (1.0 s) before it starts (3.0 s)");
    }

    @Test
    void jsonThatIsNotWhisperOutputSaysWhatWasExpected() {
        assertThat(refusal("config.json", "{\"name\": \"show\"}").getMessage())
                .startsWith("config.json: ").contains("not Whisper output");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThat(refusal("empty.txt", new byte[0]).getMessage()).isEqualTo(
                "empty.txt: is empty (0 bytes). Check that you picked the right file.");
    }

    @Test
    void aFileOfOnlyBlankLinesIsRefused() {
        assertThat(refusal("blank.txt", " \n\n\t\n").getMessage()).startsWith("blank.txt: ").contains("only blank lines");
    }

    @Test
    void binaryDataIsRefusedWithTheLineOfTheFirstControlCharacter() {
        byte[] png = {'\n', '\n', (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};

        InputException e = refusal("cover.txt", png);

        assertThat(e.getMessage()).startsWith("cover.txt, line ").contains("binary data");
    }

    @Test
    void utf16WithoutAByteOrderMarkIsRefusedWithAHintToNameTheEncoding() {
        InputException e = refusal("nobom.txt", "hello world".getBytes(StandardCharsets.UTF_16LE));

        assertThat(e.getMessage()).startsWith("nobom.txt, line 1: ").contains("--encoding UTF-16LE");
    }

    @Test
    void aFileAboveTheSizeLimitIsRefusedBeforeItIsReadAndTheMessageStatesTheLimit(@TempDir Path dir) throws IOException {
        Path huge = dir.resolve("整季 字幕.txt");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(300L * 1024 * 1024); // sparse: takes no disk space
        }

        assertThatThrownBy(() -> TranscriptReader.read(huge, null))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(huge.toString())
                .hasMessageContaining("300.0 MB")
                .hasMessageContaining("up to 20 MB");
    }

    @Test
    void aMissingFileOrAFolderIsRefusedByName(@TempDir Path dir) {
        Path missing = dir.resolve("没有 这个.txt");

        assertThatThrownBy(() -> TranscriptReader.read(missing, null))
                .isInstanceOf(InputException.class).hasMessage(missing + ": does not exist. Check the path and the file name.");
        assertThatThrownBy(() -> TranscriptReader.read(dir, null))
                .isInstanceOf(InputException.class).hasMessageContaining("is a folder");
    }

    @Test
    void aPathWithSpacesAndChineseCharactersIsReadLikeAnyOther(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("第 3 期 周报.txt");
        Files.writeString(file, "同花顺发布新模型。");

        assertThat(TranscriptReader.read(file, null).text()).isEqualTo("同花顺发布新模型。");
    }
}
