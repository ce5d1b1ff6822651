package org.showdesk.safety;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A few rounds of the crash harness on every build; CrashBench runs hundreds. */
class CrashSafetyTest {
    @TempDir
    Path dir;

    @Test
    void aWriterKilledAtRandomMomentsLosesNoAcknowledgedChangeAndLeavesAnIntactShow() throws Exception {
        CrashTrials trials = new CrashTrials(dir, 20261128L);
        List<CrashTrials.Trial> results = new ArrayList<>();
        for (int i = 0; i < 10; i++) results.add(trials.run(400));
        assertThat(results).allSatisfy(t -> assertThat(t.problems()).isEmpty());
        assertThat(results.stream().mapToInt(CrashTrials.Trial::acknowledged).sum())
                .as("the writers got to commit something before being killed").isPositive();
    }

    @Test
    void aWriterKilledWhileWritingThroughAHardLinkLosesNothingWhenTheShowIsOpenedByItsOwnName() throws Exception {
        CrashTrials trials = new CrashTrials(dir, 20261129L, true);
        List<CrashTrials.Trial> results = new ArrayList<>();
        for (int i = 0; i < 6; i++) results.add(trials.run(400));
        assertThat(results).allSatisfy(t -> assertThat(t.problems()).isEmpty());
        assertThat(results.stream().mapToInt(CrashTrials.Trial::acknowledged).sum()).isPositive();
    }
}
