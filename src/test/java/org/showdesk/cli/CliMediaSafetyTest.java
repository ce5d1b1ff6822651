package org.showdesk.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.showdesk.media.MediaFixtures;
import org.showdesk.media.MediaTools;
import org.showdesk.media.SpokenFixture;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.showdesk.cli.CliImportTest.run;

/**
 * What the audit of issues #13/#15 found the command line doing to an episode's recording and its times: an export
 * written over the attached media, an estimate from a file that is gone, media that cannot time anything. Needs
 * ffmpeg/ffprobe (Debian package ffmpeg); the odd media files are made on the spot with ffmpeg.
 */
class CliMediaSafetyTest {
    private static final SpokenFixture SEALED = SpokenFixture.load("sealed");

    @TempDir
    Path dir;

    @BeforeAll
    static void ffmpegIsInstalled() {
        assertThat(MediaTools.onThisMachine().ffmpeg())
                .as("these tests make and decode media with ffmpeg: install Debian's ffmpeg package").isPresent();
    }

    private Path showWithMedia(String mediaName) throws Exception {
        Path show = CliMediaTest.showWithTheSealedTranscript(dir);
        Path media = Files.copy(SEALED.file("episode.mp3"), dir.resolve(mediaName));
        CliImportTest.Run attached = run("media", show.toString(), "--episode", "1", "attach", media.toString());
        assertThat(attached.code()).as(attached.err()).isZero();
        return show;
    }

    private static String[] export(Path show, String out) {
        return new String[]{"export", show.toString(), "--episode", "1", "--format", "srt", "--out", out};
    }

    // ---- 1. no output over an attached recording ----

    @Test
    void anExportIsNeverWrittenOverTheEpisodesRecordingUnderAnyOfItsNames() throws Exception {
        Path show = showWithMedia("media.mp3");
        assertThat(run("media", show.toString(), "--episode", "1", "estimate").code()).isZero();
        Path media = dir.resolve("media.mp3");
        byte[] recording = Files.readAllBytes(media);
        Files.createDirectories(dir.resolve("x"));
        Path hardLink = Files.createLink(dir.resolve("same-recording.bin"), media);
        Path symlink = Files.createSymbolicLink(dir.resolve("alias.srt"), media);

        for (String out : List.of(media.toString(), dir.resolve("x/../media.mp3").toString(), hardLink.toString(),
                symlink.toString())) {
            CliImportTest.Run r = run(export(show, out));
            assertThat(r.code()).as("export --out %s: %s", out, r.err()).isEqualTo(1);
            assertThat(r.err()).contains("Will not write to").contains("recording attached to episode 1")
                    .contains("Choose another file name").doesNotContain("Wrote").doesNotContain("\tat ");
            assertThat(Files.readAllBytes(media)).as("the recording after export --out %s", out).isEqualTo(recording);
        }
        CliImportTest.Run fine = run(export(show, dir.resolve("第一期.srt").toString()));
        assertThat(fine.code()).as(fine.err()).isZero();
    }

