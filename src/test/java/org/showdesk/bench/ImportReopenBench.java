package org.showdesk.bench;

import org.showdesk.app.ShowFiles;
import org.showdesk.app.ImportTranscript;
import org.showdesk.app.OpenShow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

/**
 * Issue 2's bar, end to end as the host meets it: import a 30,000-character transcript into a show
 * (read, split, one transaction), close, reopen (header + integrity check + lock), list episodes
 * and load the transcript. Each trial uses a fresh show file. Prints median and worst.
 *
 * <pre>mvn -B -q -o test-compile exec:java -Dexec.mainClass=org.showdesk.bench.ImportReopenBench</pre>
 */
public final class ImportReopenBench {
    private static final int TRIALS = 30;

    private ImportReopenBench() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("import-bench");
        Path transcript = Files.writeString(dir.resolve("episode.txt"),
                IngestBench.generatedTranscript(new Random(7)), StandardCharsets.UTF_8);
        double[] importMs = new double[TRIALS];
        double[] reopenMs = new double[TRIALS];
        double[] loadMs = new double[TRIALS];
        int cues = 0;
        for (int i = 0; i < TRIALS; i++) {
            Path file = dir.resolve("show-" + i + ".showdesk");
            try (OpenShow show = OpenShow.create(file, "bench")) {
                long t = System.nanoTime();
                cues = new ImportTranscript(show).run(transcript, null, null).cues();
                importMs[i] = (System.nanoTime() - t) / 1e6;
            }
            long t = System.nanoTime();
            try (OpenShow show = OpenShow.open(file)) {
                long id = ShowFiles.episodes(show).list().get(0).id();
                reopenMs[i] = (System.nanoTime() - t) / 1e6;
                long l = System.nanoTime();
                ShowFiles.episodes(show).content(id);
                loadMs[i] = (System.nanoTime() - l) / 1e6;
            }
        }
        System.out.printf(Locale.ROOT, "transcript: %,d chars, %d cues; %d trials (first trial includes JIT warm-up)%n",
                Files.readString(transcript).length(), cues, TRIALS);
        print("import (read + split + store)", importMs);
        print("reopen + list episodes", reopenMs);
        print("load episode content", loadMs);
    }

    private static void print(String label, double[] ms) {
        double first = ms[0];
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%-32s first %7.1f ms   median %6.1f ms   worst %6.1f ms%n", label, first,
                sorted[sorted.length / 2], sorted[sorted.length - 1]);
    }
}
