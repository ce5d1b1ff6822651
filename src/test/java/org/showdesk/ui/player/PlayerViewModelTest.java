package org.showdesk.ui.player;

import javafx.scene.Node;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.showdesk.app.EpisodeMedia;
import org.showdesk.app.Episodes;
import org.showdesk.app.OpenEpisode;
import org.showdesk.app.OpenShow;
import org.showdesk.app.ShowFiles;
import org.showdesk.app.TaskExecutor;
import org.showdesk.media.MediaFixtures;
import org.showdesk.model.Entry;
import org.showdesk.model.ShowdeskException;
import org.showdesk.ui.DemoFixture;
import org.showdesk.ui.common.StatusModel;
import org.showdesk.ui.common.UndoHistory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The player's view model on the real use cases, with a stand-in for JavaFX Media so that what is opened, and
 * when, can be counted: nothing before the window says the transcript is shown, a missing file said once and
 * never retried on its own, starts set from where the media says the playhead is, undoably.
 */
class PlayerViewModelTest {
    @TempDir
    Path dir;
    private OpenShow show;
    private OpenEpisode episode;
    private final List<Path> opened = new ArrayList<>();
    private final List<FakePlayback> playbacks = new ArrayList<>();
    private final List<Throwable> errors = new ArrayList<>();
    private final StatusModel status = new StatusModel();
    private final UndoHistory history = UndoHistory.onCallingThread();
    private String cannotOpen;
    private PlayerViewModel player;
    private Path media;

    @BeforeEach
    void demoWithMedia() throws Exception {
        Path showFile = DemoFixture.create(dir);
        media = Files.copy(MediaFixtures.spoken("sealed", "episode.m4a"), dir.resolve("第1期.m4a"));
        show = OpenShow.open(showFile);
        episode = new Episodes(show).open(DemoFixture.episode(show).id(), false);
        player = model(false);
        player.show(episode);
    }

    private PlayerViewModel model(boolean readOnly) {
        return new PlayerViewModel(new EpisodeMedia(show), TaskExecutor.sameThread(), Runnable::run, file -> {
            opened.add(file);
            if (cannotOpen != null) throw new ShowdeskException(cannotOpen);
            FakePlayback p = new FakePlayback();
            playbacks.add(p);
            return p;
        }, status, errors::add, history, readOnly);
    }

    @AfterEach
    void close() {
        show.close();
    }

    @Test
    void nothingIsLookedForOrOpenedBeforeTheTranscriptIsShownAndNothingAtAllForAnEpisodeWithoutMedia() {
        player.start();
        assertThat(player.stageProperty().get()).isEqualTo(PlayerViewModel.Stage.NONE);
        assertThat(opened).isEmpty();

        PlayerViewModel notStarted = model(false);
        notStarted.show(episode);
        new EpisodeMedia(show).attach(episode, media);
        assertThat(opened).as("the started player follows the attached media; the other waits").hasSize(1);
        notStarted.start();
        assertThat(opened).hasSize(2);
    }

    @Test
    void attachingOpensTheMediaAndOtherChangesOfTheEpisodeLeaveThePlayerAlone() {
        player.start();
        player.attach(media);
        assertThat(opened).containsExactly(media.toAbsolutePath().normalize());
        playbacks.get(0).becomeReady(144_600, false);
        assertThat(player.stageProperty().get()).isEqualTo(PlayerViewModel.Stage.READY);
        assertThat(player.durationProperty().get()).isEqualTo(144_600);
        assertThat(status.messageProperty().get()).contains("Attached 第1期.m4a").contains("2:24");

        new EpisodeMedia(show).setTimeOffset(episode, 3_000);
        new EpisodeMedia(show).estimate(episode);
        assertThat(opened).as("an offset or new times are no reason to open the media again").hasSize(1);
        assertThat(playbacks.get(0).disposed).isFalse();
    }

    @Test
    void missingMediaIsSaidOnceWithoutTheCommandLineAndNotLookedForAgainUntilTheHostAttachesIt() throws Exception {
        new EpisodeMedia(show).attach(episode, media);
        Path elsewhere = Files.createDirectories(dir.resolve("moved-away").resolve("deeper"));
        Files.move(media, elsewhere.resolve("别的名字.m4a"));

        player.start();
        assertThat(player.stageProperty().get()).isEqualTo(PlayerViewModel.Stage.MISSING);
        assertThat(player.messageProperty().get()).contains("is not at").contains("第1期.m4a")
                .doesNotContain("showdesk media");
        assertThat(opened).isEmpty();
        new EpisodeMedia(show).setTimeOffset(episode, 2_000); // the episode changes; the missing file is not sought again
        assertThat(player.stageProperty().get()).isEqualTo(PlayerViewModel.Stage.MISSING);
        assertThat(errors).isEmpty();

        player.attach(elsewhere.resolve("别的名字.m4a"));
        assertThat(opened).hasSize(1);
        playbacks.get(0).becomeReady(144_600, false);
        assertThat(player.stageProperty().get()).isEqualTo(PlayerViewModel.Stage.READY);
        assertThat(player.messageProperty().get()).isEmpty();
    }

