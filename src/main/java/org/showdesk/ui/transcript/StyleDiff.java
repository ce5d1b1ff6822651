package org.showdesk.ui.transcript;

import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;

import java.util.Collection;

/**
 * Where two stylings of a text differ: the stretch between the first and the last span that are not the same.
 * After a keystroke's save only the marks around the change move, so only that stretch needs restyling.
 */
final class StyleDiff {
    private StyleDiff() {
    }

    /**
     * @return {@code [from, to)} in {@code next}'s offsets covering every difference, or null when there is none
     */
    static int[] changed(StyleSpans<Collection<String>> before, StyleSpans<Collection<String>> next) {
        int n = before.getSpanCount();
        int m = next.getSpanCount();
        int head = 0;
        int from = 0;
        while (head < n && head < m && same(before.getStyleSpan(head), next.getStyleSpan(head))) {
            from += next.getStyleSpan(head).getLength();
            head++;
        }
        if (head == n && head == m) return null;
        int tail = 0;
        int to = next.length();
        while (tail < n - head && tail < m - head
                && same(before.getStyleSpan(n - 1 - tail), next.getStyleSpan(m - 1 - tail))) {
            to -= next.getStyleSpan(m - 1 - tail).getLength();
            tail++;
        }
        return new int[]{from, Math.max(from, to)};
    }

    private static boolean same(StyleSpan<Collection<String>> a, StyleSpan<Collection<String>> b) {
        return a.getLength() == b.getLength() && a.getStyle().equals(b.getStyle());
    }
}
