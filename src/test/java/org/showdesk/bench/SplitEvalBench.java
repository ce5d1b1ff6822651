package org.showdesk.bench;

import org.showdesk.draft.BoundaryScore;
import org.showdesk.draft.EntrySplitter;
import org.showdesk.draft.SplitFixture;
import org.showdesk.model.Entry;
import org.showdesk.model.EntryKind;
import org.showdesk.model.GlossaryTerm;
import org.showdesk.model.TermCategory;

import java.util.List;

/**
 * Boundary precision and recall of the entry splitter on the labelled fixtures, with and without a
 * glossary, plus each miss so a change to the splitter can be judged sentence by sentence.
 * Run: mvn -B -q -o test-compile exec:java -Dexec.mainClass=org.showdesk.bench.SplitEvalBench
 */
public final class SplitEvalBench {
    public static void main(String[] args) {
        List<GlossaryTerm> glossary = List.of(
                new GlossaryTerm(0, "Google DeepMind", List.of(), TermCategory.ORG, "", "", true),
                new GlossaryTerm(0, "面壁智能", List.of(), TermCategory.ORG, "", "", true),
                new GlossaryTerm(0, "Sora", List.of(), TermCategory.PRODUCT, "", "", true));
        for (List<GlossaryTerm> g : List.of(List.<GlossaryTerm>of(), glossary)) {
            System.out.println(g.isEmpty() ? "== without glossary" : "== with a 3-term glossary");
            EntrySplitter splitter = new EntrySplitter(g);
            BoundaryScore total = null;
            for (String name : java.util.stream.Stream.of(SplitFixture.TUNING, SplitFixture.HELD_OUT, SplitFixture.UNSEEN).flatMap(List::stream).toList()) {
                SplitFixture f = SplitFixture.load(name, true);
                long t0 = System.nanoTime();
                List<Entry> entries = splitter.suggest(1, f.transcript());
                long micros = (System.nanoTime() - t0) / 1000;
                BoundaryScore s = BoundaryScore.of(f, entries);
                System.out.printf("%-16s cues %3d  items true %2d suggested %2d  boundaries P %.3f R %.3f  intro %s outro %s  %d µs%n",
                        name, f.transcript().size(),
                        f.segments().stream().filter(x -> x.kind() == EntryKind.ITEM).count(),
                        entries.stream().filter(e -> e.kind() == EntryKind.ITEM).count(),
                        s.precision(), s.recall(), s.introRight() ? "ok" : "MISSED", s.outroRight() ? "ok" : "MISSED", micros);
                if (g.isEmpty()) printMisses(f, entries);
                if (SplitFixture.TUNING.contains(name)) total = total == null ? s : total.plus(s);
            }
            System.out.printf("TUNING SET       boundaries P %.3f R %.3f (%d right of %d suggested, %d true)%n",
                    total.precision(), total.recall(), total.truePositives(), total.suggested(), total.actual());
        }
        SplitFixture f = SplitFixture.load("weekly-research", true);
        System.out.println("== prefilled fields, weekly-research");
        for (Entry e : new EntrySplitter(List.of()).suggest(1, f.transcript())) {
            System.out.printf("  %-5s %-32s %s%n", e.kind(), e.title(), e.organizations());
        }
    }

    private static void printMisses(SplitFixture f, List<Entry> entries) {
        java.util.Set<Integer> truth = new java.util.TreeSet<>();
        f.segments().forEach(s -> truth.add(s.firstCue()));
        java.util.Set<Integer> guess = new java.util.TreeSet<>();
        entries.forEach(e -> guess.add(f.transcript().indexOfCue(e.firstCueId())));
        for (int i : truth) if (!guess.contains(i)) System.out.println("    missed start: " + f.transcript().cues().get(i).text());
        for (int i : guess) if (!truth.contains(i)) System.out.println("    false start:  " + f.transcript().cues().get(i).text());
    }
}
