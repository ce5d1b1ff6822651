package org.showdesk.bench;

import org.showdesk.correct.HanLpDictionary;
import org.showdesk.correct.CorrectionEngine;
import org.showdesk.correct.CorrectionEvaluation;
import org.showdesk.model.Finding;

import java.util.List;
import java.util.Map;

/**
 * Recall and precision of the correction engine on a labelled set in src/test/resources/eval, per kind of
 * error and overall, followed by every miss and false alarm so the figures can be checked; then a
 * calibration table (how often findings in each confidence band are right), the precision/recall curve
 * by threshold, and false findings per 10,000 characters of ordinary prose.
 *
 * <pre>mvn -B -q -o test-compile exec:java -Dexec.mainClass=org.showdesk.bench.CorrectionEvalBench</pre>
 * runs the tuning part; add {@code -Dexec.args=sealed} for the sealed part (measure it, do not tune on it)
 * or {@code -Dexec.args=unseen} for the unseen episode with its glossary of correct terms only.
 */
public final class CorrectionEvalBench {
    private CorrectionEvalBench() {
    }

    public static void main(String[] args) {
        String part = args.length > 0 ? args[0] : "tuning";
        boolean unseen = part.equals("unseen");
        var glossary = unseen ? CorrectionEvaluation.unseenEpisodeGlossary() : CorrectionEvaluation.glossary();
        CorrectionEngine engine = CorrectionEngine.build(glossary, unseen ? java.util.List.of()
                : CorrectionEvaluation.rules(), HanLpDictionary.load());
        String file = switch (part) {
            case "sealed" -> CorrectionEvaluation.SEALED;
            case "unseen" -> CorrectionEvaluation.UNSEEN_EPISODE;
            default -> CorrectionEvaluation.TUNING;
        };
        CorrectionEvaluation.Result result = CorrectionEvaluation.run(engine, file);
        System.out.println(file + ":");
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
        System.out.println();
        calibration(result.scored());
        curve(result);
        System.out.println();
        if (!unseen) proseFalseFindings(engine);
    }

    /** Recognition findings by confidence band: how many, and what share was right. */
    private static void calibration(List<CorrectionEvaluation.Scored> scored) {
        System.out.println("Calibration (recognition findings, hints included):");
        System.out.printf("  %-11s %8s %8s %8s%n", "confidence", "findings", "right", "share");
        double[] edges = {0, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001};
        for (int i = 0; i + 1 < edges.length; i++) {
            double lo = edges[i];
            double hi = edges[i + 1];
            List<CorrectionEvaluation.Scored> band = scored.stream().filter(s -> !s.finding().isStyle())
                    .filter(s -> s.finding().confidence() >= lo && s.finding().confidence() < hi).toList();
            long right = band.stream().filter(CorrectionEvaluation.Scored::right).count();
            System.out.printf("  %.2f–%.2f  %8d %8d %8s%n", lo, Math.min(hi, 1), band.size(), right,
                    band.isEmpty() ? "-" : String.format("%.2f", (double) right / band.size()));
        }
    }

    /** Recall and precision of recognition findings if fix applied everything at or above each threshold. */
    private static void curve(CorrectionEvaluation.Result result) {
        System.out.println("Threshold curve (recognition errors; what fix --min-confidence X would apply):");
        long expected = result.overall().expected();
        for (double x = 0.3; x <= 0.951; x += 0.05) {
            double threshold = x;
            List<CorrectionEvaluation.Scored> applied = result.scored().stream()
                    .filter(s -> !s.finding().isStyle() && s.finding().confidence() >= threshold).toList();
            long right = applied.stream().filter(CorrectionEvaluation.Scored::right).count();
            System.out.printf("  %.2f: applied %4d, right %4d, precision %.3f, recall %.3f%n", threshold,
                    applied.size(), right, applied.isEmpty() ? 1 : (double) right / applied.size(),
                    (double) right / expected);
        }
    }

    private static void proseFalseFindings(CorrectionEngine engine) {
        int chars = 0;
        int flagged = 0;
        int hints = 0;
        for (Map.Entry<String, String> text : CorrectionEvaluation.prose().entrySet()) {
            chars += text.getValue().length();
            for (Finding f : engine.scan(text.getValue())) {
                if (f.confidence() >= CorrectionEngine.HINT_BELOW) {
                    flagged++;
                    System.out.printf("  prose %s [%s %.2f] %s => %s (%s)%n", text.getKey(), f.rule(),
                            f.confidence(), f.found(), f.suggestion(), f.reason());
                } else {
                    hints++;
                }
            }
        }
        System.out.printf("Ordinary prose: %,d characters, %d findings (%.2f per 10,000 characters), %d hints%n",
                chars, flagged, flagged * 10_000.0 / chars, hints);
    }

    private static void print(String kind, CorrectionEvaluation.Tally t) {
        System.out.printf("%-16s %8d %8d %8.3f %9.3f%n", kind, t.expected(), t.flagged(), t.recall(), t.precision());
    }

    private static String describe(CorrectionEvaluation.Miss m) {
        return m.findings().stream().map(f -> f.found() + "→" + f.suggestion() + " " + f.rule())
                .reduce((a, b) -> a + "; " + b).orElse("nothing");
    }
}
