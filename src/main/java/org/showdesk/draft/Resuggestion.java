package org.showdesk.draft;

import org.showdesk.model.Entry;
import org.showdesk.model.EntryField;
import org.showdesk.model.EntryStatus;
import org.showdesk.model.Link;
import org.showdesk.model.Transcript;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Suggest run again over an edited rundown: see {@link EntryEdits#resuggest}. */
final class Resuggestion {
    private Resuggestion() {
    }

    private record Pair(int old, int fresh, int overlap, boolean sameStart) {
    }

    static List<Entry> of(List<Entry> existing, List<Entry> suggested, Transcript transcript) {
        int[][] oldSpans = spans(existing, transcript);
        int[][] newSpans = spans(suggested, transcript);
        List<Pair> pairs = new ArrayList<>();
        for (int o = 0; o < existing.size(); o++) {
            for (int n = 0; n < suggested.size(); n++) {
                int overlap = overlap(oldSpans[o], newSpans[n]);
                if (overlap > 0) pairs.add(new Pair(o, n, overlap, oldSpans[o][0] == newSpans[n][0]));
            }
        }
        pairs.sort(Comparator.comparing(Pair::sameStart).reversed().thenComparing(Comparator.comparingInt(Pair::overlap).reversed()));
        int[] oldFor = new int[suggested.size()];
        java.util.Arrays.fill(oldFor, -1);
        boolean[] used = new boolean[existing.size()];
        for (Pair p : pairs) {
            if (used[p.old()] || oldFor[p.fresh()] >= 0) continue;
            oldFor[p.fresh()] = p.old();
            used[p.old()] = true;
        }
        List<Entry> out = new ArrayList<>();
        for (int n = 0; n < suggested.size(); n++) {
            Entry fresh = suggested.get(n);
            out.add(oldFor[n] < 0 ? fresh : keepHostWork(existing.get(oldFor[n]), fresh));
        }
        // An entry the host cut that Suggest does not cut: its typed content goes to where its sentences went.
        for (int o = 0; o < existing.size(); o++) {
            Entry old = existing.get(o);
            if (used[o] || !holdsHostWork(old)) continue;
            int target = bestHome(oldSpans[o], newSpans);
            if (target >= 0) out.set(target, absorb(out.get(target), old));
        }
        return out;
    }

    /** The suggestion with the old entry's id and everything the host typed or attached. */
    private static Entry keepHostWork(Entry old, Entry fresh) {
        boolean t = old.isEdited(EntryField.TITLE), o = old.isEdited(EntryField.ORGANIZATIONS);
        boolean c = old.isEdited(EntryField.CATEGORY), s = old.isEdited(EntryField.SUMMARY);
        boolean start = old.isEdited(EntryField.START);
        return new Entry(old.id(), fresh.episodeId(), fresh.kind(), fresh.firstCueId(), fresh.lastCueId(),
                t ? old.title() : fresh.title(), o ? old.organizations() : fresh.organizations(),
                c ? old.category() : fresh.category(), s ? old.summary() : fresh.summary(), old.links(),
                start ? old.startMs() : fresh.startMs(), old.status(), old.notes(),
                start ? old.startEstimated() : fresh.startEstimated(), old.edited());
    }

    private static boolean holdsHostWork(Entry e) {
        return !e.edited().isEmpty() || !e.links().isEmpty() || !e.notes().isBlank() || e.status() != EntryStatus.DRAFT;
    }

    /** {@code target} with what the host put into {@code old}: typed fields, links and notes. */
    private static Entry absorb(Entry target, Entry old) {
        Entry typedOnly = new Entry(old.id(), old.episodeId(), target.kind(), target.firstCueId(), target.lastCueId(),
                old.isEdited(EntryField.TITLE) ? old.title() : "", old.isEdited(EntryField.ORGANIZATIONS) ? old.organizations() : List.of(),
                old.isEdited(EntryField.CATEGORY) ? old.category() : "", old.isEdited(EntryField.SUMMARY) ? old.summary() : "",
                old.links(), null, EntryStatus.DRAFT, old.notes(), false, old.edited());
        Entry merged = EntryMerge.of(target, typedOnly);
        // the target keeps its own span, id, start and status
        List<Link> links = merged.links();
        return new Entry(target.id(), target.episodeId(), target.kind(), target.firstCueId(), target.lastCueId(),
                merged.title(), merged.organizations(), merged.category(), merged.summary(), links, target.startMs(),
                target.status(), merged.notes(), target.startEstimated(), merged.edited());
    }

    private static int bestHome(int[] span, int[][] spans) {
        int best = -1, bestOverlap = 0, nearest = -1, nearestDistance = Integer.MAX_VALUE;
        for (int n = 0; n < spans.length; n++) {
            int overlap = overlap(span, spans[n]);
            if (overlap > bestOverlap) {
                best = n;
                bestOverlap = overlap;
            }
            int distance = Math.abs(spans[n][0] - span[0]);
            if (spans[n][0] >= 0 && distance < nearestDistance) {
                nearest = n;
                nearestDistance = distance;
            }
        }
        return best >= 0 ? best : nearest;
    }

    private static int[][] spans(List<Entry> entries, Transcript transcript) {
        int[][] out = new int[entries.size()][];
        for (int i = 0; i < entries.size(); i++) {
            out[i] = new int[]{transcript.indexOfCue(entries.get(i).firstCueId()), transcript.indexOfCue(entries.get(i).lastCueId())};
        }
        return out;
    }

    private static int overlap(int[] a, int[] b) {
        if (a[0] < 0 || b[0] < 0) return 0;
        return Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]) + 1);
    }
}
