package org.showdesk.ui.backups;

import org.showdesk.app.ShowFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.showdesk.app.OpenShow;
import org.showdesk.app.ShowBackups;
import org.showdesk.ui.DemoFixture;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The window's backup timer, driven without the window and with a short period. */
class PeriodicBackupsTest {
    private static final Duration QUICK = Duration.ofMillis(40);

    @TempDir
    Path dir;
    private final List<String> told = new CopyOnWriteArrayList<>();
    private final PeriodicBackups timer = new PeriodicBackups(QUICK, Runnable::run, told::add);
    private OpenShow show;

    @AfterEach
    void close() {
        timer.close();
        if (show != null) show.close();
    }

    private void changeSomething() {
        long episode = ShowFiles.episodes(show).list().get(0).id();
        ShowFiles.episodes(show).rename(episode, "第 1 期(改)");
    }

    @Test
    void anOpenShowIsBackedUpAgainOnlyAfterSomethingChanged() throws Exception {
        show = DemoFixture.open(dir); // opening takes the first backup
        timer.follow(show);
        Thread.sleep(QUICK.toMillis() * 4);
        assertThat(ShowBackups.list(show.file())).as("nothing changed: no new backup").hasSize(1);

        changeSomething();
        waitFor(() -> ShowBackups.list(show.file()).size() == 2);
        assertThat(told).isEmpty();
    }

    @Test
    void afterTheShowClosesTheTimerTakesNoMoreBackups() throws Exception {
        show = DemoFixture.open(dir);
        timer.follow(show);
        timer.follow(null);
        changeSomething();
        Thread.sleep(QUICK.toMillis() * 4);
        assertThat(ShowBackups.list(show.file())).hasSize(1);
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
        waitFor(() -> !told.isEmpty());
        assertThat(told.get(0)).startsWith("Automatic backup failed").contains(folder.toString());

        Files.delete(folder); // the host frees the place
        waitFor(() -> ShowBackups.list(show.file()).size() == 1);
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 100 && !condition.getAsBoolean(); i++) Thread.sleep(20);
        assertThat(condition.getAsBoolean()).as("happened within 2 s").isTrue();
    }
}
