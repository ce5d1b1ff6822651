package org.showdesk.draft;

import org.showdesk.model.Entry;
import org.showdesk.model.EntryKind;
import org.showdesk.model.Transcript;

import java.util.ArrayList;
import java.util.List;

/**
 * How many labelled items got the title and category a host would give them. An item is judged by the
 * suggested entry that holds its first sentence, so an item swallowed by its neighbour counts as wrong.
 * Titles are judged by the work's name (the part before "："), which must match exactly (a host retypes a near
 * miss); a blank label means the right answer is blank.
 */
public record FieldScore(int labelled, int titlesRight, int categoriesRight, List<String> misses) {

    public static FieldScore of(SplitFixture fixture, List<Entry> suggestion) {
        Transcript t = fixture.transcript();
        int labelled = 0, titles = 0, categories = 0;
        List<String> misses = new ArrayList<>();
        for (SplitFixture.Segment s : fixture.segments()) {
            if (s.kind() != EntryKind.ITEM || !s.labelled()) continue;
            labelled++;
            Entry e = holding(t, suggestion, s.firstCue());
            String title = e == null ? "" : SourceEvidence.titleName(e); // the name of "Name：what it is"
            String category = e == null ? "" : e.category();
            boolean titleRight = title.equals(s.title());
            boolean categoryRight = category.equals(s.category());
            if (titleRight) titles++;
            if (categoryRight) categories++;
            if (!titleRight || !categoryRight) {
                misses.add(String.format("%s: title \"%s\" (want \"%s\"), category \"%s\" (want \"%s\")",
                        fixture.name(), title, s.title(), category, s.category()));
            }
        }
        return new FieldScore(labelled, titles, categories, List.copyOf(misses));
    }

    private static Entry holding(Transcript t, List<Entry> suggestion, int cue) {
        for (Entry e : suggestion) {
            if (e.kind() == EntryKind.ITEM && t.indexOfCue(e.firstCueId()) <= cue && cue <= t.indexOfCue(e.lastCueId())) {
                return e;
            }
        }
        return null;
    }

    public FieldScore plus(FieldScore o) {
        List<String> all = new ArrayList<>(misses);
        all.addAll(o.misses);
        return new FieldScore(labelled + o.labelled, titlesRight + o.titlesRight, categoriesRight + o.categoriesRight,
                List.copyOf(all));
    }

    public double titleAccuracy() {
        return labelled == 0 ? 0 : (double) titlesRight / labelled;
    }

    public double categoryAccuracy() {
        return labelled == 0 ? 0 : (double) categoriesRight / labelled;
    }
}