    @Test
    void mediaThatCannotPlayIsSaidOnceAndOpenedAgainOnlyWhenTheHostTriesAgain() {
        new EpisodeMedia(show).attach(episode, media);
        cannotOpen = "Showdesk cannot play 第1期.m4a: no sound output could be opened.";
        player.start();
        assertThat(player.stageProperty().get()).isEqualTo(PlayerViewModel.Stage.FAILED);
        assertThat(player.messageProperty().get()).isEqualTo(cannotOpen);
        new EpisodeMedia(show).setTimeOffset(episode, 1_000);
        assertThat(opened).hasSize(1);
        assertThat(player.playPause()).as("nothing to play: the key is left to others").isFalse();

        cannotOpen = null;
        player.retry();
        assertThat(opened).hasSize(2);
        playbacks.get(0).becomeReady(144_600, false);
        assertThat(player.stageProperty().get()).isEqualTo(PlayerViewModel.Stage.READY);
    }

    @Test
    void anErrorWhilePlayingStopsThePlayerWithItsMessageOnce() {
        new EpisodeMedia(show).attach(episode, media);
        player.start();
        FakePlayback p = playbacks.get(0);
        p.becomeReady(144_600, false);
        p.listener.failed("the sound output went away");
        p.listener.failed("the sound output went away");
        assertThat(player.stageProperty().get()).isEqualTo(PlayerViewModel.Stage.FAILED);
        assertThat(p.disposed).isTrue();
        assertThat(opened).hasSize(1);
    }

    @Test
    void anEntrysStartIsSetToWhereTheMediaSaysThePlayheadIsAndUndoPutsTheEstimateBack() {
        new EpisodeMedia(show).attach(episode, media);
        new EpisodeMedia(show).estimate(episode);
        player.start();
        FakePlayback p = playbacks.get(0);
        p.becomeReady(144_600, false);
        Entry second = episode.state().entries().get(1);
        assertThat(second.startEstimated()).isTrue();

        player.seek(40_000);
        p.landAt(37_480); // an MP3 seek that landed early: the media's word counts
        player.setStartOf(second);

        Entry saved = ShowFiles.entries(show).list(episode.id()).get(1);
        assertThat(saved.startMs()).isEqualTo(37_480);
        assertThat(saved.startEstimated()).isFalse();
        assertThat(status.messageProperty().get()).contains("starts at 0:37.4"); // tenths, as the command line writes times

        history.undo();
        Entry undone = ShowFiles.entries(show).list(episode.id()).get(1);
        assertThat(undone.startMs()).isEqualTo(second.startMs());
        assertThat(undone.startEstimated()).isTrue();
    }

    @Test
    void confirmingStartsTakesEveryEstimateAsTheHostsOwnAndUndoMarksThemAgain() {
        new EpisodeMedia(show).attach(episode, media);
        new EpisodeMedia(show).estimate(episode);
        player.start();
        long estimated = ShowFiles.entries(show).list(episode.id()).stream().filter(Entry::startEstimated).count();
        assertThat(estimated).isPositive();

        player.confirmStarts();
        assertThat(ShowFiles.entries(show).list(episode.id())).noneMatch(Entry::startEstimated);
        assertThat(status.messageProperty().get()).contains("Confirmed " + estimated);
        history.undo();
        assertThat(ShowFiles.entries(show).list(episode.id()).stream().filter(Entry::startEstimated).count())
                .isEqualTo(estimated);
    }

    @Test
    void aReadOnlyShowPlaysButChangesNothing() {
        new EpisodeMedia(show).attach(episode, media);
        PlayerViewModel readOnly = model(true);
        readOnly.show(episode);
        readOnly.start();
        playbacks.get(0).becomeReady(144_600, false);
        Long before = episode.state().entries().get(1).startMs();

        assertThat(readOnly.playPause()).isTrue();
        readOnly.setStartOf(episode.state().entries().get(1));
        assertThat(ShowFiles.entries(show).list(episode.id()).get(1).startMs()).isEqualTo(before);
        assertThat(status.messageProperty().get()).contains("read-only");
    }

    @Test
    void skippingStaysWithinTheMediaAndSpeedStepsAlongTheOfferedRates() {
        new EpisodeMedia(show).attach(episode, media);
        player.start();
        FakePlayback p = playbacks.get(0);
        p.becomeReady(10_000, false);
        player.skip(-5_000);
        assertThat(p.seeks).containsExactly(0L);
        p.landAt(8_000);
        player.skip(5_000);
        assertThat(p.seeks).containsExactly(0L, 10_000L);

        player.changeRate(1);
        player.changeRate(1);
        assertThat(p.rate).isEqualTo(1.5);
        for (int i = 0; i < 10; i++) player.changeRate(-1);
        assertThat(p.rate).isEqualTo(0.75);
    }

    /** Stands in for JavaFX Media: the test says when it is ready and where a seek lands. */
    static final class FakePlayback implements Playback {
        Listener listener;
        boolean disposed;
        boolean playing;
        long position;
        double rate = 1;
        final List<Long> seeks = new ArrayList<>();

        @Override
        public void listen(Listener l) {
            listener = l;
        }

        void becomeReady(long ms, boolean video) {
            listener.ready(ms, video);
        }

        void landAt(long ms) {
            position = ms;
            listener.position(ms);
        }

        @Override
        public void play() {
            playing = true;
            listener.playing(true);
        }

        @Override
        public void pause() {
            playing = false;
            listener.playing(false);
        }

        @Override
        public void seek(long ms) {
            seeks.add(ms);
            position = ms;
        }

        @Override
        public void setRate(double r) {
            rate = r;
        }

        @Override
        public long position() {
            return position;
        }

        @Override
        public Node videoView() {
            return null;
        }

        @Override
        public void dispose() {
            disposed = true;
        }
    }
}
