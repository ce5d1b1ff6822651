package org.showdesk.bench;

import org.showdesk.app.SourcesEvaluation;
import org.showdesk.draft.SplitFixture;

import java.util.List;

/**
 * Titles, summaries and source links on the labelled fixtures with their lists of sources (see
 * {@link SourcesEvaluation} for what counts as kept), with every title and summary and each miss. The sealed
 * fixture is left out unless the first argument is "--sealed" (measured once; src/test/resources/draft/README.md).
 * Run: mvn -B -q -o test-compile exec:java -Dexec.mainClass=org.showdesk.bench.SourcesEvalBench [-Dexec.args=--sealed]
 */
public final class SourcesEvalBench {
    public static void main(String[] args) {
        boolean sealed = args.length > 0 && args[0].equals("--sealed");
        group("TUNING", SplitFixture.SOURCES_TUNING);
        if (sealed) group("SEALED", SplitFixture.SOURCES_SEALED);
    }

    private static void group(String label, List<String> names) {
        SourcesEvaluation total = null;
        for (String name : names) {
            SourcesEvaluation e = SourcesEvaluation.of(name);
            e.shown().forEach(s -> System.out.println("  " + s));
            e.misses().forEach(m -> System.out.println("    MISS " + m));
            System.out.println(name + ": " + e);
            total = total == null ? e : total.plus(e);
        }
        System.out.println(label + ": " + total);
    }
}
