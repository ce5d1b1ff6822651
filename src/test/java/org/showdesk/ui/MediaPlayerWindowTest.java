package org.showdesk.ui;

import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.showdesk.app.EpisodeMedia;
import org.showdesk.app.Episodes;
import org.showdesk.app.OpenEpisode;
import org.showdesk.app.OpenShow;
import org.showdesk.app.ShowFiles;
import org.showdesk.app.TaskExecutor;
import org.showdesk.media.MediaFixtures;
import org.showdesk.media.SpokenFixture;
import org.showdesk.model.Cue;
import org.showdesk.model.Entry;
import org.showdesk.ui.common.StatusModel;
import org.showdesk.ui.common.Theme;
import org.showdesk.ui.player.PlayerViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The media player in the real window, with real media (the 2:24 spoken MP3 fixture, attached to the demo episode
 * and its times estimated from it, as a host would from the command line or the Episode menu). Loading, seeking and
 * setting starts always run; playing needs a sound output that runs in real time, which {@link TestSoundOutput}
 * starts when PulseAudio is installed; otherwise the playing test is reported as skipped, with the reason.
 *
 * <p>MP3 seeks can land early, so every position is read back from the player after a seek, and what the window
 * does with it (the time shown, the sentence marked, the start set) is checked against that read-back position.
 */
@ExtendWith(ApplicationExtension.class)
class MediaPlayerWindowTest {
    private static TestSoundOutput sound;

    @TempDir
    Path dir;
    private MainWindow window;
    private Path mp3;

    @BeforeAll
    static void soundOutput() throws Exception {
        sound = TestSoundOutput.start();
    }

    @AfterAll
    static void stopSound() throws Exception {
        if (sound != null) sound.close();
    }

    @Start
    void start(Stage stage) throws Exception {
        Theme.applyBase();
        Path show = DemoFixture.create(dir);
        mp3 = Files.copy(MediaFixtures.spoken("sealed", "episode.mp3"), dir.resolve("第1期.mp3"));
        try (OpenShow s = OpenShow.open(show)) {
            OpenEpisode episode = new Episodes(s).open(DemoFixture.episode(s).id(), false);
            new EpisodeMedia(s).attach(episode, mp3);
            new EpisodeMedia(s).estimate(episode);
        }
        TaskExecutor runner = TaskExecutor.sameThread();
        window = new MainWindow(stage, new Workspace(runner, new RecentShows(dir.resolve("recent-shows.json"))), runner,
                new StatusModel(), link -> { });
        stage.show();
        window.open(show);
    }

