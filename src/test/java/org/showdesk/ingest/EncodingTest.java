package org.showdesk.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.showdesk.model.InputException;
import org.showdesk.model.ShowdeskException;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class EncodingTest {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset BIG5 = Charset.forName("Big5");
    private static final Path SHARED_SAMPLE = Path.of("..", "shared", "samples", "ai-weekly-2024-01-1.txt");

    private static ImportedTranscript importAs(String name, String text, Charset charset, Charset explicit) {
        return TranscriptReader.read(name, text.getBytes(charset), explicit);
    }

    @Test
    void simplifiedChineseSavedAsGb18030ImportsToTheSameTextAsUtf8() {
        String text = Fixtures.text("weekly-simplified.txt");

        ImportedTranscript imported = importAs("weekly.txt", text, GB18030, null);

        assertThat(imported.text()).isEqualTo(text);
        assertThat(imported.charset()).isEqualTo(GB18030);
        assertThat(imported.charsetDetected()).isTrue();
    }

    @Test
    void traditionalChineseSavedAsBig5ImportsToTheSameTextAsUtf8() {
        String text = Fixtures.text("weekly-traditional.txt");

        ImportedTranscript imported = importAs("weekly.txt", text, BIG5, null);

        assertThat(imported.text()).isEqualTo(text);
        assertThat(imported.charset().name()).isEqualToIgnoringCase("Big5");
    }

    @Test
    void utf16WithAByteOrderMarkImportsInBothByteOrders() {
        String text = Fixtures.text("weekly-simplified.txt");

        byte[] le = withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
        byte[] be = withBom(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));

        assertThat(TranscriptReader.read("le.txt", le, null).text()).isEqualTo(text);
        assertThat(TranscriptReader.read("be.txt", be, null).text()).isEqualTo(text);
        assertThat(TranscriptReader.read("le.txt", le, null).charset()).isEqualTo(StandardCharsets.UTF_16LE);
    }

    @Test
    void utf8WithAByteOrderMarkLosesOnlyTheMark() {
        String text = Fixtures.text("weekly-traditional.txt");
        byte[] bytes = withBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8));

        assertThat(TranscriptReader.read("bom.txt", bytes, null).text()).isEqualTo(text);
    }

    @Test
    void theSharedSampleConvertedToGb18030Big5AndUtf16ImportsToExactlyTheUtf8Text(@TempDir Path dir) throws IOException {
        assumeTrue(Files.isRegularFile(SHARED_SAMPLE),
                "the shared sample " + SHARED_SAMPLE.toAbsolutePath() + " is not beside this clone; "
                        + "the same check runs on our own text in the other tests");
        String utf8 = TranscriptReader.read(SHARED_SAMPLE, null).text();
        assertThat(utf8).isEqualTo(Files.readString(SHARED_SAMPLE, StandardCharsets.UTF_8).replace("\r\n", "\n"));

        Path gb = dir.resolve("样本 GB18030.txt");
        Files.write(gb, utf8.getBytes(GB18030));
        Path utf16 = dir.resolve("sample-utf16.txt");
        Files.write(utf16, withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, utf8.getBytes(StandardCharsets.UTF_16LE)));

        assertThat(TranscriptReader.read(gb, null).text()).isEqualTo(utf8);
        assertThat(TranscriptReader.read(utf16, null).text()).isEqualTo(utf8);
    }

    @Test
    void anExplicitEncodingOverridesDetection() {
        String text = "编辑部的话:本期内容较多。";

        ImportedTranscript imported = importAs("short.txt", text, GB18030, GB18030);

        assertThat(imported.text()).isEqualTo(text);
        assertThat(imported.charsetDetected()).isFalse();
    }

    @Test
    void aWrongExplicitEncodingIsRefusedWithTheLineAndAHintInsteadOfGarbledText() {
        String text = "第一行没问题\n第二行也没问题\n第三行是中文:北京邮电大学";

        assertThatThrownBy(() -> importAs("访谈 第3期.txt", text, GB18030, StandardCharsets.UTF_8))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("访谈 第3期.txt, line 1: ")
                .hasMessageContaining("not valid UTF-8")
                .hasMessageContaining("--encoding");
    }

    @ParameterizedTest(name = "{0} text declared as UTF-8 is refused")
    @ValueSource(strings = {"GB18030", "Big5", "UTF-16"})
    void textInAnotherEncodingDeclaredAsUtf8IsRefusedNotGarbled(String actual) {
        byte[] bytes = Fixtures.text("weekly-traditional.txt").getBytes(Charset.forName(actual));

        assertThatThrownBy(() -> TranscriptReader.read("declared.txt", bytes, StandardCharsets.UTF_8))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("declared.txt, line 1: ")
                .hasMessageContaining("you chose UTF-8");
    }

    @Test
    void theLineOfTheFirstUndecodableByteIsNamed() {
        byte[] bytes = "good line\nsecond line\nthird \u00E9 line".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> TranscriptReader.read("latin.txt", bytes, StandardCharsets.UTF_8))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.line()).isEqualTo(3))
                .hasMessageContaining("latin.txt, line 3");
    }

    @Test
    void theEncodingOptionMapsAutoToDetectionAndRefusesUnknownNamesWithTheChoices() {
        assertThat(TranscriptReader.encodingOption("auto")).isNull();
        assertThat(TranscriptReader.encodingOption(null)).isNull();
        assertThat(TranscriptReader.encodingOption("gbk").name()).isEqualTo("GBK");
        assertThat(TranscriptReader.encodingOption("big5")).isEqualTo(BIG5);
        assertThatThrownBy(() -> TranscriptReader.encodingOption("chinese"))
                .isInstanceOf(ShowdeskException.class)
                .hasMessage("--encoding chinese: no such encoding. Use auto (the default), or one of UTF-8, GB18030, Big5, UTF-16LE, UTF-16BE.");
    }

    private static byte[] withBom(byte[] bom, byte[] body) {
        byte[] out = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, out, 0, bom.length);
        System.arraycopy(body, 0, out, bom.length, body.length);
        return out;
    }
}
