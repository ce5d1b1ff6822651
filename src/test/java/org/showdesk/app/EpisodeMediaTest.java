package org.showdesk.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.showdesk.media.MediaFixtures;
import org.showdesk.media.MediaTools;
import org.showdesk.media.SpokenFixture;
import org.showdesk.model.Cue;
import org.showdesk.model.ShowdeskException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The use case on a machine without ffmpeg, and the parts the command-line test does not reach. */
class EpisodeMediaTest {
    @TempDir
    Path dir;

    private OpenShow showWith(String... sentences) {
        OpenShow show = OpenShow.create(dir.resolve("s.showdesk"), "周报");
        ShowFiles.episodes(show).insert("第一期", "ep.txt", "txt", "UTF-8",
                java.util.Arrays.stream(sentences).map(s -> Cue.of(null, null, s)).toList());
        return show;
    }

    /** The episode as the window and the commands open it. */
    private static OpenEpisode open(OpenShow show) {
        return new Episodes(show).open(1, false);
    }

    @Test
    void withoutFfmpegAnM4aIsAttachedByTheJavaParserAndTimesAreSharedBySyllablesWithAReason() {
        SpokenFixture sealed = SpokenFixture.load("sealed");
        try (OpenShow show = showWith(sealed.texts().toArray(String[]::new))) {
            EpisodeMedia media = new EpisodeMedia(show, MediaTools.none());
            EpisodeMedia.Attached attached = media.attach(open(show), sealed.file("episode.m4a"));
            assertThat(attached.readWith()).contains("Java");
            double lastEnd = sealed.sentences().get(sealed.sentences().size() - 1).end();
            assertThat(attached.durationMs() / 1000.0).isCloseTo(lastEnd + 2.0, within(0.15));

            EpisodeMedia.Estimated estimated = media.estimate(open(show));
            assertThat(estimated.method()).isEqualTo(EpisodeMedia.Method.SYLLABLES);
            assertThat(estimated.cues()).isEqualTo(14);
            assertThat(estimated.notes()).anyMatch(n -> n.contains("Install ffmpeg") && n.contains("only WAV"));
            List<Cue> cues = ShowFiles.episodes(show).transcript(1).cues();
            assertThat(cues).allMatch(Cue::isTimed);
            assertThat(cues.get(0).startMs()).isZero();
            assertThat(cues.get(13).endMs()).isEqualTo(attached.durationMs());
        }
    }

    @Test
    void withoutFfmpegAWavIsStillDecodedAndItsPausesUsed() throws Exception {
        // four "sentences" of equal length: one second of tone each, with half a second between them
        Path wav = MediaFixtures.toneWav(dir.resolve("ep.wav"), 16000, 1.0, 0.5, 4);
        try (OpenShow show = showWith("一二三四五。", "六七八九十。", "一二三四五。", "六七八九十。")) {
            EpisodeMedia media = new EpisodeMedia(show, MediaTools.none());
            media.attach(open(show), wav);
            EpisodeMedia.Estimated estimated = media.estimate(open(show));
            assertThat(estimated.method()).isEqualTo(EpisodeMedia.Method.PAUSES);
            assertThat(estimated.pausesUsed()).isEqualTo(3);
            assertThat(ShowFiles.episodes(show).transcript(1).cues()).extracting(Cue::startMs)
                    .containsExactly(0L, 1500L, 3000L, 4500L);
        }
    }

    @Test
    void estimatingTimesIsOneStepThatUndoTakesBackAndRedoDoesAgain() throws Exception {
        Path wav = MediaFixtures.toneWav(dir.resolve("ep.wav"), 16000, 1.0, 0.5, 4);
        try (OpenShow show = showWith("一二三四五。", "六七八九十。", "一二三四五。", "六七八九十。")) {
            EpisodeMedia media = new EpisodeMedia(show, MediaTools.none());
            OpenEpisode open = open(show);
            media.attach(open, wav);
            EpisodeMedia.Estimated done = media.estimate(open);
            List<Cue> estimated = ShowFiles.episodes(show).transcript(1).cues();
            assertThat(estimated).allMatch(Cue::isTimed);

            Undoable redo = done.undo().undo(); // the step takes the estimate back and returns how to redo it

            assertThat(ShowFiles.episodes(show).transcript(1).cues()).noneMatch(Cue::isTimed);
            assertThat(open.state().transcript().cues()).noneMatch(Cue::isTimed);
            assertThat(open.state().episode().timesEstimated()).isFalse();
            assertThat(ShowFiles.episodes(show).list().get(0).timesEstimated()).isFalse();

            redo.undo();
            assertThat(ShowFiles.episodes(show).transcript(1).cues()).extracting(Cue::startMs)
                    .containsExactlyElementsOf(estimated.stream().map(Cue::startMs).toList());
            assertThat(open.state().episode().timesEstimated()).isTrue();
        }
    }

    @Test
    void mediaUnderTheShowsFolderIsStoredRelativeToItAndAttachingAgainReplacesIt() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("录音"));
        Path first = Files.copy(MediaFixtures.format("clip.mp4"), sub.resolve("第一期.mp4"));
        Path second = Files.copy(MediaFixtures.format("clip-cover.mp3"), dir.resolve("第一期.mp3"));
        try (OpenShow show = showWith("大家好。")) {
            EpisodeMedia media = new EpisodeMedia(show);
            EpisodeMedia.Attached video = media.attach(open(show), first);
            assertThat(video.video()).isTrue();
            assertThat(ShowFiles.episodes(show).get(1).media().path()).isEqualTo("录音/第一期.mp4");
            media.attach(open(show), second);
            assertThat(ShowFiles.episodes(show).get(1).media().path()).isEqualTo("第一期.mp3");
            assertThat(media.locate(open(show)).file()).isEqualTo(second.toAbsolutePath().normalize());
        }
    }

    @Test
    void aFileOfTheSameNameButAnotherLengthIsNotTakenForTheMovedOne() throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("a").resolve("b"));
        Path original = Files.copy(MediaFixtures.spoken("sealed", "episode.mp3"), elsewhere.resolve("ep.mp3"));
        try (OpenShow show = showWith("大家好。")) {
            EpisodeMedia media = new EpisodeMedia(show);
            media.attach(open(show), original);
            Files.delete(original);
            Files.copy(MediaFixtures.format("clip-cover.mp3"), dir.resolve("ep.mp3")); // two seconds, not the episode
            EpisodeMedia.Located where = media.locate(open(show));
            assertThat(where.status()).isEqualTo(EpisodeMedia.Located.Status.MISSING);
            assertThat(where.message()).contains(original.toString());
        }
    }

    @Test
    void anEntryStartMustLieInTheMediaAndEstimatingNeedsMedia() {
        try (OpenShow show = showWith("大家好。", "再见。")) {
            EpisodeMedia media = new EpisodeMedia(show);
            assertThatThrownBy(() -> media.estimate(open(show))).isInstanceOf(ShowdeskException.class)
                    .hasMessageContaining("Attach its audio or video first");
            media.attach(open(show), MediaFixtures.format("clip.mp4"));
            assertThatThrownBy(() -> media.setEntryStart(open(show), 99, 5_000)).hasMessageContaining("past the end");
            assertThatThrownBy(() -> media.setEntryStart(open(show), 99, 1_000)).hasMessageContaining("no entry 99");
            assertThatThrownBy(() -> media.setTimeOffset(open(show), 25L * 3_600_000)).hasMessageContaining("longer than a day");
        }
    }
}
