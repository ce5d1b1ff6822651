package org.showdesk.safety;

import org.showdesk.app.ShowFiles;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.showdesk.app.OpenShow;
import org.showdesk.app.ShowBackups;
import org.showdesk.model.Cue;
import org.showdesk.model.ShowdeskException;
import org.showdesk.testing.ManualScheduler;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

class ScheduledBackupTest {
    @TempDir
    Path dir;

    @Test
    void whileAShowIsOpenTheTimerBacksUpNewWorkAndNothingWhenIdle() {
        Path show = dir.resolve("定时.showdesk");
        OpenShow.create(show, "定时").close();
        ManualScheduler timer = new ManualScheduler(Instant.now());
        List<ShowdeskException> problems = new CopyOnWriteArrayList<>();
        try (OpenShow open = OpenShow.open(show)) {
            assertThat(open.backups()).as("backed up on open: it changed since its newest backup (none)").hasSize(1);
            var task = ShowBackups.schedule(timer, timer.clock(), open, ShowBackups.PERIOD, problems::add);
            ShowFiles.episodes(open).insert("新的一期", "n.txt", "txt", "UTF-8", List.of(Cue.of(null, null, "刚写的内容。")));
            timer.advance(ShowBackups.PERIOD.multipliedBy(2));
            assertThat(open.backups()).hasSize(2);
            timer.advance(ShowBackups.PERIOD.multipliedBy(20)); // twenty more rounds with nothing new to save
            task.cancel(false);
            assertThat(timer.runs()).isEqualTo(22);
            assertThat(open.backups()).hasSize(2);
            assertThat(open.backups().get(0).episodes()).isEqualTo(1);
        }
        assertThat(problems).isEmpty();
        try (OpenShow again = OpenShow.open(show)) {
            assertThat(again.backups()).as("unchanged since its newest backup: opening adds none").hasSize(2);
        }
    }
}
