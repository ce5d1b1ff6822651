package org.showdesk.ui.backups;

import org.showdesk.app.ShowFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.showdesk.app.OpenShow;
import org.showdesk.app.ShowBackups;
import org.showdesk.testing.ManualScheduler;
import org.showdesk.ui.DemoFixture;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The window's backup timer, driven without the window: the test fires it by moving a hand-driven clock. */
class PeriodicBackupsTest {
    @TempDir
    Path dir;
    private final List<String> told = new CopyOnWriteArrayList<>();
    private final ManualScheduler scheduler = new ManualScheduler(Instant.now());
    private final PeriodicBackups timer = new PeriodicBackups(ShowBackups.PERIOD, Runnable::run, told::add, scheduler,
            scheduler.clock());
    private OpenShow show;

    @AfterEach
    void close() {
        timer.close();
        if (show != null) show.close();
    }

    private void changeSomething() {
        long episode = ShowFiles.episodes(show).list().get(0).id();
        ShowFiles.episodes(show).rename(episode, "第 1 期(改)" + System.nanoTime());
    }

    private int backups() {
        return ShowBackups.list(show.file()).size();
    }

    @Test
    void anOpenShowIsBackedUpOnceABurstOfChangesIsOverAndNotWhileNothingChanges() throws Exception {
        show = DemoFixture.open(dir); // opening takes the first backup
        timer.follow(show);
        scheduler.advance(ShowBackups.PERIOD.multipliedBy(2));
        assertThat(scheduler.runs()).as("the timer fired").isEqualTo(2);
        assertThat(backups()).as("nothing changed: no new backup").isEqualTo(1);

        changeSomething();
        scheduler.advance(ShowBackups.PERIOD);
        assertThat(backups()).as("still changing when the timer came").isEqualTo(1);
        scheduler.advance(ShowBackups.PERIOD);
        assertThat(backups()).as("a quiet period ends the burst").isEqualTo(2);
        assertThat(ShowBackups.list(show.file()).get(0).why()).isEqualTo("while editing");
        assertThat(told).isEmpty();
    }

    @Test
    void changesThatGoOnAndOnAreBackedUpAtLeastEveryLongestBurst() throws Exception {
        show = DemoFixture.open(dir);
        timer.follow(show);
        long periods = ShowBackups.LONGEST_BURST.dividedBy(ShowBackups.PERIOD);
        for (int i = 0; i < periods - 1; i++) {
            changeSomething();
            scheduler.advance(ShowBackups.PERIOD);
        }
        assertThat(backups()).as("changes go on: no backup yet").isEqualTo(1);
        for (int i = 0; i < 2; i++) {
            changeSomething();
            scheduler.advance(ShowBackups.PERIOD);
        }
        assertThat(backups()).as("a change before every tick, for over %s", ShowBackups.LONGEST_BURST).isEqualTo(2);
    }

    @Test
    void afterTheShowClosesTheTimerTakesNoMoreBackups() throws Exception {
        show = DemoFixture.open(dir);
        timer.follow(show);
        timer.follow(null);
        changeSomething();
        scheduler.advance(ShowBackups.PERIOD.multipliedBy(10));
        assertThat(scheduler.runs()).isZero();
        assertThat(backups()).isEqualTo(1);
        assertThat(timer.isFollowing(show)).isFalse();
    }

    @Test
    void aReadOnlyShowIsNotBackedUpByTheTimer() throws Exception {
        Path file = DemoFixture.create(dir);
        show = OpenShow.openReadOnly(file);
        timer.follow(show);
        assertThat(timer.isFollowing(show)).isFalse();
    }

    @Test
    void aBackupThatCannotBeWrittenIsToldAndTheNextRoundTriesAgain() throws Exception {
        show = DemoFixture.open(dir);
        Path folder = ShowBackups.of(show.file()).folder();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) Files.delete(f);
        }
        Files.delete(folder);
        Files.writeString(folder, "a file where the backup folder should be");
        timer.follow(show);
        changeSomething();
        scheduler.advance(ShowBackups.PERIOD.multipliedBy(2));
        assertThat(told).hasSize(1);
        assertThat(told.get(0)).startsWith("Automatic backup failed").contains(folder.toString());

        Files.delete(folder); // the host frees the place
        scheduler.advance(ShowBackups.PERIOD);
        assertThat(backups()).isEqualTo(1);
    }
}