    @Test
    void aMovedRecordingIsFoundAndProtectedWhereItIsNow() throws Exception {
        Path show = showWithMedia("media.mp3");
        assertThat(run("media", show.toString(), "--episode", "1", "estimate").code()).isZero();
        Path moved = Files.move(dir.resolve("media.mp3"), Files.createDirectories(dir.resolve("audio")).resolve("media.mp3"));
        byte[] recording = Files.readAllBytes(moved);

        CliImportTest.Run r = run(export(show, moved.toString()));

        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).contains("recording attached to episode 1");
        assertThat(Files.readAllBytes(moved)).isEqualTo(recording);
    }

    @Test
    void fixOfATranscriptIsNeverWrittenOverARecording() throws Exception {
        Path media = Files.copy(SEALED.file("episode.m4a"), dir.resolve("录音.m4a"));
        Path mp3 = Files.copy(SEALED.file("episode.mp3"), dir.resolve("录音.mp3"));
        Path txt = Files.copy(SEALED.file("transcript.txt"), dir.resolve("第一期.txt"));
        for (Path target : List.of(media, mp3)) {
            byte[] before = Files.readAllBytes(target);
            CliImportTest.Run r = run("fix", txt.toString(), "--out", target.toString());
            assertThat(r.code()).as(r.err()).isEqualTo(1);
            assertThat(r.err()).contains("Will not write to").contains("recording").doesNotContain("\tat ");
            assertThat(Files.readAllBytes(target)).isEqualTo(before);
        }
    }

    // ---- 2. no estimate from a recording that is gone ----

    @Test
    void anEstimateWithTheRecordingMissingIsRefusedAndKeepsTheTimesMadeFromIt() throws Exception {
        Path show = showWithMedia("media.mp3");
        CliImportTest.Run first = run("media", show.toString(), "--episode", "1", "estimate");
        assertThat(first.out()).contains("method\tpauses");
        String srtBefore = run("export", show.toString(), "--episode", "1", "--format", "srt").out();
        Files.move(dir.resolve("media.mp3"), dir.resolve("gone.bin"));
        byte[] before = Files.readAllBytes(show);

        CliImportTest.Run again = run("media", show.toString(), "--episode", "1", "estimate");

        assertThat(again.code()).as(again.out() + again.err()).isEqualTo(1);
        assertThat(again.err()).contains("media.mp3").contains("nothing was changed").contains("attach FILE")
                .contains("where").doesNotContain("\tat ");
        assertThat(Files.readAllBytes(show)).isEqualTo(before);
        assertThat(run("export", show.toString(), "--episode", "1", "--format", "srt").out()).isEqualTo(srtBefore);
    }

    // ---- 4. media that cannot time the transcript ----

    @Test
    void aVideoWithoutSoundIsRefusedAtAttach() throws Exception {
        Path show = CliMediaTest.showWithTheSealedTranscript(dir);
        Path video = ffmpeg(dir.resolve("无声.mp4"), "-f", "lavfi", "-i", "color=c=black:s=160x120:d=3",
                "-c:v", "libx264", "-pix_fmt", "yuv420p");
        byte[] before = Files.readAllBytes(show);

        CliImportTest.Run r = run("media", show.toString(), "--episode", "1", "attach", video.toString());

        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(1);
        assertThat(r.err()).contains("无声.mp4").contains("no audio track").doesNotContain("Install ffmpeg");
        assertThat(Files.readAllBytes(show)).isEqualTo(before);
    }

    @Test
    void silenceIsNoRecordingToTimeFrom() throws Exception {
        Path show = CliMediaTest.showWithTheSealedTranscript(dir);
        Path silent = ffmpeg(dir.resolve("silent.mp3"), "-f", "lavfi", "-i", "anullsrc=r=16000:cl=mono", "-t", "30",
                "-b:a", "32k");
        assertThat(run("media", show.toString(), "--episode", "1", "attach", silent.toString()).code()).isZero();
        byte[] before = Files.readAllBytes(show);

        CliImportTest.Run r = run("media", show.toString(), "--episode", "1", "estimate");

        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(1);
        assertThat(r.out()).doesNotContain("method");
        assertThat(r.err()).contains("No speech heard in silent.mp3").contains("0:30").contains("nothing was changed");
        assertThat(Files.readAllBytes(show)).isEqualTo(before);
    }

    @Test
    void aRecordingFarTooShortForTheTranscriptIsPointedOut() throws Exception {
        Path show = CliMediaTest.showWithTheSealedTranscript(dir);
        // the first 8 s of the spoken fixture: the transcript's 14 sentences cannot fit
        Path start = ffmpeg(dir.resolve("start.mp3"), "-i", SEALED.file("episode.mp3").toAbsolutePath().toString(),
                "-t", "8");
        assertThat(run("media", show.toString(), "--episode", "1", "attach", start.toString()).code()).isZero();

        CliImportTest.Run r = run("media", show.toString(), "--episode", "1", "estimate");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("Check the media").contains("cannot be trusted");
    }

    @Test
    void theSpokenFixtureGivesNoWarning() throws Exception {
        Path show = showWithMedia("media.mp3");
        CliImportTest.Run r = run("media", show.toString(), "--episode", "1", "estimate");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("Check the media").doesNotContain("cut short");
    }

    @Test
    void aTruncatedMp3IsTakenAtTheLengthItHolds() throws Exception {
        Path show = CliMediaTest.showWithTheSealedTranscript(dir);
        Path whole = ffmpeg(dir.resolve("whole.mp3"), "-f", "lavfi", "-i", "sine=frequency=300:duration=194", "-ac",
                "1", "-ar", "22050", "-b:a", "32k");
        byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(whole), 32_000); // 8 s at 32 kbit/s
        Path cut = Files.write(dir.resolve("cut.mp3"), head);

        CliImportTest.Run r = run("media", show.toString(), "--episode", "1", "attach", cut.toString());

        assertThat(r.code()).as(r.err()).isZero();
        double seconds = org.showdesk.app.EpisodeMedia.parseTime(r.out().strip().split("\t")[0]) / 1000.0;
        assertThat(seconds).as("the length that plays, not the header's 3:14").isBetween(6.0, 10.0);
        assertThat(r.err()).contains("cut short").contains("3:14");
    }

    @ParameterizedTest
    @ValueSource(strings = {"empty.mp3", "random.mp3", "random.mp4", "random.wav"})
    void unplayableFilesAreRefusedInPlainWords(String name) throws Exception {
        Path show = CliMediaTest.showWithTheSealedTranscript(dir);
        Path file = name.startsWith("empty") ? Files.createFile(dir.resolve(name))
                : MediaFixtures.randomBytes(dir, name, 200_000);
        byte[] before = Files.readAllBytes(show);

        CliImportTest.Run r = run("media", show.toString(), "--episode", "1", "attach", file.toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains(name).doesNotContain("@ 0x").doesNotContain("[mp3").doesNotContain("[mov")
                .doesNotContain("file:").doesNotContain("\tat ");
        if (name.startsWith("empty")) assertThat(r.err()).containsIgnoringCase("the file is empty");
        assertThat(Files.readAllBytes(show)).isEqualTo(before);
    }

    private static Path ffmpeg(Path out, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("ffmpeg", "-nostdin", "-v", "error", "-y"));
        cmd.addAll(List.of(args));
        cmd.add(out.toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(said).isZero();
        return out;
    }
}
