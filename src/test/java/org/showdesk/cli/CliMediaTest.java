package org.showdesk.cli;

import org.showdesk.app.ShowFiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.showdesk.app.EpisodeMedia;
import org.showdesk.app.OpenShow;
import org.showdesk.media.MediaFixtures;
import org.showdesk.media.SpokenFixture;
import org.showdesk.model.Entry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.showdesk.cli.CliImportTest.run;

/**
 * `media` as a host scripts it, on the sealed spoken fixture (sentences with known start times; see
 * src/test/resources/media/make-fixture.sh). Needs ffmpeg/ffprobe on the machine (Debian package ffmpeg).
 */
class CliMediaTest {
    private static final SpokenFixture SEALED = SpokenFixture.load("sealed");

    @TempDir
    Path dir;

    @org.junit.jupiter.api.BeforeAll
    static void ffmpegIsInstalled() {
        assertThat(org.showdesk.media.MediaTools.onThisMachine().ffmpeg())
                .as("these tests decode audio with ffmpeg: install Debian's ffmpeg package (see README)").isPresent();
    }

    static Path showWithTheSealedTranscript(Path dir) throws Exception {
        Path show = dir.resolve("周报.showdesk");
        assertThat(run("new", show.toString()).code()).isZero();
        Path txt = Files.copy(SEALED.file("transcript.txt"), dir.resolve("第一期.txt"));
        CliImportTest.Run imported = run("import", show.toString(), txt.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        return show;
    }

    /** The recording lasts until 2.0 s after the last sentence (fixture.conf's TAIL). */
    private static double fixtureSeconds() {
        return SEALED.sentences().get(SEALED.sentences().size() - 1).end() + 2.0;
    }

    @ParameterizedTest
    @ValueSource(strings = {"episode.m4a", "episode.mp3"})
    void attachPrintsTheDuration(String file) throws Exception {
        Path show = showWithTheSealedTranscript(dir);
        CliImportTest.Run r = run("media", show.toString(), "--episode", "1", "attach", SEALED.file(file).toString());
        assertThat(r.code()).as(r.err()).isZero();
        String printed = r.out().strip().split("\t")[0];
        assertThat(EpisodeMedia.parseTime(printed) / 1000.0).isCloseTo(fixtureSeconds(), within(0.15));
        assertThat(r.out()).contains(file.endsWith("mp3") ? "MP3 audio" : "M4A audio (AAC)");
    }

    @Test
    void randomBytesNamedMp3AreRefusedAndTheShowFileStaysByteIdentical() throws Exception {
        Path show = showWithTheSealedTranscript(dir);
        run("media", show.toString(), "--episode", "1", "attach", SEALED.file("episode.m4a").toString());
        byte[] before = Files.readAllBytes(show);
        Path fake = MediaFixtures.randomBytes(dir, "第二期.mp3", 300_000);

        CliImportTest.Run r = run("media", show.toString(), "--episode", "1", "attach", fake.toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("第二期.mp3").contains("It is not").contains("MP3, M4A (AAC), WAV and MP4 (H.264)")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(Files.readAllBytes(show)).isEqualTo(before);
        assertThat(run("media", show.toString(), "--episode", "1", "where").out().strip())
                .isEqualTo(SEALED.file("episode.m4a").toAbsolutePath().normalize().toString());
    }

    /** The bar of issue 13, on the sealed fixture: after `media estimate`, SRT starts against the truth. */
    @ParameterizedTest
    @ValueSource(strings = {"episode.m4a", "episode.mp3"})
    void estimatedSubtitlesStartWithinASecondOfTheSpokenSentences(String file) throws Exception {
        Path show = showWithTheSealedTranscript(dir);
        run("media", show.toString(), "--episode", "1", "attach", SEALED.file(file).toString());

        CliImportTest.Run estimate = run("media", show.toString(), "--episode", "1", "estimate");
        assertThat(estimate.code()).as(estimate.err()).isZero();
        assertThat(estimate.out()).contains("method\tpauses").contains("cues\t14");

        CliImportTest.Run srt = run("export", show.toString(), "--episode", "1", "--format", "srt");
        assertThat(srt.code()).as(srt.err()).isZero();
        List<Double> errors = startErrors(srt.out());
        assertThat(errors).hasSizeGreaterThanOrEqualTo(10);
        double mean = errors.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double max = errors.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        assertThat(mean).as("mean error of %d sentence starts", errors.size()).isLessThanOrEqualTo(1.0);
        assertThat(max).as("largest error").isLessThanOrEqualTo(3.0);
    }

    /**
     * For each sentence of the truth, the start of the first subtitle that begins it (subtitles cut a sentence into
     * pieces, and drop its final 。), and how far that lies from where the sentence was spoken.
     */
    static List<Double> startErrors(String srt) {
        List<double[]> starts = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (String block : srt.strip().split("\n\n")) {
            List<String> lines = block.lines().toList();
            String[] times = lines.get(1).split(" --> ");
            starts.add(new double[]{seconds(times[0])});
            texts.add(bare(String.join("", lines.subList(2, lines.size()))));
        }
        List<Double> errors = new ArrayList<>();
        int next = 0;
        for (SpokenFixture.Sentence s : SEALED.sentences()) {
            String sentence = bare(s.text());
            for (int b = next; b < texts.size(); b++) {
                if (!texts.get(b).isEmpty() && sentence.startsWith(texts.get(b))) {
                    errors.add(Math.abs(starts.get(b)[0] - s.start()));
                    next = b + 1;
                    break;
                }
            }
        }
        return errors;
    }

    private static String bare(String s) {
        return s.replaceAll("[\\p{P}\\s]", "");
    }

    private static double seconds(String srtTime) {
        String[] p = srtTime.strip().split("[:,]");
        return Integer.parseInt(p[0]) * 3600 + Integer.parseInt(p[1]) * 60 + Integer.parseInt(p[2]) + Integer.parseInt(p[3]) / 1000.0;
    }

    @Test
    void entriesStartWithTheirFirstSentenceAsEstimatesUntilTheHostSetsOne() throws Exception {
        Path show = showWithTheSealedTranscript(dir);
        run("media", show.toString(), "--episode", "1", "attach", SEALED.file("episode.m4a").toString());
        assertThat(run("split", show.toString(), "--episode", "1").code()).isZero();
        CliImportTest.Run estimate = run("media", show.toString(), "--episode", "1", "estimate", "--json");
        JsonNode result = new ObjectMapper().readTree(estimate.out());
        assertThat(result.get("method").asText()).isEqualTo("pauses");
        assertThat(result.get("pauses_used").asInt()).isGreaterThanOrEqualTo(10);

        try (OpenShow s = OpenShow.openReadOnly(show)) {
            assertThat(ShowFiles.episodes(s).get(1).timesEstimated()).isTrue();
            var transcript = ShowFiles.episodes(s).transcript(1);
            for (Entry e : ShowFiles.entries(s).list(1)) {
                assertThat(e.startEstimated()).isTrue();
                assertThat(e.startMs()).isEqualTo(transcript.cues().get(transcript.indexOfCue(e.firstCueId())).startMs());
            }
        }
        CliImportTest.Run set = run("media", show.toString(), "--episode", "1", "start", "2", "1:05.5");
        assertThat(set.code()).as(set.err()).isZero();
        assertThat(run("media", show.toString(), "--episode", "1", "estimate").code()).isZero();
        try (OpenShow s = OpenShow.openReadOnly(show)) {
            Entry second = ShowFiles.entries(s).list(1).get(1);
            assertThat(second.startMs()).as("an estimate never moves a start the host set").isEqualTo(65_500L);
            assertThat(second.startEstimated()).isFalse();
        }
        assertThat(run("media", show.toString(), "--episode", "1", "confirm").out()).contains("start(s) confirmed");
        try (OpenShow s = OpenShow.openReadOnly(show)) {
            assertThat(ShowFiles.entries(s).list(1)).noneMatch(Entry::startEstimated);
        }
    }

    @Test
    void theOffsetTakesNegativeTimesAndShiftsTheSubtitles() throws Exception {
        Path show = showWithTheSealedTranscript(dir);
        run("media", show.toString(), "--episode", "1", "attach", SEALED.file("episode.m4a").toString());
        run("media", show.toString(), "--episode", "1", "estimate");
        String plain = run("export", show.toString(), "--episode", "1", "--format", "srt").out();
        CliImportTest.Run set = run("media", show.toString(), "--episode", "1", "offset", "-1.5");
        assertThat(set.code()).as(set.err()).isZero();
        assertThat(set.out().strip()).isEqualTo("-0:01.5");
        assertThat(set.err()).doesNotContain("note:");
        assertThat(run("media", show.toString(), "--episode", "1", "offset").out().strip()).isEqualTo("-0:01.5");
        CliImportTest.Run shifted = run("export", show.toString(), "--episode", "1", "--format", "srt");
        assertThat(shifted.err()).contains("-1.500 s");
        assertThat(firstStart(shifted.out())).isCloseTo(firstStart(plain) - 1.5, within(0.001));

        CliImportTest.Run bad = run("media", show.toString(), "--episode", "1", "offset", "1:75");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("not a time");

        // 99:00 on a recording of a few minutes is a slip: it is kept (the host may mean it) and said.
        CliImportTest.Run odd = run("media", show.toString(), "--episode", "1", "offset", "99:00");
        assertThat(odd.code()).isZero();
        assertThat(odd.err()).contains("note: The offset (1:39:00").contains("after the recording ends");
    }

    private static double firstStart(String srt) {
        return seconds(srt.lines().skip(1).findFirst().orElseThrow().split(" --> ")[0]);
    }

    @Test
    void aTimedTranscriptIsNeverOverwrittenByAnEstimate() throws Exception {
        Path show = dir.resolve("s.showdesk");
        run("new", show.toString());
        Path srt = Files.writeString(dir.resolve("ep.srt"), "1\n00:00:01,000 --> 00:00:04,000\n大家好。\n\n"
                + "2\n00:00:04,000 --> 00:00:08,000\n我们开始。\n");
        run("import", show.toString(), srt.toString());
        run("media", show.toString(), "--episode", "1", "attach", SEALED.file("episode.m4a").toString());
        byte[] before = Files.readAllBytes(show);
        CliImportTest.Run r = run("media", show.toString(), "--episode", "1", "estimate");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("nothing was changed");
        assertThat(Files.readAllBytes(show)).isEqualTo(before);
    }

    @Test
    void aMovedMediaFileIsFoundBesideTheShowAndAMissingOneIsReportedOnce() throws Exception {
        Path show = showWithTheSealedTranscript(dir);
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Path media = Files.copy(SEALED.file("episode.mp3"), Files.createTempDirectory(elsewhere, "rec").resolve("第一期.mp3"));
        run("media", show.toString(), "--episode", "1", "attach", media.toString());

        Path beside = Files.move(media, dir.resolve("第一期.mp3"));
        CliImportTest.Run where = run("media", show.toString(), "--episode", "1", "where");
        assertThat(where.code()).as(where.err()).isZero();
        assertThat(where.out().strip()).isEqualTo(beside.toString());
        assertThat(where.err()).contains("found it at");
        try (OpenShow s = OpenShow.openReadOnly(show)) {
            assertThat(ShowFiles.episodes(s).get(1).media().path()).as("stored relative to the show's folder").isEqualTo("第一期.mp3");
        }

        Files.delete(beside);
        CliImportTest.Run missing = run("media", show.toString(), "--episode", "1", "where");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("is not at").contains("attach FILE");
        CliImportTest.Run estimate = run("media", show.toString(), "--episode", "1", "estimate");
        assertThat(estimate.code()).as("times are never guessed without the recording").isEqualTo(1);
        assertThat(estimate.err()).contains("is not at").contains("nothing was changed");
    }
}
