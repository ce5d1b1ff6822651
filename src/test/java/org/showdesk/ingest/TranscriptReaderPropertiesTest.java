package org.showdesk.ingest;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.showdesk.model.Cue;
import org.showdesk.model.InputException;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Properties over generated input: no text is lost, timings survive, and bad bytes only ever give InputException. */
class TranscriptReaderPropertiesTest {

    @Property
    void plainTextCuesJoinBackToTheImportedText(@ForAll("transcriptText") String text) {
        Assume.that(!text.isBlank());

        ImportedTranscript imported = TranscriptReader.read("episode.txt", text.getBytes(StandardCharsets.UTF_8), null);

        assertThat(imported.text()).isEqualTo(text.replace("\r\n", "\n").replace('\r', '\n'));
        assertThat(imported.cues()).allSatisfy(c -> assertThat(c.text()).isNotBlank());
    }

    @Property
    void sentenceCuesOfAnyStringJoinBackToIt(@ForAll String text) {
        List<Cue> cues = SentenceSplitter.split(text);

        StringBuilder joined = new StringBuilder();
        cues.forEach(c -> joined.append(c.text()));
        assertThat(joined.toString()).isEqualTo(text);
    }

    @Property(tries = 300)
    void srtWrittenFromCuesReadsBackToTheSameTimesAndText(@ForAll("subtitles") List<Subtitle> subtitles,
                                                          @ForAll boolean numbered, @ForAll boolean crlf,
                                                          @ForAll boolean commaMillis) {
        Assume.that(!subtitles.isEmpty());
        String srt = writeSrt(subtitles, numbered, commaMillis);
        if (crlf) srt = srt.replace("\n", "\r\n");

        List<Cue> cues = TranscriptReader.read("gen.srt", srt.getBytes(StandardCharsets.UTF_8), null).cues();

        assertThat(cues).hasSameSizeAs(subtitles);
        for (int i = 0; i < cues.size(); i++) {
            Subtitle expected = subtitles.get(i);
            assertThat(cues.get(i).startMs()).isEqualTo(expected.startMs());
            assertThat(cues.get(i).endMs()).isEqualTo(expected.endMs());
            assertThat(cues.get(i).displayText()).isEqualTo(String.join("\n", expected.lines()));
        }
    }

    @Property(tries = 2000)
    void randomBytesAreReadOrRefusedWithAnInputExceptionNeverAnythingElse(
            @ForAll("anyBytes") byte[] bytes, @ForAll("fileNames") String name) {
        readOrRefuse(name, bytes);
    }

    @Property(tries = 1000)
    void damagedSubtitleAndJsonFilesAreReadOrRefusedWithAnInputException(
            @ForAll("validFileName") String fixture, @ForAll("damage") List<int[]> edits) {
        byte[] bytes = Fixtures.bytes(fixture).clone();
        for (int[] edit : edits) bytes[edit[0] % bytes.length] = (byte) edit[1];
        readOrRefuse(fixture.endsWith(".json") ? "damaged.json" : fixture, bytes);
    }

    private static void readOrRefuse(String name, byte[] bytes) {
        try {
            ImportedTranscript imported = TranscriptReader.read(name, bytes, null);
            assertThat(imported.cues()).isNotEmpty();
        } catch (InputException refused) {
            assertThat(refused.getMessage()).startsWith(name);
        }
    }

    @Provide
    Arbitrary<String> transcriptText() {
        Arbitrary<String> pieces = Arbitraries.of("中", "文", "模型", "a", "Z", "0", "9", ".", "%", ",", "!", "?",
                "。", "！", "？", "，", "”", "“", "\"", ")", " ", " ", "\n", "\n", "\r", "\t", "😀", "97.9", "Llama 2.0");
        return pieces.list().ofMaxSize(120).map(list -> String.join("", list));
    }

    @Provide
    Arbitrary<List<Subtitle>> subtitles() {
        Arbitrary<String> line = Arbitraries.of('中', '文', '模', '型', 'a', 'Z', '7', ' ', '.', '!', '?', '。', ',', '%', '<', '&')
                .list().ofMinSize(1).ofMaxSize(30).map(TranscriptReaderPropertiesTest::join)
                .map(String::strip).filter(s -> !s.isEmpty() && !s.chars().allMatch(Character::isDigit));
        Arbitrary<Subtitle> subtitle = Combinators.combine(
                Arbitraries.longs().between(0, 360_000_000L),
                Arbitraries.longs().between(0, 60_000L),
                line.list().ofMinSize(1).ofMaxSize(3)).as(Subtitle::new);
        return subtitle.list().ofMaxSize(20);
    }

    @Provide
    Arbitrary<byte[]> anyBytes() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(600);
        Arbitrary<byte[]> textual = Arbitraries.of((byte) '1', (byte) '0', (byte) ':', (byte) ',', (byte) '.', (byte) '-',
                        (byte) '>', (byte) '\n', (byte) '\r', (byte) ' ', (byte) '{', (byte) '}', (byte) '[', (byte) '"',
                        (byte) 'W', (byte) 'E', (byte) 'B', (byte) 'V', (byte) 'T', (byte) 0xE4, (byte) 0xB8, (byte) 0xAD)
                .array(byte[].class).ofMaxSize(600);
        return Arbitraries.oneOf(random, textual);
    }

    @Provide
    Arbitrary<String> fileNames() {
        return Arbitraries.of("x.txt", "x.srt", "x.vtt", "x.json", "x.md", "x");
    }

    @Provide
    Arbitrary<String> validFileName() {
        return Arbitraries.of("weekly-crlf.srt", "weekly.vtt", "weekly-whisper.json", "weekly-simplified.txt");
    }

    @Provide
    Arbitrary<List<int[]>> damage() {
        return Combinators.combine(Arbitraries.integers().between(0, 100_000), Arbitraries.integers().between(0, 255))
                .as((at, value) -> new int[] {at, value}).list().ofMinSize(1).ofMaxSize(4);
    }

    record Subtitle(long startMs, long durationMs, List<String> lines) {
        long endMs() {
            return startMs + durationMs;
        }
    }

    private static String writeSrt(List<Subtitle> subtitles, boolean numbered, boolean commaMillis) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < subtitles.size(); i++) {
            Subtitle s = subtitles.get(i);
            if (numbered) sb.append(i + 1).append('\n');
            sb.append(timestamp(s.startMs(), commaMillis)).append(" --> ").append(timestamp(s.endMs(), commaMillis)).append('\n');
            s.lines().forEach(l -> sb.append(l).append('\n'));
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String timestamp(long ms, boolean comma) {
        return String.format("%02d:%02d:%02d%s%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, comma ? "," : ".", ms % 1000);
    }

    private static String join(List<Character> chars) {
        StringBuilder sb = new StringBuilder();
        chars.forEach(sb::append);
        return sb.toString();
    }
}
