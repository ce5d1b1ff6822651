package org.showdesk.media;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.showdesk.model.ShowdeskException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Every file is judged alike with ffprobe and without it (the Java parsers), so a show attached on one machine
 * behaves the same on another. ffprobe is part of the test machine's setup (Debian package ffmpeg).
 */
class MediaProbeTest {
    @TempDir
    Path dir;

    static Stream<MediaProbe> probes() {
        Path ffprobe = MediaTools.onThisMachine().ffprobe()
                .orElseThrow(() -> new AssertionError("ffprobe is missing: install Debian's ffmpeg package"));
        return Stream.of(new FfprobeProbe(ffprobe), new JavaMediaProbe());
    }

    @ParameterizedTest
    @MethodSource("probes")
    void readsTheLengthOfTheSpokenFixtureAsMp3AndAsM4a(MediaProbe probe) {
        // make-fixture.sh: the last sentence ends 2.0 s before the end of the recording
        double lastEnd = lastSentenceEnd("sealed");
        MediaInfo mp3 = probe.probe(MediaFixtures.spoken("sealed", "episode.mp3"));
        MediaInfo m4a = probe.probe(MediaFixtures.spoken("sealed", "episode.m4a"));
        assertThat(mp3.format()).isEqualTo("MP3 audio");
        assertThat(m4a.format()).isEqualTo("M4A audio (AAC)");
        assertThat(mp3.video()).isFalse();
        assertThat(mp3.durationMs() / 1000.0).isCloseTo(lastEnd + 2.0, within(0.15));
        assertThat(m4a.durationMs() / 1000.0).isCloseTo(lastEnd + 2.0, within(0.15));
    }

    @ParameterizedTest
    @MethodSource("probes")
    void acceptsH264VideoAndAnMp3WithACoverPicture(MediaProbe probe) {
        MediaInfo video = probe.probe(MediaFixtures.format("clip.mp4"));
        assertThat(video.format()).isEqualTo("MP4 video (H.264)");
        assertThat(video.video()).isTrue();
        assertThat(video.durationMs()).isBetween(1900L, 2200L);
        MediaInfo cover = probe.probe(MediaFixtures.format("clip-cover.mp3"));
        assertThat(cover.format()).isEqualTo("MP3 audio");
        assertThat(cover.video()).as("a cover picture is not a video").isFalse();
    }

    @ParameterizedTest
    @MethodSource("probes")
    void acceptsPcmWav(MediaProbe probe) throws Exception {
        Path wav = MediaFixtures.toneWav(dir.resolve("tone.wav"), 16000, 1.0, 0.5, 2);
        MediaInfo info = probe.probe(wav);
        assertThat(info.format()).isEqualTo("WAV audio");
        assertThat(info.durationMs()).isEqualTo(3000);
    }

    @ParameterizedTest
    @MethodSource("probes")
    void refusesRandomBytesNamedMp3(MediaProbe probe) throws Exception {
        Path fake = MediaFixtures.randomBytes(dir, "episode.mp3", 200_000);
        assertThatThrownBy(() -> probe.probe(fake)).isInstanceOf(UnplayableMediaException.class)
                .hasMessageStartingWith("episode.mp3: It is not")
                .hasMessageContaining("Showdesk plays MP3, M4A (AAC), WAV and MP4 (H.264)");
    }

    @ParameterizedTest
    @MethodSource("probes")
    void refusesATranscriptNamedM4aAndAnEmptyFile(MediaProbe probe) throws Exception {
        Path text = Files.writeString(dir.resolve("notes.m4a"), "大家好，这里是本周的新闻。\n".repeat(50));
        assertThatThrownBy(() -> probe.probe(text)).isInstanceOf(UnplayableMediaException.class);
        Path empty = Files.write(dir.resolve("empty.mp3"), new byte[0]);
        assertThatThrownBy(() -> probe.probe(empty)).isInstanceOf(UnplayableMediaException.class);
    }

    static Stream<Object[]> refusals() {
        return probes().flatMap(p -> Stream.of(
                new Object[]{p, "clip-hevc.mp4", "HEVC (H.265) video"},
                new Object[]{p, "clip.ogg", "an Ogg file"},
                new Object[]{p, "clip.aac", "raw AAC audio (ADTS)"},
                new Object[]{p, "clip-alac.m4a", "Apple Lossless (ALAC) audio"}));
    }

    @ParameterizedTest
    @MethodSource("refusals")
    void namesWhatAFileIsWhenThePlayerCannotPlayIt(MediaProbe probe, String file, String named) {
        assertThatThrownBy(() -> probe.probe(MediaFixtures.format(file))).isInstanceOf(UnplayableMediaException.class)
                .hasMessageContaining(named).hasMessageContaining("convert it");
    }

    @ParameterizedTest
    @MethodSource("probes")
    void refusesMp3AudioNamedM4aBecauseThePlayerGoesByTheName(MediaProbe probe) throws Exception {
        Path misnamed = Files.copy(MediaFixtures.format("clip-cover.mp3"), dir.resolve("clip.m4a"));
        assertThatThrownBy(() -> probe.probe(misnamed)).isInstanceOf(UnplayableMediaException.class)
                .hasMessageContaining("rename it to clip.mp3");
        Path unnamed = Files.copy(MediaFixtures.format("clip-cover.mp3"), dir.resolve("clip.audio"));
        assertThat(probe.probe(unnamed).format()).isEqualTo("MP3 audio");
    }

    @ParameterizedTest
    @MethodSource("probes")
    void aMissingFileOrAFolderIsAPlainProblemNotAMediaVerdict(MediaProbe probe) {
        assertThatThrownBy(() -> probe.probe(dir.resolve("gone.mp3"))).isInstanceOf(ShowdeskException.class)
                .isNotInstanceOf(UnplayableMediaException.class).hasMessageContaining("There is no file");
        assertThatThrownBy(() -> probe.probe(dir)).isInstanceOf(ShowdeskException.class).hasMessageContaining("is a folder");
    }

    @Test
    void withoutFfprobeTheJavaParsersAreUsed() {
        assertThat(MediaTools.none().probe().probe(MediaFixtures.format("clip.mp4")).readWith()).contains("Java");
        assertThat(MediaTools.onThisMachine().probe().probe(MediaFixtures.format("clip.mp4")).readWith()).isEqualTo("ffprobe");
    }

    static double lastSentenceEnd(String fixture) {
        try {
            List<String> lines = Files.readAllLines(MediaFixtures.spoken(fixture, "truth.tsv"));
            return Double.parseDouble(lines.get(lines.size() - 1).split("\t")[2]);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
