package org.showdesk.ui.backups;

import org.showdesk.model.Backup;
import org.junit.jupiter.api.Test;
import org.showdesk.store.ProjectBackups;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BackupRowTest {
    private static Backup backup(String at, long size, int episodes) {
        return new Backup(at, Instant.parse(at), size, episodes, Path.of(at + ".showdesk"));
    }

    @Test
    void backupsAreListedNewestFirstInTheHostsLocalTime() {
        var older = backup("2026-11-28T06:41:12Z", 2_400_000, 3);
        var newer = backup("2026-11-28T06:51:12Z", 2_500_000, 4);

        List<BackupRow> rows = BackupRow.of(List.of(older, newer), ZoneId.of("Asia/Shanghai"));

        assertThat(rows).extracting(BackupRow::backup).containsExactly(newer, older);
        assertThat(rows.get(0).when()).isEqualTo("Sat 28 Nov 2026, 14:51:12");
        assertThat(rows.get(0).shortWhen()).isEqualTo("28 Nov, 14:51");
    }

    @Test
    void sizeAndEpisodesReadAsAHostWouldSayThem() {
        BackupRow row = BackupRow.of(backup("2026-11-28T06:41:12Z", 2_400_000, 1), ZoneId.of("UTC"));
        assertThat(row.size()).isEqualTo("2.3 MB");
        assertThat(row.episodes()).isEqualTo("1 episode");
        assertThat(BackupRow.of(backup("2026-11-28T06:41:12Z", 90_000, 12), ZoneId.of("UTC")))
                .satisfies(r -> assertThat(r.size()).isEqualTo("88 KB"))
                .satisfies(r -> assertThat(r.episodes()).isEqualTo("12 episodes"));
    }

    @Test
    void aBackupThatCanNoLongerBeReadIsListedButCannotBeChosen() {
        BackupRow row = BackupRow.of(backup("2026-11-28T06:41:12Z", 4096, -1), ZoneId.of("UTC"));
        assertThat(row.episodes()).isEqualTo("unreadable");
        assertThat(row.restorable()).isFalse();
    }
}
