package org.showdesk.safety;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.showdesk.app.OpenShow;
import org.showdesk.app.Episodes;
import org.showdesk.app.Rundown;
import org.showdesk.app.ShowFiles;
import org.showdesk.model.Cue;
import org.showdesk.store.EntryRepository;
import org.showdesk.store.EpisodeRepository;
import org.showdesk.store.ProjectBackups;
import org.showdesk.store.ShowStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kill -9 harness for what the window saves (entry fields, transcript edits) and for restore: after each
 * kill the show passes SQLite's full integrity check, opens for writing again, and holds every acknowledged
 * save (at most the one in flight beyond it); a killed restore leaves the show as one backup or the other.
 */
class WindowAndRestoreCrashTest {
    @TempDir
    Path dir;
    private final Random random = new Random(20261129L);

    private Path showWithEntries() {
        Path show = dir.resolve("窗口 周报.showdesk");
        try (OpenShow s = OpenShow.create(show, "窗口")) {
            List<Cue> cues = new ArrayList<>();
            cues.add(Cue.of(null, null, "[0]大家好，欢迎收看本周的AI周报。\n"));
            for (int i = 0; i < 30; i++) cues.add(Cue.of(null, null, "第" + i + "条，北京邮电大学发布了LoRAMoE模型。\n"));
            long ep = ShowFiles.episodes(s).insert("第一期", "e.txt", "txt", "UTF-8", cues);
            new Rundown(s).suggest(new Episodes(s).open(ep, false), true);
        }
        return show;
    }

    private List<String> acks(Path file) throws Exception {
        return Files.exists(file) ? Files.readAllLines(file) : List.of();
    }

    private static long last(List<String> acks, String kind, long before) {
        long n = before;
        for (String a : acks) if (a.startsWith(kind + " ")) n = Long.parseLong(a.substring(kind.length() + 1));
        return n;
    }

    @Test
    void windowSavesKilledAtRandomMomentsLoseNothingAcknowledged() throws Exception {
        Path show = showWithEntries();
        long next = 1;
        long entryAck = -1;
        long textAck = 0;
        int acknowledged = 0;
        for (int trial = 0; trial < 8; trial++) {
            Path ackFile = dir.resolve("acks-" + trial + ".txt");
            try (ChildJvm child = ChildJvm.start(dir.resolve("child"), WindowSaveWriter.class, show.toString(),
                    Long.toString(next), ackFile.toString())) {
                child.awaitLine("ready", 60_000);
                if (random.nextInt(4) != 0) child.awaitLine("committing", 60_000);
                Thread.sleep(random.nextInt(300)); // the moment of the kill, not a wait for a result
                child.killHard();
            }
            List<String> acks = acks(ackFile);
            acknowledged += acks.size();
            entryAck = last(acks, "entry", entryAck);
            textAck = last(acks, "text", textAck);
            try (ShowStore store = ShowStore.open(show)) { // opens for writing: the lock died with the writer
                assertThat(store.integrityCheck()).isEqualTo("ok");
                var episodes = new EpisodeRepository(store);
                long ep = episodes.list().get(0).id();
                String title = new EntryRepository(store).list(ep).get(0).title();
                String text = episodes.transcript(ep).text();
                long storedTitle = title.startsWith("标题-") ? Long.parseLong(title.substring(3)) : -1;
                long storedText = Long.parseLong(text.substring(1, text.indexOf(']')));
                assertThat(storedTitle).as("trial %d: entry title", trial).isBetween(entryAck, entryAck + 1);
                assertThat(storedText).as("trial %d: transcript marker", trial).isBetween(textAck, textAck + 1);
                assertThat(text).endsWith("LoRAMoE模型。\n");
                entryAck = storedTitle;
                textAck = storedText;
                next = Math.max(storedTitle, storedText) + 1;
            }
        }
        assertThat(acknowledged).as("the writers saved something before being killed").isPositive();
    }

    @Test
    void aRestoreKilledAtRandomMomentsLeavesTheShowAsOneBackupOrTheOther() throws Exception {
        Path show = dir.resolve("恢复.showdesk");
        Path root = dir.resolve("backups");
        var backups = new ProjectBackups(root, show);
        String one;
        String two;
        try (ShowStore store = ShowStore.create(show, "恢复")) {
            var episodes = new EpisodeRepository(store);
            List<Cue> cues = new ArrayList<>();
            for (int i = 0; i < 2000; i++) cues.add(Cue.of(null, null, "第" + i + "句，模型发布了。\n"));
            episodes.insert("一", "1.txt", "txt", "UTF-8", cues);
            one = backups.backUp(store, "test").id();
            episodes.insert("二", "2.txt", "txt", "UTF-8", cues);
            two = backups.backUp(store, "test").id();
        }
        int restored = 0;
        for (int trial = 0; trial < 8; trial++) {
            Path ackFile = dir.resolve("restore-acks-" + trial + ".txt");
            try (ChildJvm child = ChildJvm.start(dir.resolve("child"), RestoreLoop.class, show.toString(),
                    root.toString(), one, two, ackFile.toString())) {
                child.awaitLine("ready", 60_000);
                if (random.nextInt(4) != 0) child.awaitLine("committing", 60_000);
                Thread.sleep(random.nextInt(400));
                child.killHard();
            }
            restored += acks(ackFile).size();
            try (ShowStore store = ShowStore.open(show)) {
                assertThat(store.integrityCheck()).isEqualTo("ok");
                List<String> titles = new EpisodeRepository(store).list().stream().map(e -> e.title()).toList();
                assertThat(titles).as("one backup or the other, whole").isIn(List.of("一"), List.of("一", "二"));
            }
            assertThat(ProjectBackupsVerdict.of(backups, one)).isEqualTo("ok");
            assertThat(ProjectBackupsVerdict.of(backups, two)).isEqualTo("ok");
        }
        assertThat(restored).as("restores completed between kills").isPositive();
    }
}
