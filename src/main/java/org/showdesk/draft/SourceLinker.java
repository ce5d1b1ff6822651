package org.showdesk.draft;

import org.showdesk.model.Entry;
import org.showdesk.model.EntryField;
import org.showdesk.model.EntryKind;
import org.showdesk.model.Link;
import org.showdesk.model.Source;
import org.showdesk.model.Transcript;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Attaches each of the host's sources to the news item that talks about it. A work is found by its name
 * (as the sources spell it, or as the {@link NameSpotter} heard it), by sound and by the words its title shares
 * with the item; a name in the item's first sentence counts most, since that is where a roundup names the
 * work it is about. Each work goes to one item; an item takes one work first, more only when the evidence
 * is strong. A link the host typed is never removed or repeated, and the links of an item whose links the
 * host edited are only ever added to.
 */
public final class SourceLinker {
    /** How a source was placed, strongest first. */
    public enum Reason {
        HOST_TYPED("the host typed its link"), NAME("named"), HEARD("named, as heard"), SOUND("sounds like its name"),
        WORDS("shares words with its title");

        private final String label;

        Reason(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * A source placed on an entry.
     *
     * @param entryIndex the entry's index in the rundown
     * @param name       the source's name the entry says (as the sources spell it), or "" when placed by words
     * @param heard      how the entry says it, or ""
     */
    public record Match(Source source, int entryIndex, Reason reason, String name, String heard, double score) {
    }

    /**
     * @param entries  the rundown with the links attached
     * @param matches  every source placed, in list order
     * @param unmatched the sources no entry talks about
     * @param unlinked the news items that have no link at all
     */
    public record Result(List<Entry> entries, List<Match> matches, List<Source> unmatched, List<Entry> unlinked,
                         List<Entry> changed) {
    }

    /** Below this an item does not talk about a work; above {@link #STRONG} a work joins an item that has one. */
    private static final double MINIMUM = 2.5;
    private static final double STRONG = 6.0;

    private final NameSpotter spotter;

    public SourceLinker(NameSpotter spotter) {
        this.spotter = spotter;
    }

    /** Places the sources and attaches their links to {@code entries}. */
    public Result link(List<Entry> entries, Transcript transcript, List<Source> sources) {
        List<Match> matches = match(entries, transcript, sources);
        Map<Integer, List<Source>> byEntry = new HashMap<>();
        Set<Source> placed = new HashSet<>();
        for (Match m : matches) {
            byEntry.computeIfAbsent(m.entryIndex(), k -> new ArrayList<>()).add(m.source());
            placed.add(m.source());
        }
        List<Entry> out = new ArrayList<>();
        List<Entry> changed = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            Entry linked = e.withLinks(linksFor(e, byEntry.getOrDefault(i, List.of())));
            out.add(linked);
            if (!linked.links().equals(e.links())) changed.add(linked);
        }
        List<Source> unmatched = sources.stream().filter(s -> !placed.contains(s)).toList();
        List<Entry> unlinked = out.stream().filter(e -> e.kind() == EntryKind.ITEM && e.links().isEmpty()).toList();
        return new Result(out, matches, unmatched, unlinked, changed);
    }

    /** Where each source belongs, without changing anything. */
    public List<Match> match(List<Entry> entries, Transcript transcript, List<Source> sources) {
        List<Match> out = new ArrayList<>();
        Map<String, List<Source>> works = works(sources);
        Set<String> placedWorks = new HashSet<>();
        // A link the host typed says where its source belongs.
        for (var work : works.entrySet()) {
            for (int i = 0; i < entries.size(); i++) {
                if (typedHere(entries.get(i), work.getValue())) {
                    for (Source s : work.getValue()) out.add(new Match(s, i, Reason.HOST_TYPED, "", "", Double.MAX_VALUE));
                    placedWorks.add(work.getKey());
                    break;
                }
            }
        }
        List<String> itemTexts = new ArrayList<>();
        for (Entry e : entries) {
            if (e.kind() == EntryKind.ITEM) itemTexts.add(ItemText.spanText(e, transcript).toLowerCase(java.util.Locale.ROOT));
        }
        java.util.function.ToIntFunction<String> itemsSaying =
                word -> (int) itemTexts.stream().filter(t -> t.contains(word)).count();
        List<ItemText> items = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).kind() == EntryKind.ITEM) {
                items.add(ItemText.of(entries.get(i), i, transcript, spotter, itemsSaying));
            }
        }
        List<Match> candidates = new ArrayList<>();
        for (var work : works.entrySet()) {
            if (placedWorks.contains(work.getKey())) continue;
            for (ItemText item : items) {
                Match m = SourceEvidence.score(work.getValue().get(0), item);
                if (m.score() >= MINIMUM) candidates.add(m);
            }
        }
        candidates.sort(Comparator.comparingDouble(Match::score).reversed().thenComparingInt(Match::entryIndex));
        Set<Integer> taken = new HashSet<>();
        for (Match m : out) taken.add(m.entryIndex());
        for (int pass = 0; pass < 2; pass++) {
            for (Match m : candidates) {
                String work = workKey(m.source());
                if (placedWorks.contains(work)) continue;
                if (pass == 0 && taken.contains(m.entryIndex())) continue;
                if (pass == 1 && m.score() < STRONG) continue;
                for (Source s : works.get(work)) {
                    out.add(new Match(s, m.entryIndex(), m.reason(), m.name(), m.heard(), m.score()));
                }
                placedWorks.add(work);
                taken.add(m.entryIndex());
            }
        }
        out.sort(Comparator.comparingInt((Match m) -> sources.indexOf(m.source())));
        return out;
    }

    /** The sources of one line of the list (a paper and its code) are one work and go together. */
    private static Map<String, List<Source>> works(List<Source> sources) {
        Map<String, List<Source>> out = new LinkedHashMap<>();
        for (Source s : sources) out.computeIfAbsent(workKey(s), k -> new ArrayList<>()).add(s);
        return out;
    }

    private static String workKey(Source s) {
        return s.title() + "\u0000" + s.names();
    }

    private static boolean typedHere(Entry e, List<Source> work) {
        for (Link l : e.links()) {
            if (l.sourceId() != 0) continue;
            for (Source s : work) if (!s.url().isBlank() && Links.samePage(l.url(), s.url())) return true;
        }
        return false;
    }

    /**
     * The entry's links with its sources': typed links stay; source links of other sources go unless the host
     * edited the links; a page already there is not added again.
     */
    private static List<Link> linksFor(Entry e, List<Source> sources) {
        Set<Long> here = new HashSet<>();
        for (Source s : sources) here.add(s.id());
        boolean hostEdited = e.isEdited(EntryField.LINKS);
        List<Link> out = new ArrayList<>();
        for (Link l : e.links()) {
            if (l.sourceId() == 0 || hostEdited || here.contains(l.sourceId())) out.add(l);
        }
        for (Source s : sources) {
            if (s.url().isBlank()) continue;
            boolean present = out.stream().anyMatch(l -> Links.samePage(l.url(), s.url()));
            if (!present) out.add(new Link(SourceList.kindOf(s.url()), s.url(), s.title(), s.id()));
        }
        return out;
    }
}
