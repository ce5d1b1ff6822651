package org.showdesk.store;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BackupRetentionTest {
    private static final Instant NOW = Instant.parse("2026-11-28T12:30:00Z");

    private static BackupRetention.Taken at(String id, String instant, long bytes) {
        return new BackupRetention.Taken(id, Instant.parse(instant), bytes);
    }

    @Test
    void aBurstOfOpeningsWithinTheHourPrunesNothing() {
        List<BackupRetention.Taken> burst = new ArrayList<>();
        burst.add(at("pre-import", "2026-11-28T11:40:00Z", 10));
        for (int i = 0; i < 30; i++) burst.add(new BackupRetention.Taken("open" + i, NOW.minusSeconds(i), 10));
        assertThat(BackupRetention.DEFAULT.toDelete(burst, NOW)).isEmpty();
    }

    @Test
    void olderThanAnHourOnlyTheNewestOfEachHourStaysAndOlderThanADayTheNewestOfEachDay() {
        List<BackupRetention.Taken> all = List.of(
                at("h11a", "2026-11-28T11:05:00Z", 1), at("h11b", "2026-11-28T11:20:00Z", 1), // 11:xx, > 1 h old
                at("h03a", "2026-11-28T03:00:00Z", 1), at("h03b", "2026-11-28T03:59:00Z", 1),
                at("d27a", "2026-11-27T08:00:00Z", 1), at("d27b", "2026-11-27T10:00:00Z", 1), // > 1 day old
                at("d20", "2026-11-20T10:00:00Z", 1),
                at("old", "2026-10-20T10:00:00Z", 1)); // > a month old
        assertThat(BackupRetention.DEFAULT.toDelete(all, NOW))
                .containsExactlyInAnyOrder("h11a", "h03a", "d27a", "old");
    }

    @Test
    void theSizeLimitDropsTheOldestFirstAndNeverTheNewest() {
        List<BackupRetention.Taken> all = List.of(at("a", "2026-11-28T12:00:00Z", 40),
                at("b", "2026-11-28T12:10:00Z", 40), at("c", "2026-11-28T12:20:00Z", 40));
        assertThat(BackupRetention.withMaxBytes(90).toDelete(all, NOW)).containsExactly("a");
        assertThat(BackupRetention.withMaxBytes(10).toDelete(all, NOW)).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void theNewestBackupIsKeptHoweverOld() {
        assertThat(BackupRetention.DEFAULT.toDelete(List.of(at("only", "2025-01-01T00:00:00Z", 1)), NOW)).isEmpty();
        assertThat(Duration.between(Instant.parse("2025-01-01T00:00:00Z"), NOW)).isGreaterThan(Duration.ofDays(31));
    }
}
