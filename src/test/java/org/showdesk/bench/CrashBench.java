package org.showdesk.bench;

import org.showdesk.safety.CrashTrials;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Hundreds of rounds of the crash harness (see CrashTrials): a child JVM writing to a show is killed
 * with SIGKILL at a random moment, then the show is checked. Prints the figures.
 * Arguments: [trials=200] [maxDelayMs=600] [seed=1].
 */
public final class CrashBench {
    private CrashBench() {
    }

    public static void main(String[] args) throws Exception {
        int trials = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        long maxDelay = args.length > 1 ? Long.parseLong(args[1]) : 600;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        Path dir = Files.createTempDirectory("showdesk-crash");
        CrashTrials harness = new CrashTrials(dir, seed);
        List<CrashTrials.Trial> results = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < trials; i++) {
            CrashTrials.Trial t = harness.run(maxDelay);
            results.add(t);
            if (!t.passed()) System.out.println("trial " + (i + 1) + " FAILED: " + t.problems());
            if ((i + 1) % 25 == 0) System.out.printf("%d trials done%n", i + 1);
        }
        long seconds = (System.nanoTime() - t0) / 1_000_000_000;
        long failed = results.stream().filter(t -> !t.passed()).count();
        long integrityOk = results.stream().filter(CrashTrials.Trial::integrityOk).count();
        int acked = results.stream().mapToInt(CrashTrials.Trial::acknowledged).sum();
        int missing = results.stream().mapToInt(CrashTrials.Trial::missingAcknowledged).sum();
        long inFlightLanded = results.stream().filter(t -> t.unacknowledgedPresent() == 1).count();
        long killsBeforeFirstAck = results.stream().filter(t -> t.acknowledged() == 0).count();
        double reopenAvg = results.stream().mapToLong(CrashTrials.Trial::reopenMs).average().orElse(0);
        long reopenMax = results.stream().mapToLong(CrashTrials.Trial::reopenMs).max().orElse(0);
        System.out.printf("trials: %d (kill 0..%d ms after the writer's first commit, or in 1 of 4 after it opened "
                + "the show), %d s%n", trials, maxDelay, seconds);
        System.out.printf("failed trials: %d; integrity_check ok: %d/%d%n", failed, integrityOk, trials);
        System.out.printf("acknowledged changes: %d, missing after the kill: %d%n", acked, missing);
        System.out.printf("kills that landed before the first commit: %d; unacknowledged in-flight commit present: %d%n",
                killsBeforeFirstAck, inFlightLanded);
        System.out.printf("reopen for writing after the kill (lock released): avg %.0f ms, max %d ms%n",
                reopenAvg, reopenMax);
        System.out.printf("final show file: %d KiB%n", Files.size(harness.show()) / 1024);
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        System.exit(failed == 0 ? 0 : 1);
    }
}
