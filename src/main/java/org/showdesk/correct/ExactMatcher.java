package org.showdesk.correct;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Many fixed strings found at once. The keywords are kept sorted; from each position of the text the range
 * of keywords that begin with the text there narrows one character at a time by binary search, so building
 * is a sort (100,000 keywords in well under a second, where an Aho–Corasick automaton took seconds to wire
 * its failure links) and a scan costs a few binary searches per position whatever the glossary size.
 * Latin-edged keywords only match as whole words, so "Lama" is not found inside "Lamarck"; Chinese ones
 * match anywhere.
 *
 * @param <T> what each keyword stands for
 */
final class ExactMatcher<T> {
    record Hit<T>(int start, int end, String keyword, List<T> payloads) {
    }

    private final String[] keys;
    private final List<List<T>> payloads;
    private final boolean ignoreCase;

    private ExactMatcher(Map<String, List<T>> keywords, boolean ignoreCase) {
        this.ignoreCase = ignoreCase;
        TreeMap<String, List<T>> sorted = new TreeMap<>(keywords);
        sorted.remove("");
        this.keys = sorted.keySet().toArray(new String[0]);
        this.payloads = new ArrayList<>(sorted.values());
    }

    static <T> ExactMatcher<T> build(Map<String, List<T>> keywords, boolean ignoreCase) {
        return new ExactMatcher<>(keywords, ignoreCase);
    }

    static <T> void put(Map<String, List<T>> keywords, String keyword, T payload, boolean ignoreCase) {
        String k = ignoreCase ? lowerAscii(keyword) : keyword;
        keywords.computeIfAbsent(k, x -> new ArrayList<>(1)).add(payload);
    }

    static <T> Map<String, List<T>> newKeywordMap() {
        return new java.util.HashMap<>();
    }

    void forEachHit(String text, Consumer<Hit<T>> consumer) {
        if (keys.length == 0) return;
        for (int pos = 0; pos < text.length(); pos++) {
            int lo = 0;
            int hi = keys.length;
            for (int k = 0; pos + k < text.length() && lo < hi; k++) {
                // Keys of length k sort first in [lo, hi): all of them equal the text so far.
                if (keys[lo].length() == k) {
                    report(text, pos, lo, consumer);
                    lo++;
                    if (lo >= hi) break;
                }
                char c = fold(text.charAt(pos + k));
                int from = firstWithCharAtLeast(lo, hi, k, c);
                int to = firstWithCharAtLeast(from, hi, k, (char) (c + 1));
                if (c == Character.MAX_VALUE) to = hi;
                lo = from;
                hi = to;
            }
            if (lo < hi && keys[lo].length() == text.length() - pos) report(text, pos, lo, consumer);
        }
    }

    private void report(String text, int pos, int index, Consumer<Hit<T>> consumer) {
        int end = pos + keys[index].length();
        if (LatinText.isWholeWord(text, pos, end)) consumer.accept(new Hit<>(pos, end, keys[index], payloads.get(index)));
    }

    /** First index in [lo, hi) whose key has a character at k of at least c; every key there is longer than k. */
    private int firstWithCharAtLeast(int lo, int hi, int k, char c) {
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (keys[mid].charAt(k) < c) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    boolean ignoresCase() {
        return ignoreCase;
    }

    private char fold(char c) {
        return ignoreCase && c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    private static String lowerAscii(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'A' && chars[i] <= 'Z') chars[i] = (char) (chars[i] + 32);
        }
        return new String(chars);
    }
}
