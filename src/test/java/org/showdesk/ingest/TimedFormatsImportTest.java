package org.showdesk.ingest;

import org.junit.jupiter.api.Test;
import org.showdesk.model.Cue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class TimedFormatsImportTest {

    private static ImportedTranscript read(String name, String content) {
        return TranscriptReader.read(name, content.getBytes(StandardCharsets.UTF_8), null);
    }

    @Test
    void srtKeepsTimingsStripsStylingAndToleratesCrlfMisnumberingAndExtraBlankLines() {
        ImportedTranscript srt = TranscriptReader.read("weekly-crlf.srt", Fixtures.bytes("weekly-crlf.srt"), null);

        assertThat(srt.format()).isEqualTo(TranscriptFormat.SRT);
        assertThat(srt.cues()).extracting(Cue::startMs, Cue::endMs, Cue::text).containsExactly(
                tuple(1_000L, 4_500L, "欢迎收看本周的AI新闻速递\n"),
                tuple(4_500L, 8_250L, "Mistral发布了新的混合专家模型\n第二行字幕\n"),
                tuple(8_250L, 10_000L, "得分达到97.9%\n"));
        assertThat(srt.cues().get(1).displayText()).isEqualTo("Mistral发布了新的混合专家模型\n第二行字幕");
    }

    @Test
    void srtWithoutSubtitleNumbersAndWithShortMillisecondsIsRead() {
        ImportedTranscript srt = read("no-numbers.srt",
                "00:00:01,5 --> 00:00:02,75\n第一句\n\n00:00:03,000 --> 00:00:04,000\n第二句\n");

        assertThat(srt.cues()).extracting(Cue::startMs, Cue::endMs).containsExactly(
                tuple(1_500L, 2_750L), tuple(3_000L, 4_000L));
    }

    @Test
    void srtTextThatContinuesAfterABlankLineStaysWithItsSubtitle() {
        ImportedTranscript srt = read("gap.srt", "1\n00:00:01,000 --> 00:00:02,000\n上半句\n\n下半句\n\n2\n00:00:02,000 --> 00:00:03,000\n下一条\n");

        assertThat(srt.cues()).extracting(Cue::text).containsExactly("上半句\n下半句\n", "下一条\n");
    }

    @Test
    void aSubtitleNumberOnItsOwnIsTextWhenNoTimingFollowsIt() {
        ImportedTranscript srt = read("count.srt", "1\n00:00:01,000 --> 00:00:02,000\n倒数\n3\n\n2\n00:00:02,000 --> 00:00:03,000\n结束\n");

        assertThat(srt.cues()).extracting(Cue::text).containsExactly("倒数\n3\n", "结束\n");
    }

    @Test
    void aTxtFileThatIsReallySrtKeepsItsTimings() {
        ImportedTranscript sniffed = read("export.txt", "1\n00:00:01,000 --> 00:00:02,000\n你好\n");

        assertThat(sniffed.format()).isEqualTo(TranscriptFormat.SRT);
        assertThat(sniffed.cues()).singleElement().satisfies(c -> assertThat(c.startMs()).isEqualTo(1_000L));
    }

    @Test
    void webVttSkipsHeaderNotesStylesAndRegionsAndStripsVoiceClassAndTimestampTags() {
        ImportedTranscript vtt = TranscriptReader.read("weekly.vtt", Fixtures.bytes("weekly.vtt"), null);

        assertThat(vtt.format()).isEqualTo(TranscriptFormat.VTT);
        assertThat(vtt.cues()).extracting(Cue::startMs, Cue::endMs, Cue::text).containsExactly(
                tuple(1_000L, 4_500L, "欢迎收看本周的AI新闻速递\n"),
                tuple(4_500L, 8_250L, "LoRAMoE缓解了世界知识遗忘 & 过拟合\n"),
                tuple(3_723_004L, 3_725_000L, "最后是RichDreamer的更新\n它可以生成3D模型\n"));
    }

    @Test
    void aTxtOrSrtFileThatStartsWithWebvttIsReadAsWebVtt() {
        assertThat(read("captions.txt", "WEBVTT\n\n00:01.000 --> 00:02.000\n字幕\n").format()).isEqualTo(TranscriptFormat.VTT);
        assertThat(read("captions.srt", "WEBVTT\n\n00:01.000 --> 00:02.000\n字幕\n").format()).isEqualTo(TranscriptFormat.VTT);
    }

    @Test
    void aWebVttFileWithoutABlankLineAfterTheHeaderStillKeepsItsFirstCue() {
        assertThat(read("tight.vtt", "WEBVTT\n00:01.000 --> 00:02.000\n第一条\n\n00:02.000 --> 00:03.000\n第二条\n").cues())
                .extracting(Cue::text).containsExactly("第一条\n", "第二条\n");
    }

    @Test
    void formatsAreKnownByTheShortNamesShownToHosts() {
        assertThat(TranscriptFormat.values()).extracting(TranscriptFormat::id)
                .containsExactly("txt", "srt", "vtt", "whisper-json");
        assertThat(TranscriptFormat.byId("Whisper-JSON")).isEqualTo(TranscriptFormat.WHISPER_JSON);
        assertThat(TranscriptFormat.byId("docx")).isNull();
    }

    @Test
    void aLessThanSignThatStartsNoTagStaysInTheText() {
        ImportedTranscript srt = read("math.srt", "00:00:01,000 --> 00:00:02,000\n延迟 <5ms,a<b\n");

        assertThat(srt.cues()).extracting(Cue::text).containsExactly("延迟 <5ms,a<b\n");
    }

    @Test
    void whisperJsonSegmentsBecomeCuesWithMillisecondTimesAndTrimmedText() {
        ImportedTranscript json = TranscriptReader.read("weekly.json", Fixtures.bytes("weekly-whisper.json"), null);

        assertThat(json.format()).isEqualTo(TranscriptFormat.WHISPER_JSON);
        assertThat(json.format().id()).isEqualTo("whisper-json");
        assertThat(json.cues()).extracting(Cue::startMs, Cue::endMs, Cue::text).containsExactly(
                tuple(0L, 3_520L, "欢迎收看本周的AI新闻速递\n"),
                tuple(3_520L, 7_000L, "Krutrim发布了多语言模型\n"));
    }

    @Test
    void aBareArrayOfWhisperSegmentsIsReadToo() {
        ImportedTranscript json = read("segments.json", "[{\"start\": 1.25, \"end\": 2, \"text\": \"同花顺\"}]");

        assertThat(json.cues()).extracting(Cue::startMs, Cue::endMs, Cue::text)
                .containsExactly(tuple(1_250L, 2_000L, "同花顺\n"));
    }

    @Test
    void subtitlesWithNoWordsLeaveNoEmptyCues() {
        List<Cue> cues = read("music.srt", "1\n00:00:01,000 --> 00:00:02,000\n<i> </i>\n\n2\n00:00:02,000 --> 00:00:03,000\n开始\n").cues();

        assertThat(cues).extracting(Cue::text).containsExactly("开始\n");
    }
}
