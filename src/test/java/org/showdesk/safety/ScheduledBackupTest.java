package org.showdesk.safety;

import org.showdesk.app.ShowFiles;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.showdesk.app.OpenShow;
import org.showdesk.app.ShowBackups;
import org.showdesk.model.Cue;
import org.showdesk.model.ShowdeskException;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import static org.assertj.core.api.Assertions.assertThat;

class ScheduledBackupTest {
    @TempDir
    Path dir;

    @Test
    void whileAShowIsOpenTheTimerBacksUpNewWorkAndNothingWhenIdle() throws Exception {
        Path show = dir.resolve("定时.showdesk");
        OpenShow.create(show, "定时").close();
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        List<ShowdeskException> problems = new CopyOnWriteArrayList<>();
        try (OpenShow open = OpenShow.open(show)) {
            assertThat(open.backups()).as("backed up on open").hasSize(1);
            var task = ShowBackups.schedule(timer, open, Duration.ofMillis(50), problems::add);
            ShowFiles.episodes(open).insert("新的一期", "n.txt", "txt", "UTF-8", List.of(Cue.of(null, null, "刚写的内容。")));
            long deadline = System.currentTimeMillis() + 20_000;
            while (open.backups().size() < 2 && System.currentTimeMillis() < deadline) Thread.sleep(20);
            Thread.sleep(300); // several more rounds with nothing new to save
            task.cancel(false);
            assertThat(open.backups()).hasSize(2);
            assertThat(open.backups().get(0).episodes()).isEqualTo(1);
        } finally {
            timer.shutdownNow();
        }
        assertThat(problems).isEmpty();
    }
}
