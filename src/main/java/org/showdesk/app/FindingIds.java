package org.showdesk.app;

import org.showdesk.model.Finding;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * Ids by which a batch user names findings ({@code review} prints them, {@code accept}/{@code reject} take
 * them). An id is made from the finding and the words around it, not from its offset, so it stays the same
 * while the text around the finding does not change: accepting other findings, elsewhere, keeps it.
 */
public final class FindingIds {
    /** Characters of context on each side that make an id. */
    private static final int CONTEXT = 12;

    private FindingIds() {
    }

    /** The findings of {@code text} by id, in text order. */
    public static Map<Integer, Finding> of(List<Finding> findings, String text) {
        Map<Integer, Finding> out = new LinkedHashMap<>();
        Map<Long, Integer> seen = new HashMap<>();
        for (Finding f : findings) {
            long base = hash(f, text);
            int occurrence = seen.merge(base, 1, Integer::sum) - 1; // the same words twice: told apart by order
            int id = (int) ((base + occurrence * 7919L) & 0x7FFFFFFF);
            while (id == 0 || out.containsKey(id)) id = (id + 1) & 0x7FFFFFFF;
            out.put(id, f);
        }
        return out;
    }

    private static long hash(Finding f, String text) {
        CRC32 crc = new CRC32();
        String left = text.substring(Math.max(0, f.start() - CONTEXT), f.start());
        String right = text.substring(f.end(), Math.min(text.length(), f.end() + CONTEXT));
        String key = f.found() + '\u0001' + f.suggestion() + '\u0001' + f.rule() + '\u0001' + left + '\u0001' + right;
        crc.update(key.getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }
}
