package org.showdesk.draft;

import org.showdesk.model.Entry;
import org.showdesk.model.EntryKind;
import org.showdesk.model.Transcript;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How well suggested entries match the labelled ones: a boundary is the cue where an entry starts
 * (the very first cue does not count, every split starts there). A suggested boundary is right only at
 * exactly the true cue. Intro and outro are right when the suggestion has one starting where the truth does.
 */
public record BoundaryScore(int truePositives, int suggested, int actual, boolean introRight, boolean outroRight) {

    public static BoundaryScore of(SplitFixture fixture, List<Entry> suggestion) {
        Transcript t = fixture.transcript();
        Set<Integer> truth = new HashSet<>();
        for (SplitFixture.Segment s : fixture.segments()) if (s.firstCue() > 0) truth.add(s.firstCue());
        Set<Integer> guess = new HashSet<>();
        for (Entry e : suggestion) {
            int i = t.indexOfCue(e.firstCueId());
            if (i > 0) guess.add(i);
        }
        int tp = 0;
        for (int g : guess) if (truth.contains(g)) tp++;
        return new BoundaryScore(tp, guess.size(), truth.size(),
                frameRight(fixture, suggestion, EntryKind.INTRO), frameRight(fixture, suggestion, EntryKind.OUTRO));
    }

    private static boolean frameRight(SplitFixture fixture, List<Entry> suggestion, EntryKind kind) {
        Integer truth = fixture.segments().stream().filter(s -> s.kind() == kind).map(SplitFixture.Segment::firstCue)
                .findFirst().orElse(null);
        Integer guess = suggestion.stream().filter(e -> e.kind() == kind)
                .map(e -> fixture.transcript().indexOfCue(e.firstCueId())).findFirst().orElse(null);
        return java.util.Objects.equals(truth, guess);
    }

    public BoundaryScore plus(BoundaryScore o) {
        return new BoundaryScore(truePositives + o.truePositives, suggested + o.suggested, actual + o.actual,
                introRight && o.introRight, outroRight && o.outroRight);
    }

    public double precision() {
        return suggested == 0 ? 0 : (double) truePositives / suggested;
    }

    public double recall() {
        return actual == 0 ? 0 : (double) truePositives / actual;
    }
}
