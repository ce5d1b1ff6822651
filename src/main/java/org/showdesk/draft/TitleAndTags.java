package org.showdesk.draft;

import org.showdesk.model.Entry;
import org.showdesk.model.EntryKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Tags to start from: the works an episode covers, then the organizations that appear most often. */
final class TitleAndTags {
    /** Bilibili refuses longer tags. */
    static final int MAX_TAG_CHARS = 20;

    private TitleAndTags() {
    }

    static List<String> tags(String showName, List<Entry> entries) {
        Set<String> tags = new LinkedHashSet<>();
        if (showName != null && !showName.isBlank()) tags.add(showName.strip());
        Map<String, Integer> orgCounts = new LinkedHashMap<>();
        for (Entry e : entries) {
            if (e.kind() != EntryKind.ITEM) continue;
            if (!e.title().isBlank()) tags.add(e.title().strip());
            for (String org : e.organizations()) orgCounts.merge(org.strip(), 1, Integer::sum);
        }
        List<String> orgs = new ArrayList<>(orgCounts.keySet());
        orgs.sort(Comparator.comparing((String o) -> -orgCounts.get(o))); // stable: ties keep first appearance
        List<String> out = new ArrayList<>();
        // Interleave works and organizations so a long rundown still gets some of each within the limit.
        List<String> works = new ArrayList<>(tags);
        int w = 0, o = 0;
        while (out.size() < PlatformLimits.BILIBILI_TAGS && (w < works.size() || o < orgs.size())) {
            if (w < works.size()) addTag(out, works.get(w++));
            if (o < orgs.size() && out.size() < PlatformLimits.BILIBILI_TAGS) addTag(out, orgs.get(o++));
        }
        return out;
    }

    private static void addTag(List<String> out, String tag) {
        if (!tag.isEmpty() && PlatformLimits.characters(tag) <= MAX_TAG_CHARS && !out.contains(tag)) out.add(tag);
    }

    /** The first non-blank line of the rendered title template. */
    static String firstLine(String rendered) {
        for (String line : rendered.split("\n")) if (!line.isBlank()) return line.strip();
        return "";
    }
}
