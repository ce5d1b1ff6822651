package org.showdesk.bench;

import org.showdesk.correct.HanLpDictionary;
import org.showdesk.correct.CorrectionEngine;
import org.showdesk.correct.CorrectionEvaluation;
import org.showdesk.model.Finding;

import java.util.Map;

/**
 * Recall and precision of the correction engine on the labelled set in src/test/resources/eval, per
 * kind of error and overall, followed by every miss and false alarm so the figures can be checked.
 *
 * <pre>mvn -B -q -o test-compile exec:java -Dexec.mainClass=org.showdesk.bench.CorrectionEvalBench</pre>
 */
public final class CorrectionEvalBench {
    private CorrectionEvalBench() {
    }

    public static void main(String[] args) {
        HanLpDictionary.load();
        var glossary = CorrectionEvaluation.glossary();
        CorrectionEngine engine = CorrectionEngine.build(glossary, CorrectionEvaluation.rules(), HanLpDictionary.load());
        CorrectionEvaluation.Result result = CorrectionEvaluation.run(engine);
        System.out.printf("%d sentences (%d traps), glossary of %d terms, findings below %.2f are hints and not counted%n",
                result.cases(), result.traps(), glossary.size(), CorrectionEngine.HINT_BELOW);
        System.out.printf("%-16s %8s %8s %8s %9s%n", "kind", "errors", "flagged", "recall", "precision");
        for (Map.Entry<String, CorrectionEvaluation.Tally> e : result.byKind().entrySet()) {
            print(e.getKey(), e.getValue());
        }
        print("overall", result.overall());
        System.out.println();
        System.out.println("Missed:");
        for (CorrectionEvaluation.Miss m : result.misses()) {
            System.out.printf("  line %d [%s] %s => %s; engine said: %s%n", m.where().line(), m.error().kind(),
                    m.error().heard(), m.error().correct(), describe(m));
        }
        System.out.println("False alarms:");
        for (CorrectionEvaluation.FalseAlarm a : result.falseAlarms()) {
            Finding f = a.finding();
            System.out.printf("  line %d [%s %.2f] %s => %s (%s)%n", a.where().line(), f.rule(), f.confidence(),
                    f.found(), f.suggestion(), f.reason());
        }
    }

    private static void print(String kind, CorrectionEvaluation.Tally t) {
        System.out.printf("%-16s %8d %8d %8.3f %9.3f%n", kind, t.expected(), t.flagged(), t.recall(), t.precision());
    }

    private static String describe(CorrectionEvaluation.Miss m) {
        return m.findings().stream().map(f -> f.found() + "→" + f.suggestion() + " " + f.rule())
                .reduce((a, b) -> a + "; " + b).orElse("nothing");
    }
}
