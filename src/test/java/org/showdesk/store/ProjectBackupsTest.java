package org.showdesk.store;

import org.showdesk.model.Backup;
import org.showdesk.model.ProjectDamagedException;
import org.showdesk.model.ProjectInUseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.showdesk.model.Cue;
import org.showdesk.safety.Damage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProjectBackupsTest {
    @TempDir
    Path dir;

    private Path root() {
        return dir.resolve("backups");
    }

    private static long addEpisode(ShowStore store, String title, int cues) {
        List<Cue> list = new ArrayList<>();
        for (int i = 0; i < cues; i++) list.add(Cue.of(null, null, title + "第" + i + "句：DeepSeek发布了新的MoE模型。"));
        return new EpisodeRepository(store).insert(title, title + ".txt", "txt", "UTF-8", list);
    }

    private static int episodesIn(Path file) {
        try (ShowStore s = ShowStore.openReadOnly(file)) {
            return new EpisodeRepository(s).list().size();
        }
    }

    @Test
    void aBackupIsASnapshotTakenWhileTheShowStaysOpen() {
        Path show = dir.resolve("周报.showdesk");
        var backups = new ProjectBackups(root(), show);
        try (ShowStore store = ShowStore.create(show, "周报")) {
            addEpisode(store, "第一期", 20);
            Backup b = backups.backUp(store);
            addEpisode(store, "第二期", 20); // after the backup: not in it, and the show is still writable
            assertThat(b.episodes()).isEqualTo(1);
            assertThat(ProjectBackups.verdict(b.file())).isEqualTo("ok");
            assertThat(new EpisodeRepository(store).list()).hasSize(2);
        }
        assertThat(backups.folder().getFileName().toString()).startsWith("周报.showdesk-");
        assertThat(backups.folder().toFile().list()).as("only finished, self-contained backups in the folder")
                .allMatch(n -> n.matches("\\d{8}-\\d{6}-\\d{3}_[a-z-]+\\.showdesk"));
    }

    /** A clock the test moves by hand. */
    static final class DrivenClock extends java.time.Clock {
        private java.time.Instant now;

        DrivenClock(java.time.Instant start) {
            now = start;
        }

        void advance(java.time.Duration d) {
            now = now.plus(d);
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public java.time.Instant instant() {
            return now;
        }
    }

    @Test
    void backupsAreThinnedByAgeEveryOneOfTheLastHourOneAnHourForADayOneADayForAMonth() {
        Path show = dir.resolve("thin.showdesk");
        // 2026-11-01 00:10 UTC; a backup every 8 hours for 40 days, then a burst of 4 in the last half hour
        var clock = new DrivenClock(java.time.Instant.parse("2026-11-01T00:10:00Z"));
        var backups = new ProjectBackups(root(), show, BackupRetention.DEFAULT, clock);
        List<java.time.Instant> takenAt = new ArrayList<>();
        try (ShowStore store = ShowStore.create(show, "t")) {
            for (int i = 0; i < 40 * 3; i++) {
                takenAt.add(backups.backUp(store, "while editing").takenAt());
                clock.advance(java.time.Duration.ofHours(8));
            }
            clock.advance(java.time.Duration.ofMinutes(-7 * 60 - 30)); // 30 minutes after the last one
            for (int i = 0; i < 4; i++) {
                takenAt.add(backups.backUp(store, "before import").takenAt());
                clock.advance(java.time.Duration.ofMinutes(5));
            }
        }
        java.time.Instant now = clock.instant();
        List<java.time.Instant> kept = backups.list().stream().map(Backup::takenAt).toList();

        // Worked out by hand from the rule, not by the code under test:
        List<java.time.Instant> lastHour = takenAt.stream().filter(t -> t.isAfter(now.minus(java.time.Duration.ofHours(1))))
                .toList();
        assertThat(lastHour).hasSize(5); // the 8-hourly one 30 min before the burst, and the burst of 4
        assertThat(kept).containsAll(lastHour);
        // 8 hours apart, every backup of the last day is the only one of its hour: all are kept
        List<java.time.Instant> lastDay = takenAt.stream().filter(t -> t.isAfter(now.minus(java.time.Duration.ofDays(1))))
                .toList();
        assertThat(lastDay).hasSize(5 + 2);
        assertThat(kept.stream().filter(t -> t.isAfter(now.minus(java.time.Duration.ofDays(1))))).containsExactlyInAnyOrderElementsOf(lastDay);
        List<java.time.Instant> older = kept.stream().filter(t -> !t.isAfter(now.minus(java.time.Duration.ofDays(1))))
                .toList();
        assertThat(older).extracting(t -> t.atZone(java.time.ZoneOffset.UTC).toLocalDate())
                .as("one a day, the day's newest").doesNotHaveDuplicates()
                .allSatisfy(d -> assertThat(d).isAfter(now.atZone(java.time.ZoneOffset.UTC).toLocalDate().minusDays(32)));
        assertThat(older).allSatisfy(t -> assertThat(t.atZone(java.time.ZoneOffset.UTC).getHour())
                .as("the day's newest 8-hourly backup, taken at 16:10").isEqualTo(16));
        assertThat(older).hasSizeBetween(29, 31);
        assertThat(backups.list().get(0).why()).isEqualTo("before import");
        assertThat(backups.list()).extracting(Backup::why).contains("while editing");
    }

    @Test
    void theBackupsOfAShowNeverExceedTheirSizeLimitButTheNewestIsAlwaysKept() {
        Path show = dir.resolve("size.showdesk");
        var clock = new DrivenClock(java.time.Instant.parse("2026-11-01T00:00:00Z"));
        long limit;
        try (ShowStore store = ShowStore.create(show, "s")) {
            addEpisode(store, "期", 200);
            var probe = new ProjectBackups(dir.resolve("probe"), show).backUp(store);
            limit = probe.sizeBytes() * 3 + probe.sizeBytes() / 2; // room for three and a half
            var backups = new ProjectBackups(root(), show, BackupRetention.withMaxBytes(limit), clock);
            for (int i = 0; i < 6; i++) {
                backups.backUp(store, "while editing");
                clock.advance(java.time.Duration.ofMinutes(1));
            }
            assertThat(backups.list()).hasSize(3);
            assertThat(backups.list().stream().mapToLong(Backup::sizeBytes).sum()).isLessThanOrEqualTo(limit);
            var tiny = new ProjectBackups(dir.resolve("tiny"), show, BackupRetention.withMaxBytes(1), clock);
            tiny.backUp(store, "while editing");
            clock.advance(java.time.Duration.ofMinutes(1));
            String newest = tiny.backUp(store, "while editing").id();
            assertThat(tiny.list()).extracting(Backup::id).containsExactly(newest);
        }
    }

    @Test
    void showsWithTheSameNameInDifferentFoldersKeepSeparateBackups() throws Exception {
        Path a = Files.createDirectories(dir.resolve("a")).resolve("show.showdesk");
        Path b = Files.createDirectories(dir.resolve("b")).resolve("show.showdesk");
        assertThat(new ProjectBackups(root(), a).folder()).isNotEqualTo(new ProjectBackups(root(), b).folder());
    }

    @Test
    void restoringPutsTheBackupBackAndKeepsTheReplacedFileAsABackup() {
        Path show = dir.resolve("restore me.showdesk");
        var backups = new ProjectBackups(root(), show);
        String oneEpisode;
        try (ShowStore store = ShowStore.create(show, "r")) {
            addEpisode(store, "好的一期", 5);
            oneEpisode = backups.backUp(store).id();
            addEpisode(store, "误导入的一期", 5);
        }
        var before = backups.restore(oneEpisode);
        assertThat(episodesIn(show)).isEqualTo(1);
        assertThat(before).hasValueSatisfying(b -> assertThat(b.episodes()).isEqualTo(2));
        assertThat(show.resolveSibling(show.getFileName() + "-wal")).doesNotExist();
        assertThat(show.resolveSibling("." + show.getFileName() + ".restoring")).doesNotExist();
        // and the restore itself can be undone
        backups.restore(before.orElseThrow().id());
        assertThat(episodesIn(show)).isEqualTo(2);
        ShowStore.open(show).close();
    }

    @Test
    void restoringIsRefusedWhileTheShowIsOpenAndChangesNothing() throws Exception {
        Path show = dir.resolve("busy.showdesk");
        var backups = new ProjectBackups(root(), show);
        try (ShowStore store = ShowStore.create(show, "b")) {
            String id = backups.backUp(store).id();
            addEpisode(store, "新的一期", 3);
            assertThatThrownBy(() -> backups.restore(id)).isInstanceOf(ProjectInUseException.class)
                    .hasMessageContaining("already open").hasMessageContaining("close the show there first");
            assertThat(new EpisodeRepository(store).list()).hasSize(1);
        }
        assertThat(backups.list()).hasSize(1);
    }

    @Test
    void aDeletedShowCanBeBroughtBackFromItsBackups() throws Exception {
        Path show = dir.resolve("deleted.showdesk");
        var backups = new ProjectBackups(root(), show);
        String id;
        try (ShowStore store = ShowStore.create(show, "d")) {
            addEpisode(store, "还在备份里", 4);
            id = backups.backUp(store).id();
        }
        Files.delete(show);
        assertThat(backups.restore(id)).as("there was no current file to keep").isEmpty();
        assertThat(episodesIn(show)).isEqualTo(1);
    }

    @Test
    void whenBackupsCannotBeWrittenTheMessageSaysWhereAndTheShowIsUnchanged() throws Exception {
        Path blocked = Files.writeString(dir.resolve("not-a-folder"), "a file where the backup folder should be");
        Path show = dir.resolve("s.showdesk");
        try (ShowStore store = ShowStore.create(show, "s")) {
            addEpisode(store, "一期", 2);
            assertThatThrownBy(() -> new ProjectBackups(blocked, show).backUp(store))
                    .isInstanceOf(org.showdesk.model.ShowdeskException.class)
                    .hasMessageContaining("Could not write a backup").hasMessageContaining("not-a-folder")
                    .hasMessageContaining("The show itself is unchanged");
            addEpisode(store, "二期", 2);
            assertThat(new EpisodeRepository(store).list()).hasSize(2);
        }
    }

    @Test
    void anUnknownBackupIdIsExplained() {
        Path show = dir.resolve("x.showdesk");
        ShowStore.create(show, "x").close();
        assertThatThrownBy(() -> new ProjectBackups(root(), show).restore("20990101-000000-000"))
                .hasMessageContaining("no backup 20990101-000000-000").hasMessageContaining("showdesk backups");
    }

    @Test
    void aDamagedShowIsNeverWrittenToAndItsMessageNamesTheNewestGoodBackupAndTheCommand() throws Exception {
        Path show = dir.resolve("damaged.showdesk");
        var backups = new ProjectBackups(root(), show);
        String good;
        try (ShowStore store = ShowStore.create(show, "d")) {
            addEpisode(store, "长的一期", 3000);
            good = backups.backUp(store).id();
        }
        Damage.overwriteMiddlePages(show);
        byte[] damagedBytes = Files.readAllBytes(show);

        ProjectDamagedException e = catchDamage(show, backups);
        assertThat(e.getMessage()).contains("damaged").contains("newest good backup is " + good)
                .contains("showdesk restore \"" + show.toAbsolutePath() + "\" --backup " + good);
        assertThat(e.newestGoodBackupId()).hasValue(good);
        assertThat(Files.readAllBytes(show)).as("the damaged file was not written to").isEqualTo(damagedBytes);
        Path wal = show.resolveSibling(show.getFileName() + "-wal");
        assertThat(!Files.exists(wal) || Files.size(wal) == 0).as("no change was logged for the damaged file").isTrue();

        backups.restore(good);
        assertThat(episodesIn(show)).isEqualTo(1);
        assertThat(backups.folder().toFile().list()).as("the damaged bytes are kept, never thrown away")
                .anyMatch(n -> n.endsWith("-damaged.showdesk"));
    }

    private static ProjectDamagedException catchDamage(Path show, ProjectBackups backups) {
        try {
            ShowStore.open(show).close();
        } catch (ProjectDamagedException e) {
            return backups.explain(e);
        }
        throw new AssertionError("a damaged show was opened for writing");
    }
}
