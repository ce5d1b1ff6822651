package org.showdesk.store;

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
            ProjectBackups.Backup b = backups.backUp(store);
            addEpisode(store, "第二期", 20); // after the backup: not in it, and the show is still writable
            assertThat(b.episodes()).isEqualTo(1);
            assertThat(ProjectBackups.verdict(b.file())).isEqualTo("ok");
            assertThat(new EpisodeRepository(store).list()).hasSize(2);
        }
        assertThat(backups.folder().getFileName().toString()).startsWith("周报.showdesk-");
        assertThat(backups.folder().toFile().list()).as("only finished, self-contained backups in the folder")
                .allMatch(n -> n.matches("\\d{8}-\\d{6}-\\d{3}\\.showdesk"));
    }

    @Test
    void onlyTheNewestBackupsAreKept() {
        Path show = dir.resolve("keep.showdesk");
        var backups = new ProjectBackups(root(), show, 3);
        List<String> taken = new ArrayList<>();
        try (ShowStore store = ShowStore.create(show, "k")) {
            for (int i = 0; i < 5; i++) {
                addEpisode(store, "期" + i, 2);
                taken.add(backups.backUp(store).id());
            }
        }
        List<ProjectBackups.Backup> listed = backups.list();
        assertThat(listed).extracting(ProjectBackups.Backup::id)
                .containsExactly(taken.get(4), taken.get(3), taken.get(2));
        assertThat(listed).extracting(ProjectBackups.Backup::episodes).containsExactly(5, 4, 3);
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
