package org.showdesk.bench;

import org.showdesk.draft.BoundaryScore;
import org.showdesk.draft.EntrySplitter;
import org.showdesk.draft.FieldScore;
import org.showdesk.draft.SplitFixture;
import org.showdesk.model.Entry;
import org.showdesk.model.EntryKind;
import org.showdesk.model.GlossaryTerm;
import org.showdesk.model.TermCategory;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the entry splitter gets right on the labelled fixtures, with and without a glossary: boundary
 * precision and recall, the exact-match title rate and the category rate, plus each miss so a change can
 * be judged sentence by sentence. The sealed fixture is left out unless the first argument is "--sealed"
 * (it is measured once, after a round of changes; see src/test/resources/draft/README.md).
 * Run: mvn -B -q -o test-compile exec:java -Dexec.mainClass=org.showdesk.bench.SplitEvalBench [-Dexec.args=--sealed]
 */
public final class SplitEvalBench {
    public static void main(String[] args) {
        boolean sealed = args.length > 0 && args[0].equals("--sealed");
        List<GlossaryTerm> glossary = List.of(
                new GlossaryTerm(0, "Google DeepMind", List.of(), TermCategory.ORG, "", "", true),
                new GlossaryTerm(0, "面壁智能", List.of(), TermCategory.ORG, "", "", true),
                new GlossaryTerm(0, "Sora", List.of(), TermCategory.PRODUCT, "", "", true));
        for (List<GlossaryTerm> g : List.of(List.<GlossaryTerm>of(), glossary)) {
            System.out.println(g.isEmpty() ? "== without glossary" : "== with a 3-term glossary");
            EntrySplitter splitter = new EntrySplitter(g);
            group("TUNING", SplitFixture.TUNING, splitter, g.isEmpty());
            group("HELD-OUT+UNSEEN", java.util.stream.Stream.concat(SplitFixture.HELD_OUT.stream(),
                    SplitFixture.UNSEEN.stream()).toList(), splitter, g.isEmpty());
            if (sealed) group("SEALED", SplitFixture.SEALED, splitter, g.isEmpty());
        }
    }

    private static void group(String label, List<String> names, EntrySplitter splitter, boolean showMisses) {
        BoundaryScore bounds = null;
        FieldScore fields = null;
        for (String name : names) {
            SplitFixture f = SplitFixture.load(name, true);
            long t0 = System.nanoTime();
            List<Entry> entries = splitter.suggest(1, f.transcript());
            long micros = (System.nanoTime() - t0) / 1000;
            BoundaryScore b = BoundaryScore.of(f, entries);
            FieldScore s = FieldScore.of(f, entries);
            System.out.printf("%-16s cues %3d  items true %2d suggested %2d  boundaries P %.3f R %.3f  "
                            + "title %.3f category %.3f  intro %s outro %s  %d µs%n",
                    name, f.transcript().size(),
                    f.segments().stream().filter(x -> x.kind() == EntryKind.ITEM).count(),
                    entries.stream().filter(e -> e.kind() == EntryKind.ITEM).count(),
                    b.precision(), b.recall(), s.titleAccuracy(), s.categoryAccuracy(),
                    b.introRight() ? "ok" : "MISSED", b.outroRight() ? "ok" : "MISSED", micros);
            if (showMisses) {
                printBoundaryMisses(f, entries);
                s.misses().forEach(m -> System.out.println("    " + m));
            }
            bounds = bounds == null ? b : bounds.plus(b);
            fields = fields == null ? s : fields.plus(s);
        }
        System.out.printf("%-16s boundaries P %.3f R %.3f (%d right of %d suggested, %d true)  "
                        + "title %.3f (%d/%d)  category %.3f (%d/%d)%n", label,
                bounds.precision(), bounds.recall(), bounds.truePositives(), bounds.suggested(), bounds.actual(),
                fields.titleAccuracy(), fields.titlesRight(), fields.labelled(),
                fields.categoryAccuracy(), fields.categoriesRight(), fields.labelled());
    }

    private static void printBoundaryMisses(SplitFixture f, List<Entry> entries) {
        Set<Integer> truth = new TreeSet<>();
        f.segments().forEach(s -> truth.add(s.firstCue()));
        Set<Integer> guess = new TreeSet<>();
        entries.forEach(e -> guess.add(f.transcript().indexOfCue(e.firstCueId())));
        for (int i : truth) if (!guess.contains(i)) System.out.println("    missed start: " + f.transcript().cues().get(i).text());
        for (int i : guess) if (!truth.contains(i)) System.out.println("    false start:  " + f.transcript().cues().get(i).text());
    }
}
