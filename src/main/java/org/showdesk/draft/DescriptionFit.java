package org.showdesk.draft;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Fitting a video description into its platform's limit without cutting anything: the links move out, from the
 * last item back, into a block for the pinned comment, numbered like the items; what is still too long is
 * reported with the summaries the host could shorten.
 */
final class DescriptionFit {
    /**
     * @param description the description that fits, or the one with every link moved when none does
     * @param moved       the numbers of the items whose links are in {@code pinned}
     * @param pinned      the pinned-comment block, empty when nothing moved
     * @param full        the size of the description with every link in it
     */
    record Result(String description, SortedSet<Integer> moved, String pinned, int full) {
    }

    /** How a description is measured against its limit: "字" on Bilibili, UTF-8 bytes on YouTube (3 per Chinese character). */
    record Measure(ToIntFunction<String> size, int limit, String unit) {
        int of(String text) {
            return size.applyAsInt(text);
        }

        boolean fits(String text) {
            return of(text) <= limit;
        }
    }

    private DescriptionFit() {
    }

    /**
     * @param render renders the description from template values (template, tidying and script conversion)
     * @param pinnedHeading the pinned block's first line
     */
    static Result fit(Map<String, Object> values, Function<Map<String, Object>, String> render, Measure measure,
                      String pinnedHeading) {
        String description = render.apply(values);
        int full = measure.of(description);
        SortedSet<Integer> moved = new TreeSet<>();
        List<Integer> withLinks = itemsWithLinks(values);
        for (int k = withLinks.size() - 1; k >= 0 && !measure.fits(description); k--) {
            moved.add(withLinks.get(k));
            description = render.apply(TemplateValues.withLinksMoved(values, moved));
        }
        return new Result(description, moved, moved.isEmpty() ? "" : pinnedBlock(values, moved, pinnedHeading), full);
    }

    @SuppressWarnings("unchecked")
    private static List<Integer> itemsWithLinks(Map<String, Object> values) {
        List<Integer> out = new ArrayList<>();
        for (Object o : (List<Object>) values.get("items")) {
            Map<String, Object> item = (Map<String, Object>) o;
            if (!((List<Object>) item.get("links")).isEmpty()) out.add(Integer.parseInt((String) item.get("number")));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static String pinnedBlock(Map<String, Object> values, SortedSet<Integer> moved, String heading) {
        StringBuilder sb = new StringBuilder(heading).append('\n');
        for (Object o : (List<Object>) values.get("items")) {
            Map<String, Object> item = (Map<String, Object>) o;
            if (!moved.contains(Integer.parseInt((String) item.get("number")))) continue;
            sb.append('\n').append(item.get("number")).append(". ").append(item.get("title")).append('\n');
            for (Object l : (List<Object>) item.get("links")) {
                Map<String, Object> link = (Map<String, Object>) l;
                sb.append(link.get("label")).append("：").append(link.get("url")).append('\n');
            }
        }
        return sb.toString();
    }

    /** Over the limit with no link left to move: how much to cut, and the longest summaries to cut it from. */
    @SuppressWarnings("unchecked")
    static String cutPlan(Map<String, Object> values, String description, Measure measure, String where, String field) {
        int over = measure.of(description) - measure.limit();
        List<Map<String, Object>> items = new ArrayList<>();
        for (Object o : (List<Object>) values.get("items")) items.add((Map<String, Object>) o);
        ToIntFunction<Map<String, Object>> summarySize = m -> measure.of((String) m.get("summary"));
        items.sort(Comparator.comparingInt(summarySize).reversed());
        List<String> longest = new ArrayList<>();
        int room = 0;
        for (Map<String, Object> m : items) {
            int size = summarySize.applyAsInt(m);
            if (size == 0 || (room >= over && longest.size() >= 3)) break;
            longest.add("item " + m.get("number") + " (" + size + " " + measure.unit() + ")");
            room += size;
        }
        return "Even with every link in the " + where + " block the " + field + " is " + measure.of(description) + " / "
                + measure.limit() + " " + measure.unit() + ": cut " + over + " more"
                + (longest.isEmpty() ? "." : " — the longest summaries are " + String.join(", ", longest) + ".");
    }
}