    @AfterEach
    void closeShow() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.workspace().closeNow()).get(5, TimeUnit.SECONDS);
    }

    private PlayerViewModel player() throws Exception {
        return onFx(() -> window.player().model());
    }

    private void waitUntil(String what, Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(condition));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("waited 30 s for: " + what + "; the player says "
                    + onFx(() -> window.player().model().stageProperty().get() + " "
                    + window.player().model().messageProperty().get()));
        }
    }

    private void playerReady() throws Exception {
        waitUntil("the player to be ready", () -> window.player() != null
                && window.player().model().stageProperty().get() == PlayerViewModel.Stage.READY);
    }

    /**
     * Waits until the position the player reports has stayed put for half a second (a seek has landed and been
     * read back), and returns it.
     */
    private long settledPosition() throws Exception {
        long[] last = {-1, 0};
        waitUntil("the playhead to settle after a seek", () -> {
            long now = readBack();
            if (now != last[0]) {
                last[0] = now;
                last[1] = System.nanoTime();
                return false;
            }
            return System.nanoTime() - last[1] > 500_000_000L;
        });
        return last[0];
    }

    /** Asks the player itself where it is now (what "set start" takes), on the FX thread. */
    private long readBack() {
        return window.player().model().positionProperty().get();
    }

    private List<Cue> cues() throws Exception {
        return onFx(() -> window.transcriptModel().snapshot().transcript().cues());
    }

    /** The index of the cue heard at {@code ms}: the last one started by then (worked out here, from the cues' times). */
    private static int heardAt(List<Cue> cues, long ms) {
        int heard = -1;
        for (int i = 0; i < cues.size(); i++) if (cues.get(i).startMs() <= ms) heard = i;
        return heard;
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    /** Where a sentence's first character is on screen, scrolled into view. */
    private Bounds sentenceOnScreen(FxRobot robot, Cue cue) throws Exception {
        var area = window.transcriptView().area();
        String start = cue.displayText().substring(0, Math.min(8, cue.displayText().length()));
        int at = onFx(() -> area.getText().indexOf(start));
        assertThat(at).as("position of " + start).isNotNegative();
        onFx(() -> {
            area.showParagraphAtTop(area.offsetToPosition(at, org.fxmisc.richtext.model.TwoDimensional.Bias.Forward)
                    .getMajor());
            return null;
        });
        Bounds b = null;
        for (int tries = 0; tries < 20; tries++) { // until scrolling and the other panes' loading settle
            WaitForAsyncUtils.waitForFxEvents();
            Bounds now = onFx(() -> area.getCharacterBoundsOnScreen(at, at + 1).orElseThrow());
            if (now.equals(b)) break;
            b = now;
            robot.sleep(100);
        }
        return b;
    }

    @Test
    void theMediaLoadsBesideTheTranscriptAndCtrlClickOnASentencePlaysFromItsStartWithoutMovingTheCaret(FxRobot robot)
            throws Exception {
        playerReady();
        SpokenFixture fixture = SpokenFixture.load("sealed");
        double spoken = fixture.sentences().get(fixture.sentences().size() - 1).end() + 2.0; // as made by make-fixture.sh
        assertThat(player().durationProperty().get() / 1000.0).isCloseTo(spoken, within(0.3));
        assertThat(robot.lookup("#player-bar").query().isVisible()).isTrue();
        assertThat(player().videoProperty().get()).as("an MP3 shows the compact bar only").isFalse();

        List<Cue> cues = cues();
        int target = 0;
        while (cues.get(target).startMs() < 40_000) target++;
        Cue sentence = cues.get(target);
        int caret = onFx(() -> window.transcriptView().area().getCaretPosition());
        Bounds b = sentenceOnScreen(robot, sentence);
        robot.press(KeyCode.CONTROL).clickOn(b.getCenterX(), b.getCenterY()).release(KeyCode.CONTROL);
        long landed = settledPosition();

        assertThat(landed).as("an MP3 seek may land a little early, never late")
                .isBetween(sentence.startMs() - 3_000, sentence.startMs() + 300);
        assertThat(onFx(() -> window.transcriptView().area().getCaretPosition())).as("the caret stays where you type")
                .isEqualTo(caret);
        assertThat(robot.lookup(".context-menu").tryQuery()).as("no finding's menu opened").isEmpty();
        assertThat(robot.lookup("#player-time").queryAs(Label.class).getText())
                .startsWith(String.format("%d:%02d /", landed / 60_000, landed / 1000 % 60));
        Cue heard = cues.get(heardAt(cues, landed));
        var marked = onFx(() -> window.transcriptView().markedPlaying());
        int heardStart = onFx(() -> window.transcriptModel().snapshot().transcript().startOf(heardAt(cues, landed)));
        assertThat(marked.getStart()).as("the sentence under the playhead is marked").isEqualTo(heardStart);
        assertThat(marked.getLength()).isEqualTo(heard.displayText().length());

        robot.press(KeyCode.F10).release(KeyCode.F10); // forward 5 s
        long forward = settledPosition();
        assertThat(forward).isBetween(landed + 2_000, landed + 5_300);
        robot.press(KeyCode.F7).release(KeyCode.F7); // back 5 s
        assertThat(settledPosition()).isBetween(forward - 8_000, forward - 2_000);

        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        assertThat(robot.lookup("#find-field").query().isFocused()).isTrue();
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        assertThat(robot.lookup(".find-bar").query().isVisible()).as("Esc closed the find bar").isFalse();
        assertThat(player().playingProperty().get()).as("and did nothing else").isFalse();
    }

    @Test
    void playingAndPausingWithF9AndEscWorkWhileTypingInTheTranscript(FxRobot robot) throws Exception {
        playerReady();
        Assumptions.assumeTrue(sound.whyNoPlayback() == null, () -> "playing skipped (loading and seeking were "
                + "tested): " + sound.whyNoPlayback());
        List<Cue> cues = cues();
        Bounds b = sentenceOnScreen(robot, cues.get(3));
        robot.press(KeyCode.CONTROL).clickOn(b.getCenterX(), b.getCenterY()).release(KeyCode.CONTROL);
        int typeAt = onFx(() -> window.transcriptView().area().getText().indexOf(cues.get(3).displayText()));
        onFx(() -> { // the caret in the transcript, as while typing
            window.transcriptView().area().requestFocus();
            window.transcriptView().area().moveTo(typeAt);
            return null;
        });
        long before = settledPosition();
        assertThat(before).isBetween(cues.get(3).startMs() - 3_000, cues.get(3).startMs() + 300);

        robot.press(KeyCode.F9).release(KeyCode.F9);
        waitUntil("playing", () -> window.player().model().playingProperty().get());
        robot.write("嗯");
        waitUntil("the playhead to move a second on", () -> readBack() > before + 1_000);
        assertThat(onFx(() -> window.transcriptView().text())).contains("嗯");
        assertThat(player().playingProperty().get()).as("typing did not stop it").isTrue();
        assertThat(player().rateProperty().get()).isEqualTo(1.0);

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil("paused", () -> !window.player().model().playingProperty().get());
        long paused = settledPosition();
        robot.sleep(600); // paused, it stays where it is
        assertThat(onFx(this::readBack)).isEqualTo(paused);
        int heard = heardAt(cues(), paused);
        int heardStart = onFx(() -> window.transcriptModel().snapshot().transcript().startOf(heard));
        assertThat(onFx(() -> window.transcriptView().markedPlaying().getStart())).isEqualTo(heardStart);
    }

    @Test
    void theSelectedEntrysStartIsSetToThePlayheadWithF6AndCtrlZPutsTheEstimateBack(FxRobot robot) throws Exception {
        playerReady();
        robot.clickOn(robot.lookup(".entry-cell").nth(3).queryAs(javafx.scene.Node.class));
        long episode = onFx(() -> window.transcriptModel().episodeId());
        Entry before = ShowFiles.entries(window.workspace().show()).list(episode).get(3);
        assertThat(before.startEstimated()).isTrue();
        assertThat(robot.lookup("#start-estimated").query().isVisible()).as("the editor says it is an estimate").isTrue();

        onFx(() -> player().seek(before.startMs() + 7_000));
        long at = settledPosition();
        robot.press(KeyCode.F6).release(KeyCode.F6);
        WaitForAsyncUtils.waitForFxEvents();

        Entry set = ShowFiles.entries(window.workspace().show()).list(episode).get(3);
        assertThat(set.startMs()).as("the start is where the player says it is").isEqualTo(at);
        assertThat(set.startEstimated()).isFalse();
        assertThat(robot.lookup("#start-estimated").query().isVisible()).isFalse();
        assertThat(robot.lookup("#entry-start").queryTextInputControl().getText())
                .isEqualTo(String.format("%d:%02d", at / 60_000, at / 1000 % 60));

        robot.clickOn("Edit").clickOn("Undo");
        WaitForAsyncUtils.waitForFxEvents();
        Entry undone = ShowFiles.entries(window.workspace().show()).list(episode).get(3);
        assertThat(undone.startMs()).isEqualTo(before.startMs());
        assertThat(undone.startEstimated()).isTrue();
    }

    @Test
    void mediaThatMovedAwayIsSaidOnceWithAnAttachButtonAndAVideoAttachedInsteadShowsItsPicture(FxRobot robot)
            throws Exception {
        playerReady();
        Path other = dir.resolve("other");
        Files.createDirectories(other);
        Path show = DemoFixture.create(other);
        Path lost = Files.copy(mp3, other.resolve("第1期.mp3"));
        try (OpenShow s = OpenShow.open(show)) {
            new EpisodeMedia(s).attach(new Episodes(s).open(DemoFixture.episode(s).id(), false), lost);
        }
        Files.move(lost, Files.createDirectories(dir.resolve("archive").resolve("2024")).resolve("ep1.mp3"));
        onFx(() -> {
            window.open(show);
            return null;
        });
        waitUntil("the player to say the media is missing", () -> window.player() != null
                && window.player().model().stageProperty().get() == PlayerViewModel.Stage.MISSING);
        assertThat(robot.lookup("#player-message").queryAs(Label.class).getText()).contains("第1期.mp3")
                .contains("is not at").doesNotContain("showdesk media");
        assertThat(robot.lookup("#player-problem").query().isVisible()).isTrue();

        onFx(() -> {
            player().attach(MediaFixtures.format("clip.mp4")); // what the Attach button's file chooser hands over
            return null;
        });
        playerReady();
        assertThat(player().videoProperty().get()).isTrue();
        // The picture's split gets its skin (and so its children) at the next pulse.
        waitUntil("the video's picture to be in the window",
                () -> robot.lookup("#player-picture").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
        assertThat(robot.lookup("#player-problem").query().isVisible()).isFalse();
        assertThat(player().durationProperty().get()).isBetween(1_900L, 2_100L);
    }
}
