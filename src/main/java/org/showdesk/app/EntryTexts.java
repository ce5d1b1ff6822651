package org.showdesk.app;

import org.showdesk.model.Entry;

import java.util.ArrayList;
import java.util.List;

/**
 * Carries an accepted correction from the transcript into the entries: a title, an organization, a summary,
 * a note or a link title that holds the same wrong form gets the same fix, and so do the episode's tags.
 * The splitter copied those words from the transcript, so they share its recognition errors.
 */
final class EntryTexts {
    private EntryTexts() {
    }

    /**
     * Whether a wrong form is distinctive enough to replace wherever it appears: two characters or more
     * (a single character such as 的 occurs in ordinary words everywhere).
     */
    static boolean worthCarrying(String wrong) {
        return wrong.strip().codePointCount(0, wrong.strip().length()) >= 2;
    }

    /** @param wrongForms pairs of {wrong, right} */
    static List<Entry> carry(List<Entry> entries, List<String[]> wrongForms) {
        if (wrongForms.isEmpty()) return entries;
        List<Entry> out = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            Entry c = new Entry(e.id(), e.episodeId(), e.kind(), e.firstCueId(), e.lastCueId(), fix(e.title(), wrongForms),
                    e.organizations().stream().map(o -> fix(o, wrongForms)).toList(), e.category(),
                    fix(e.summary(), wrongForms),
                    e.links().stream().map(l -> l.title().isEmpty() ? l : l.withTitle(fix(l.title(), wrongForms))).toList(),
                    e.startMs(), e.status(), fix(e.notes(), wrongForms), e.startEstimated(), e.edited());
            out.add(c.equals(e) ? e : c);
        }
        return out;
    }

    static List<String> carryTags(List<String> tags, List<String[]> wrongForms) {
        if (wrongForms.isEmpty()) return tags;
        return tags.stream().map(t -> fix(t, wrongForms)).distinct().toList();
    }

    private static String fix(String text, List<String[]> wrongForms) {
        String out = text;
        for (String[] wr : wrongForms) out = replaceWrong(out, wr[0], wr[1]);
        return out;
    }

    /** Replaces {@code wrong} by {@code right}, except where it is already part of {@code right} (GPT in HithinkGPT). */
    static String replaceWrong(String text, String wrong, String right) {
        if (wrong.isEmpty() || wrong.equals(right) || !text.contains(wrong)) return text;
        int inRight = right.indexOf(wrong);
        StringBuilder sb = new StringBuilder();
        int from = 0;
        for (int at = text.indexOf(wrong); at >= 0; at = text.indexOf(wrong, at + wrong.length())) {
            if (inRight >= 0 && at - inRight >= 0 && text.startsWith(right, at - inRight)) continue;
            sb.append(text, from, at).append(right);
            from = at + wrong.length();
        }
        return sb.append(text.substring(from)).toString();
    }


    /**
     * Takes an action's carried corrections back out of the rundown as it is now: a field still as the action
     * left it gets its earlier value back; a field changed since (by a later correction, or by the host) gets
     * the right form turned back into the wrong one, where the action put it there.
     *
     * @param before the rundown before the action, {@code after} the rundown it left (same entries, by index)
     */
    static List<Entry> uncarry(List<Entry> current, List<Entry> before, List<Entry> after, List<String[]> forms) {
        return current.stream().map(e -> {
            for (int i = 0; i < before.size() && i < after.size(); i++) {
                if (after.get(i).id() == e.id() && !before.get(i).equals(after.get(i))) {
                    return merge(e, after.get(i), before.get(i), reversed(forms));
                }
            }
            return e;
        }).toList();
    }

    /** Puts an undone action's carried corrections back, the same way round as {@link #uncarry}. */
    static List<Entry> recarry(List<Entry> current, List<Entry> before, List<Entry> after, List<String[]> forms) {
        return current.stream().map(e -> {
            for (int i = 0; i < before.size() && i < after.size(); i++) {
                if (before.get(i).id() == e.id() && !before.get(i).equals(after.get(i))) {
                    return merge(e, before.get(i), after.get(i), forms);
                }
            }
            return e;
        }).toList();
    }

    static List<String> moveTags(List<String> current, List<String> from, List<String> to, List<String[]> forms) {
        if (current.equals(from)) return to;
        if (from.equals(to)) return current;
        return current.stream().map(t -> field(t, "", "", forms)).distinct().toList();
    }

    /** Entry {@code e} with each of its fields moved from {@code from} to {@code to} (see {@link #uncarry}). */
    private static Entry merge(Entry e, Entry from, Entry to, List<String[]> forms) {
        List<String> orgs = e.organizations().size() == from.organizations().size()
                && from.organizations().size() == to.organizations().size()
                ? java.util.stream.IntStream.range(0, e.organizations().size()).mapToObj(k -> field(
                e.organizations().get(k), from.organizations().get(k), to.organizations().get(k), forms)).toList()
                : e.organizations();
        List<org.showdesk.model.Link> links = e.links().size() == from.links().size() && from.links().size() == to.links().size()
                ? java.util.stream.IntStream.range(0, e.links().size()).mapToObj(k -> e.links().get(k).withTitle(field(
                e.links().get(k).title(), from.links().get(k).title(), to.links().get(k).title(), forms))).toList()
                : e.links();
        return new Entry(e.id(), e.episodeId(), e.kind(), e.firstCueId(), e.lastCueId(),
                field(e.title(), from.title(), to.title(), forms), orgs, e.category(),
                field(e.summary(), from.summary(), to.summary(), forms), links, e.startMs(), e.status(),
                field(e.notes(), from.notes(), to.notes(), forms), e.startEstimated(), e.edited());
    }

    /**
     * One field moved from its value {@code from} to {@code to}: when it still is {@code from}, it becomes
     * {@code to}; when the action did not touch it, it stays; otherwise the forms are replaced in it.
     */
    private static String field(String current, String from, String to, List<String[]> forms) {
        if (current.equals(from)) return to;
        if (from.equals(to) && !from.isEmpty()) return current;
        String out = current;
        for (String[] wr : forms) {
            // Where the form being put back already stood there before, its old places cannot be told apart.
            if (!to.isEmpty() && to.contains(wr[0])) continue;
            out = replaceWrong(out, wr[0], wr[1]);
        }
        return out;
    }

    private static List<String[]> reversed(List<String[]> forms) {
        return forms.stream().map(wr -> new String[]{wr[1], wr[0]}).toList();
    }
}
